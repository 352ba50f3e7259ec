#pragma once

// Statements a store runs again and again, prepared once per connection: preparing costs more
// than running a lookup by id, and the API runs such lookups thousands of times a second.

#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

class Database;

class PreparedQueries final
{
public:
    explicit PreparedQueries(const Database &database)
        : m_database(database)
    { }
    PreparedQueries(const PreparedQueries &) = delete;
    PreparedQueries &operator=(const PreparedQueries &) = delete;

    // A query prepared for sql on the database's current connection, its bindings cleared. Run it
    // with exec() and call finish() when done reading, so that it holds no read snapshot open.
    // When preparing fails the query is answered anyway and its exec() fails with the reason.
    QSqlQuery &get(const QString &sql, bool forwardOnly = true);

private:
    const Database &m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QSqlQuery m_failed;
};
