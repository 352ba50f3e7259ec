#pragma once

// Statements the stores run again and again, prepared once per connection: preparing costs more
// than running a lookup by id, and the API runs such lookups thousands of times a second. The
// Database owns one (Database::preparedQueries()), so that every store on it shares them, even
// one built for a single call.

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
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
    // forwardOnly is not granted where the engine would stream its rows
    // (SqlDialect::streamsForwardOnlyRows()).
    QSqlQuery &get(const QString &sql, bool forwardOnly = true);
    // The id an "INSERT ... RETURNING id" that was run gave (0 when it gave none); the query is
    // finished, so that SQLite's statement is not left open past the commit. RETURNING rather
    // than lastInsertId(), which QPSQL cannot answer for an identity column.
    static qint64 insertedId(QSqlQuery &query);
    // After rows were written into table with ids of their own (an undo's restore): moves its
    // id sequence past them where the engine needs it (SqlDialect::identityCatchUpStatement()).
    // Empty when done, otherwise the engine's words.
    QString catchUpIds(const QString &table);
    // Runs insert, which writes a row of table with the given id, so that where the database
    // gives its own ids from does not move into the replicas' blocks (IdSpace) when id is one of
    // theirs, and moves past id when it is not (catchUpIds()). Empty when done, otherwise the
    // insert's or the engine's words.
    QString insertWithId(const QString &table, qint64 id, const std::function<QString()> &insert);
    // Inside a write: holds table's row id until the commit, as lock says
    // (SqlDialect::rowLockClause(); nothing to do on SQLite). A row that is not there is not an
    // error: the read that follows finds it missing. Empty when done, otherwise the engine's
    // words.
    QString lockRow(const QString &table, qint64 id, bool exclusive);
    // What holdRows() read: column's value of each row held, by id (a row that is not there is
    // not among them); or the engine's words.
    struct HeldRows
    {
        QHash<qint64, QVariant> values;
        QString failure;
    };
    // lockRow() for the rows ids, which also reads column of each in the same statement: a rule
    // that looks at a row it holds learns what it needs without asking the database again. The
    // rows are held in id order (one writer's rows of a table in one order), as many as fit one
    // statement at a time. Reads the rows on every engine, even where nothing needs holding.
    HeldRows holdRows(const QString &table, QList<qint64> ids, const QString &column,
                      bool exclusive);
    // Runs sql, whose "%1" stands for the marks of a list of ids ("... WHERE id IN (%1)"), for
    // every id of ids in as few statements as serve (at most 256 ids each), and hands each
    // statement that ran to readRows. Empty when done, otherwise the engine's words.
    QString forIds(const QString &sql, QList<qint64> ids,
                   const std::function<void(QSqlQuery &)> &readRows);
    // Lets every statement go, before their connection is removed.
    void clear();

private:
    const Database &m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QSqlQuery m_failed;
};
