#include "storage/preparedqueries.h"

#include "core/idspace.h"
#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

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

QString PreparedQueries::insertWithId(const QString &table, qint64 id,
                                      const std::function<QString()> &insert)
{
    if (IdSpace::isOwn(id)) {
        if (const QString failure = insert(); !failure.isEmpty())
            return failure;
        return catchUpIds(table);
    }
    // A replica's id: SQLite's AUTOINCREMENT would go on from it, so its mark is put back.
    const QString read = m_database.dialect().ownIdMarkRead(table);
    if (read.isEmpty())
        return insert();
    QSqlQuery &marked = get(read);
    if (!marked.exec())
        return marked.lastError().text();
    const qint64 mark = marked.next() ? marked.value(0).toLongLong() : 0;
    marked.finish();
    if (const QString failure = insert(); !failure.isEmpty())
        return failure;
    QSqlQuery &back = get(m_database.dialect().ownIdMarkWrite(table));
    back.addBindValue(mark);
    const bool done = back.exec();
    back.finish();
    return done ? QString() : back.lastError().text();
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

QString PreparedQueries::forIds(const QString &sql, QList<qint64> ids,
                                const std::function<void(QSqlQuery &)> &readRows)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // The ids are bound into "?, ..." padded with the last id to a power of two, so that a
    // handful of statements serve every count and each is prepared once.
    constexpr qsizetype mostAtOnce = 256;
    for (qsizetype first = 0; first < ids.size(); first += mostAtOnce) {
        const qsizetype count = std::min(mostAtOnce, ids.size() - first);
        qsizetype bound = 1;
        while (bound < count)
            bound *= 2;
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < bound; ++i)
            marks += QStringLiteral(", ?");
        QSqlQuery &query = get(sql.arg(marks));
        for (qsizetype i = 0; i < bound; ++i)
            query.addBindValue(ids.at(first + std::min(i, count - 1)));
        if (!query.exec())
            return query.lastError().text();
        readRows(query);
        query.finish();
    }
    return {};
}

PreparedQueries::HeldRows PreparedQueries::holdRows(const QString &table, QList<qint64> ids,
                                                    const QString &column, bool exclusive)
{
    const QString clause = m_database.dialect().rowLockClause(
        exclusive ? SqlDialect::RowLock::Exclusive : SqlDialect::RowLock::Shared);
    HeldRows held;
    // The ORDER BY holds the rows in id order (PostgreSQL locks a row as the sorted rows come
    // out).
    held.failure = forIds(QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3) ORDER BY id%4")
                              .arg(column, table, QStringLiteral("%1"), clause),
                          std::move(ids), [&held](QSqlQuery &query) {
                              while (query.next())
                                  held.values.insert(query.value(0).toLongLong(), query.value(1));
                          });
    return held;
}
