#pragma once

// A write transaction that rolls back unless it was committed (as Charm's SqlRaiiTransactor).

#include <QSqlDatabase>
#include <QString>

class Database;

class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(const QSqlDatabase &db);
    // Ends the database's batch of reads first (Database::beginReadBatch()).
    explicit SqlTransaction(Database &database);
    ~SqlTransaction();

    bool isActive() const { return m_active; }
    bool commit();
    QString errorMessage() const { return m_errorMessage; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_errorMessage;
};
