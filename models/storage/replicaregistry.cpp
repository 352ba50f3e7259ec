#include "storage/replicaregistry.h"

#include "core/idspace.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/sqltransaction.h"
#include "storage/syncfeed.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

ReplicaRegistry::ReplicaRegistry(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

StoreResult<ReplicaRegistry::Joined> ReplicaRegistry::join(const QString &name)
{
    using Result = StoreResult<Joined>;
    if (name.trimmed().isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("name"),
                   QT_TRANSLATE_NOOP("Rules", "This field may not be blank."));
        return Result::invalid(errors);
    }
    const StoreResult<QString> history = historyId();
    if (!history.ok())
        return Result::from(history);
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &transaction) -> Result {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery &query = m_queries.get(
            QStringLiteral("INSERT INTO replicas (name, person_id, joined_at, seen_at)"
                           " VALUES (?, ?, ?, ?) RETURNING id"));
        query.addBindValue(name);
        const std::optional<qint64> person = m_database.actingPerson();
        query.addBindValue(person ? QVariant(*person) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return Result::failed(query.lastError().text());
        Joined joined;
        joined.replica = PreparedQueries::insertedId(query);
        for (int block = 0; block < blocksAtJoin; ++block) {
            const StoreResult<qint64> granted = grant(joined.replica, transaction);
            if (!granted.ok())
                return Result::from(granted);
            joined.blocks.append(granted.value);
        }
        const StoreResult<qint64> revision = SyncFeed(m_database).currentRevision();
        if (!revision.ok())
            return Result::from(revision);
        joined.revision = revision.value;
        joined.history = history.value;
        return Result::success(joined);
    });
}

StoreResult<qint64> ReplicaRegistry::grant(qint64 replica, SqlTransaction &transaction)
{
    using Result = StoreResult<qint64>;
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    const StoreResult<bool> known = exists(replica);
    if (!known.ok())
        return Result::from(known);
    if (!known.value)
        return Result::notFound();
    QSqlQuery &last = m_queries.get(QStringLiteral("SELECT MAX(first_id) FROM id_blocks"));
    if (!last.exec() || !last.next())
        return Result::failed(last.lastError().text());
    const qint64 next = last.value(0).isNull() ? IdSpace::firstBlockId
                                               : last.value(0).toLongLong() + IdSpace::blockSize;
    last.finish();
    // Two servers granting at once may pick the same block: the primary key refuses the second,
    // which fails and is asked again, rather than a lock every grant would wait on.
    if (next + IdSpace::blockSize > IdSpace::end) {
        ValidationErrors errors;
        errors.add(QStringLiteral("non_field_errors"),
                   QT_TRANSLATE_NOOP("Rules", "No block of ids is left for replicas."));
        return Result::invalid(errors);
    }
    QSqlQuery &insert = m_queries.get(QStringLiteral(
        "INSERT INTO id_blocks (first_id, replica_id, granted_at) VALUES (?, ?, ?)"));
    insert.addBindValue(next);
    insert.addBindValue(replica);
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert.exec())
        return Result::failed(insert.lastError().text());
    return Result::success(next);
}

StoreResult<qint64> ReplicaRegistry::grantBlock(qint64 replica)
{
    return SqlTransaction::write(
        m_database, {}, [&](SqlTransaction &transaction) { return grant(replica, transaction); });
}

StoreResult<QList<qint64>> ReplicaRegistry::blocks(qint64 replica) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT first_id FROM id_blocks WHERE replica_id = ? ORDER BY first_id"));
    query.addBindValue(replica);
    if (!query.exec())
        return StoreResult<QList<qint64>>::failed(query.lastError().text());
    QList<qint64> firstIds;
    while (query.next())
        firstIds.append(query.value(0).toLongLong());
    query.finish();
    return StoreResult<QList<qint64>>::success(firstIds);
}

StoreResult<bool> ReplicaRegistry::owns(qint64 replica, qint64 id) const
{
    if (IdSpace::isOwn(id) || id <= 0 || id >= IdSpace::end)
        return StoreResult<bool>::success(false);
    const qint64 firstId = IdSpace::firstBlockId
        + (id - IdSpace::firstBlockId) / IdSpace::blockSize * IdSpace::blockSize;
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT count(*) FROM id_blocks WHERE first_id = ? AND replica_id = ?"));
    query.addBindValue(firstId);
    query.addBindValue(replica);
    if (!query.exec() || !query.next())
        return StoreResult<bool>::failed(query.lastError().text());
    const bool owned = query.value(0).toLongLong() > 0;
    query.finish();
    return StoreResult<bool>::success(owned);
}

StoreResult<bool> ReplicaRegistry::exists(qint64 replica) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT count(*) FROM replicas WHERE id = ?"));
    query.addBindValue(replica);
    if (!query.exec() || !query.next())
        return StoreResult<bool>::failed(query.lastError().text());
    const bool found = query.value(0).toLongLong() > 0;
    query.finish();
    return StoreResult<bool>::success(found);
}

StoreResult<std::optional<qint64>> ReplicaRegistry::personOf(qint64 replica) const
{
    using Result = StoreResult<std::optional<qint64>>;
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT person_id FROM replicas WHERE id = ?"));
    query.addBindValue(replica);
    if (!query.exec())
        return Result::failed(query.lastError().text());
    if (!query.next())
        return Result::notFound();
    const QVariant person = query.value(0);
    query.finish();
    return Result::success(person.isNull() ? std::nullopt
                                           : std::optional<qint64>(person.toLongLong()));
}

StoreResult<bool> ReplicaRegistry::touch(qint64 replica)
{
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> StoreResult<bool> {
        QSqlQuery &query
            = m_queries.get(QStringLiteral("UPDATE replicas SET seen_at = ? WHERE id = ?"));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(replica);
        if (!query.exec())
            return StoreResult<bool>::failed(query.lastError().text());
        if (query.numRowsAffected() < 1)
            return StoreResult<bool>::notFound();
        return StoreResult<bool>::success(true);
    });
}

StoreResult<QString> ReplicaRegistry::readHistoryId() const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT history FROM sync_clock"));
    if (!query.exec() || !query.next())
        return StoreResult<QString>::failed(query.lastError().text());
    const QString history = query.value(0).isNull() ? QString() : query.value(0).toString();
    query.finish();
    return StoreResult<QString>::success(history);
}

StoreResult<QString> ReplicaRegistry::historyId()
{
    const StoreResult<QString> stored = readHistoryId();
    if (!stored.ok() || !stored.value.isEmpty())
        return stored;
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> StoreResult<QString> {
        // Only where it is still NULL: another process may have made it meanwhile, and then
        // its id is the history's.
        QSqlQuery &query = m_queries.get(
            QStringLiteral("UPDATE sync_clock SET history = ? WHERE history IS NULL"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!query.exec())
            return StoreResult<QString>::failed(query.lastError().text());
        return readHistoryId();
    });
}
