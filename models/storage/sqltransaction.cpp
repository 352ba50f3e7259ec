#include "storage/sqltransaction.h"

#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

SqlTransaction::SqlTransaction(const QSqlDatabase &db, const SqlDialect &dialect)
    : m_db(db)
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(dialect.beginWriteStatement());
    if (!m_active)
        m_errorMessage = begin.lastError().text();
}

namespace {

QSqlDatabase outsideReadBatch(Database &database)
{
    database.endReadBatch(); // a write transaction cannot begin inside another
    return database.connection();
}

} // namespace

SqlTransaction::SqlTransaction(Database &database)
    : SqlTransaction(outsideReadBatch(database), database.dialect())
{
    m_database = &database;
    m_database->setRevisionDue(false);
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    if (m_database)
        m_database->setRevisionDue(false);
}

bool SqlTransaction::giveRevision()
{
    if (!m_database || !m_database->revisionDue())
        return true;
    for (const QString &sql : m_database->dialect().revisionStatements()) {
        QSqlQuery &query = m_database->preparedQueries().get(sql);
        const bool done = query.exec();
        query.finish();
        if (!done) {
            m_errorMessage = query.lastError().text();
            return false;
        }
    }
    m_database->setRevisionDue(false);
    return true;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    // A failure leaves the transaction open, as a failed COMMIT does.
    if (!giveRevision())
        return false;
    QSqlQuery commit(m_db);
    const bool ok = commit.exec(QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (ok)
        m_active = false;
    else
        m_errorMessage = commit.lastError().text();
    return ok;
}
