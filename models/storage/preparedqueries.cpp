#include "storage/preparedqueries.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>

QSqlQuery &PreparedQueries::get(const QString &sql, bool forwardOnly)
{
    const QSqlDatabase db = m_database.connection();
    const auto it = m_queries.find(sql);
    // A query's driver pointer is cleared when its connection goes away, so a reopened
    // database never runs a statement of the old one.
    if (it != m_queries.end() && it->second->driver() && it->second->driver() == db.driver()
        && db.isOpen()) {
        it->second->finish();
        return *it->second;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(forwardOnly && !m_database.dialect().streamsForwardOnlyRows());
    if (!query->prepare(sql)) {
        // Not kept: its exec() fails with the reason, and the next call prepares again.
        m_queries.erase(sql);
        m_failed = std::move(*query);
        return m_failed;
    }
    QSqlQuery &prepared = *query;
    m_queries[sql] = std::move(query);
    return prepared;
}

void PreparedQueries::clear()
{
    m_queries.clear();
    m_failed = QSqlQuery();
}

qint64 PreparedQueries::insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString PreparedQueries::catchUpIds(const QString &table)
{
    const QString statement = m_database.dialect().identityCatchUpStatement(table);
    if (statement.isEmpty())
        return {};
    QSqlQuery &query = get(statement);
    const bool done = query.exec();
    query.finish();
    return done ? QString() : query.lastError().text();
}

QString PreparedQueries::lockRow(const QString &table, qint64 id, bool exclusive)
{
    const QString clause = m_database.dialect().rowLockClause(
        exclusive ? SqlDialect::RowLock::Exclusive : SqlDialect::RowLock::Shared);
    if (clause.isEmpty())
        return {};
    QSqlQuery &query = get(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?%2").arg(table, clause));
    query.addBindValue(id);
    const bool done = query.exec();
    query.finish();
    return done ? QString() : query.lastError().text();
}

PreparedQueries::HeldRow PreparedQueries::holdRow(const QString &table, qint64 id,
                                                  const QString &column, bool exclusive)
{
    const QString clause = m_database.dialect().rowLockClause(
        exclusive ? SqlDialect::RowLock::Exclusive : SqlDialect::RowLock::Shared);
    QSqlQuery &query
        = get(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3").arg(column, table, clause));
    query.addBindValue(id);
    HeldRow held;
    if (!query.exec())
        held.failure = query.lastError().text();
    else if (query.next())
        held.value = query.value(0);
    query.finish();
    return held;
}
