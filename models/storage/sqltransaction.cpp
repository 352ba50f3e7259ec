#include "storage/sqltransaction.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    // SQLite's plain BEGIN takes the write lock only at the first write, and a reader that then
    // wants to write can deadlock against another writer; IMMEDIATE takes it up front.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_errorMessage = begin.lastError().text();
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            m_errorMessage = m_db.lastError().text();
    }
}

namespace {

QSqlDatabase outsideReadBatch(Database &database)
{
    database.endReadBatch(); // BEGIN IMMEDIATE fails inside another transaction
    return database.connection();
}

} // namespace

SqlTransaction::SqlTransaction(Database &database)
    : SqlTransaction(outsideReadBatch(database))
{ }

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    if (m_db.driverName() == QLatin1String("QSQLITE"))
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    bool ok;
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery commit(m_db);
        ok = commit.exec(QStringLiteral("COMMIT"));
        if (!ok)
            m_errorMessage = commit.lastError().text();
    } else {
        ok = m_db.commit();
        if (!ok)
            m_errorMessage = m_db.lastError().text();
    }
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (ok)
        m_active = false;
    return ok;
}
