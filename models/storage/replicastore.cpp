#include "storage/replicastore.h"

#include "core/idspace.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/replicarows.h"
#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"
#include "storage/syncfeed.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace {

constexpr Database::Changes everything = Database::Change::Leads | Database::Change::Contacts
    | Database::Change::Interactions | Database::Change::OrderDetails;

int kindOrder(RecordHistory::Kind kind)
{
    switch (kind) {
    case RecordHistory::Kind::Lead:
        return 0;
    case RecordHistory::Kind::Contact:
        return 1;
    case RecordHistory::Kind::Interaction:
        break;
    }
    return 2;
}

// Records and their order details are written parents first, deletes after them children first,
// so that a reference is never to a row not there yet.
template<typename Written> void sortForWriting(QList<Written> &records)
{
    std::stable_sort(records.begin(), records.end(), [](const Written &a, const Written &b) {
        const bool aGone = a.record.isEmpty();
        const bool bGone = b.record.isEmpty();
        if (aGone != bGone)
            return !aGone;
        return aGone ? kindOrder(a.kind) > kindOrder(b.kind)
                     : kindOrder(a.kind) < kindOrder(b.kind);
    });
}

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject objectFrom(const QVariant &text)
{
    return text.isNull() ? QJsonObject() : QJsonDocument::fromJson(text.toByteArray()).object();
}

QString exec(QSqlQuery &query)
{
    const bool done = query.exec();
    query.finish();
    return done ? QString() : query.lastError().text();
}

} // namespace

ReplicaStore::ReplicaStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

StoreResult<QList<qint64>> ReplicaStore::blocks() const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT first_id FROM replica_blocks ORDER BY first_id"));
    if (!query.exec())
        return StoreResult<QList<qint64>>::failed(query.lastError().text());
    QList<qint64> firsts;
    while (query.next())
        firsts.append(query.value(0).toLongLong());
    query.finish();
    return StoreResult<QList<qint64>>::success(firsts);
}

StoreResult<std::optional<ReplicaStore::Membership>> ReplicaStore::membership() const
{
    using Result = StoreResult<std::optional<Membership>>;
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT server, token, replica_id, history, joined_at, snapshot_revision, snapshot_kind,"
        " snapshot_after, pulled_revision, sent_revision, pending_batch, pending_body,"
        " pending_up_to, last_round_at, offline_since, ca_certificates FROM replica_of"));
    if (!query.exec())
        return Result::failed(query.lastError().text());
    if (!query.next()) {
        query.finish();
        return Result::success(std::nullopt);
    }
    Membership m;
    m.server = query.value(0).toString();
    m.token = query.value(1).toString().toUtf8();
    m.replica = query.value(2).toLongLong();
    m.history = query.value(3).toString();
    m.joinedAt = fromSeconds(query.value(4));
    m.snapshotRevision = query.value(5).toLongLong();
    if (!query.value(6).isNull())
        m.snapshotKind = RecordHistory::kindNamed(query.value(6).toString());
    m.snapshotAfter = query.value(7).toLongLong();
    m.pulledRevision = query.value(8).toLongLong();
    m.sentRevision = query.value(9).toLongLong();
    m.pendingBatch = query.value(10).toString();
    m.pendingBody = query.value(11).toByteArray();
    m.pendingUpTo = query.value(12).toLongLong();
    m.lastRoundAt = fromSeconds(query.value(13));
    m.offlineSince = fromSeconds(query.value(14));
    m.caCertificates = query.value(15).toString().toUtf8();
    query.finish();
    const StoreResult<QList<qint64>> held = blocks();
    if (!held.ok())
        return Result::from(held);
    m.blocks = held.value;
    return Result::success(m);
}

StoreResult<ReplicaStore::Membership> ReplicaStore::begin(const Membership &joining)
{
    using Result = StoreResult<Membership>;
    if (m_database.dialect().ownIdMarkRead(QStringLiteral("leads")).isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("database"),
                   QT_TRANSLATE_NOOP("Rules", "A replica is a SQLite file of its own."));
        return Result::invalid(errors);
    }
    if (joining.blocks.isEmpty())
        return Result::failed(QStringLiteral("The server granted no block of ids."));
    return SqlTransaction::write(m_database, everything, [&](SqlTransaction &) -> Result {
        QSqlQuery &existing = m_queries.get(QStringLiteral("SELECT count(*) FROM replica_of"));
        if (!existing.exec() || !existing.next())
            return Result::failed(existing.lastError().text());
        const qint64 replicas = existing.value(0).toLongLong();
        existing.finish();
        const StoreResult<Held> records = held();
        if (!records.ok())
            return Result::from(records);
        ValidationErrors errors;
        if (replicas > 0)
            errors.add(QStringLiteral("database"),
                       QT_TRANSLATE_NOOP("Rules", "This file is already a replica of a server."));
        else if (std::max(
                     { records.value.leads, records.value.contacts, records.value.interactions })
                 > qint64(joining.blocks.size()) * IdSpace::blockSize)
            errors.add(QStringLiteral("database"),
                       QT_TRANSLATE_NOOP("Rules",
                                         "This file holds more records of a kind than "
                                         "the blocks of ids the server granted."));
        if (!errors.isEmpty())
            return Result::invalid(errors);
        const StoreResult<qint64> local = SyncFeed(m_database).currentRevision();
        if (!local.ok())
            return Result::from(local);
        Membership m = joining;
        m.joinedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        m.snapshotKind = RecordHistory::Kind::Lead;
        m.snapshotAfter = 0;
        m.pulledRevision = joining.snapshotRevision;
        // What this file recorded before it joined is not the team's to receive.
        m.sentRevision = local.value;
        std::sort(m.blocks.begin(), m.blocks.end());
        QSqlQuery &insert = m_queries.get(QStringLiteral(
            "INSERT INTO replica_of (server, token, replica_id, history, joined_at,"
            " snapshot_revision, snapshot_kind, snapshot_after, pulled_revision, sent_revision,"
            " ca_certificates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(m.server);
        insert.addBindValue(QString::fromUtf8(m.token));
        insert.addBindValue(m.replica);
        insert.addBindValue(m.history);
        insert.addBindValue(m.joinedAt.toSecsSinceEpoch());
        insert.addBindValue(m.snapshotRevision);
        insert.addBindValue(RecordHistory::kindName(*m.snapshotKind));
        insert.addBindValue(m.snapshotAfter);
        insert.addBindValue(m.pulledRevision);
        insert.addBindValue(m.sentRevision);
        insert.addBindValue(m.caCertificates.isEmpty()
                                ? QVariant(QMetaType::fromType<QString>())
                                : QVariant(QString::fromUtf8(m.caCertificates)));
        if (const QString failure = exec(insert); !failure.isEmpty())
            return Result::failed(failure);
        for (const qint64 first : std::as_const(m.blocks)) {
            QSqlQuery &block
                = m_queries.get(QStringLiteral("INSERT INTO replica_blocks (first_id) VALUES (?)"));
            block.addBindValue(first);
            if (const QString failure = exec(block); !failure.isEmpty())
                return Result::failed(failure);
        }
        if (!records.value.isEmpty()) {
            if (const QString failure = renumber(m.blocks.constFirst()); !failure.isEmpty())
                return Result::failed(failure);
        }
        // This file's own new records take ids from its first block on, after those it held.
        const QHash<QString, qint64> taken {
            { QStringLiteral("leads"), records.value.leads },
            { QStringLiteral("contacts"), records.value.contacts },
            { QStringLiteral("interactions"), records.value.interactions },
        };
        for (const QString &table : ReplicaRows::tables()) {
            QSqlQuery &drop
                = m_queries.get(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = ?"));
            drop.addBindValue(table);
            if (const QString failure = exec(drop); !failure.isEmpty())
                return Result::failed(failure);
            QSqlQuery &mark = m_queries.get(
                QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
            mark.addBindValue(table);
            mark.addBindValue(m.blocks.constFirst() - 1 + taken.value(table));
            if (const QString failure = exec(mark); !failure.isEmpty())
                return Result::failed(failure);
        }
        return Result::success(m);
    });
}

StoreResult<ReplicaStore::Membership> ReplicaStore::joined() const
{
    const StoreResult<std::optional<Membership>> member = membership();
    if (!member.ok())
        return StoreResult<Membership>::from(member);
    if (!member.value)
        return StoreResult<Membership>::failed(QStringLiteral("This file is no replica."));
    return StoreResult<Membership>::success(*member.value);
}

StoreResult<ReplicaStore::Held> ReplicaStore::held() const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT (SELECT count(*) FROM leads), (SELECT count(*) FROM contacts),"
                       " (SELECT count(*) FROM interactions)"));
    if (!query.exec() || !query.next())
        return StoreResult<Held>::failed(query.lastError().text());
    const Held counts { query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toLongLong() };
    query.finish();
    return StoreResult<Held>::success(counts);
}

QString ReplicaStore::renumber(qint64 first)
{
    // Ids below 2^40 are the server's own: the file's records take the block's, in the order
    // they were made, each kind from the block's first id on. The references are renumbered in
    // the same transaction; the foreign keys are checked at its end.
    QStringList statements {
        QStringLiteral("PRAGMA defer_foreign_keys = ON"),
        QStringLiteral("DROP TABLE IF EXISTS temp.renumbered"),
        QStringLiteral("CREATE TEMP TABLE renumbered (record_kind TEXT NOT NULL, old INTEGER NOT"
                       " NULL, new INTEGER NOT NULL, PRIMARY KEY (record_kind, old))"),
    };
    for (const auto &[kind, table] :
         { std::pair { "lead", "leads" }, std::pair { "contact", "contacts" },
           std::pair { "interaction", "interactions" } })
        statements << QStringLiteral("INSERT INTO renumbered SELECT '%1', id, %2 + ROW_NUMBER()"
                                     " OVER (ORDER BY id) - 1 FROM %3")
                          .arg(QLatin1String(kind))
                          .arg(first)
                          .arg(QLatin1String(table));
    const auto newId = [](const char *kind, const char *column) {
        return QStringLiteral("(SELECT new FROM renumbered WHERE record_kind = '%1' AND old = %2)")
            .arg(QLatin1String(kind), QLatin1String(column));
    };
    statements << QStringLiteral("UPDATE leads SET id = %1").arg(newId("lead", "leads.id"))
               << QStringLiteral("UPDATE contacts SET id = %1, lead_id = %2")
                      .arg(newId("contact", "contacts.id"), newId("lead", "contacts.lead_id"))
               << QStringLiteral("UPDATE interactions SET id = %1, lead_id = %2, contact_id = %3")
                      .arg(newId("interaction", "interactions.id"),
                           newId("lead", "interactions.lead_id"),
                           newId("contact", "interactions.contact_id"))
               << QStringLiteral("UPDATE order_details SET interaction_id = %1")
                      .arg(newId("interaction", "order_details.interaction_id"))
               // The history of each record stays its own.
               << QStringLiteral("UPDATE record_changes SET record_id = (SELECT new FROM"
                                 " renumbered r WHERE r.record_kind = record_changes.record_kind"
                                 " AND r.old = record_changes.record_id) WHERE EXISTS (SELECT 1"
                                 " FROM renumbered r WHERE r.record_kind ="
                                 " record_changes.record_kind AND r.old ="
                                 " record_changes.record_id)")
               // The word indexes are keyed by id.
               << QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')")
               << QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild')")
               << QStringLiteral(
                      "INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild')")
               << QStringLiteral("DROP TABLE temp.renumbered");
    {
        QSqlQuery query(m_database.connection());
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return query.lastError().text();
        }
    }
    // Each record as made here, in the history after what the server has answered (nothing
    // yet): the first round sends them all.
    RecordHistory history(m_database);
    SyncFeed feed(m_database);
    for (const RecordHistory::Kind kind : { RecordHistory::Kind::Lead, RecordHistory::Kind::Contact,
                                            RecordHistory::Kind::Interaction }) {
        qint64 after = 0;
        for (;;) {
            // A revision of their own for each few hundred, parents before children, so that the
            // first round sends them in batches the server takes.
            const StoreResult<QList<SyncFeed::Entry>> page = feed.recordsAfter(kind, after, 400);
            if (!page.ok())
                return page.failure;
            if (page.value.isEmpty())
                break;
            QList<RecordHistory::Record> made;
            made.reserve(page.value.size());
            for (const SyncFeed::Entry &entry : page.value) {
                made.append({ kind, entry.id, {}, entry.object(), m_database.actingPerson() });
                after = entry.id;
            }
            if (const QString failure = history.write(made); !failure.isEmpty())
                return failure;
            QSqlQuery tick(m_database.connection());
            for (const QString &statement : m_database.dialect().revisionStatements()) {
                if (!tick.exec(statement))
                    return tick.lastError().text();
            }
        }
    }
    return {};
}

StoreResult<bool> ReplicaStore::hasChangesAfter(RecordHistory::Kind kind, qint64 id,
                                                qint64 revision) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT 1 FROM record_changes WHERE record_kind = ? AND record_id = ?"
                       " AND revision > ? LIMIT 1"));
    query.addBindValue(RecordHistory::kindName(kind));
    query.addBindValue(id);
    query.addBindValue(revision);
    if (!query.exec())
        return StoreResult<bool>::failed(query.lastError().text());
    const bool found = query.next();
    query.finish();
    return StoreResult<bool>::success(found);
}

StoreResult<bool> ReplicaStore::dependentsChangedAfter(RecordHistory::Kind kind, qint64 id,
                                                       qint64 revision) const
{
    QStringList statements;
    if (kind == RecordHistory::Kind::Lead)
        statements << QStringLiteral(
            "SELECT 1 FROM record_changes r JOIN contacts c ON r.record_id = c.id"
            " WHERE r.record_kind = 'contact' AND c.lead_id = ? AND r.revision > ? LIMIT 1")
                   << QStringLiteral(
                          "SELECT 1 FROM record_changes r JOIN interactions i ON r.record_id = i.id"
                          " WHERE r.record_kind = 'interaction' AND i.lead_id = ?"
                          " AND r.revision > ? LIMIT 1");
    else if (kind == RecordHistory::Kind::Contact)
        statements << QStringLiteral(
            "SELECT 1 FROM record_changes r JOIN interactions i ON r.record_id = i.id"
            " WHERE r.record_kind = 'interaction' AND i.contact_id = ? AND r.revision > ? LIMIT 1");
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery &query = m_queries.get(statement);
        query.addBindValue(id);
        query.addBindValue(revision);
        if (!query.exec())
            return StoreResult<bool>::failed(query.lastError().text());
        const bool found = query.next();
        query.finish();
        if (found)
            return StoreResult<bool>::success(true);
    }
    return StoreResult<bool>::success(false);
}

QString ReplicaStore::park(const Incoming &incoming)
{
    QSqlQuery &query = m_queries.get(m_database.dialect().upsert(
        QStringLiteral("sync_parked"),
        { QStringLiteral("record_kind"), QStringLiteral("record_id"), QStringLiteral("revision"),
          QStringLiteral("record") },
        { QStringLiteral("record_kind"), QStringLiteral("record_id") }));
    query.addBindValue(RecordHistory::kindName(incoming.kind));
    query.addBindValue(incoming.id);
    query.addBindValue(incoming.revision);
    query.addBindValue(incoming.record.isEmpty()
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromUtf8(compact(incoming.record))));
    return exec(query);
}

QString ReplicaStore::unpark(RecordHistory::Kind kind, qint64 id)
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("DELETE FROM sync_parked WHERE record_kind = ? AND record_id = ?"));
    query.addBindValue(RecordHistory::kindName(kind));
    query.addBindValue(id);
    return exec(query);
}

StoreResult<ReplicaStore::Waiting> ReplicaStore::waiting(qint64 sentRevision) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_changes WHERE revision > ?),"
                       " EXISTS (SELECT 1 FROM sync_parked)"));
    query.addBindValue(sentRevision);
    if (!query.exec() || !query.next())
        return StoreResult<Waiting>::failed(query.lastError().text());
    const Waiting found { query.value(0).toBool(), query.value(1).toBool() };
    query.finish();
    return StoreResult<Waiting>::success(found);
}

StoreResult<bool> ReplicaStore::take(ReplicaRows &rows, const Incoming &incoming,
                                     qint64 sentRevision, Waiting &waiting)
{
    using Result = StoreResult<bool>;
    // Changes of its own not yet answered: the server will answer them merged with this one.
    StoreResult<bool> own = StoreResult<bool>::success(false);
    if (waiting.ownChanges)
        own = hasChangesAfter(incoming.kind, incoming.id, sentRevision);
    if (!own.ok())
        return own;
    bool written = false;
    if (!own.value) {
        if (incoming.record.isEmpty()) {
            // What a delete takes with it must not take changes of this file's own.
            StoreResult<bool> dependents = StoreResult<bool>::success(false);
            if (waiting.ownChanges)
                dependents = dependentsChangedAfter(incoming.kind, incoming.id, sentRevision);
            if (!dependents.ok())
                return dependents;
            if (!dependents.value) {
                if (const QString failure = rows.erase(incoming.kind, incoming.id);
                    !failure.isEmpty())
                    return Result::failed(failure);
                written = true;
            }
        } else {
            const StoreResult<ReplicaRows::Written> write
                = rows.write(incoming.kind, incoming.id, incoming.record);
            if (!write.ok())
                return Result::from(write);
            written = write.value == ReplicaRows::Written::Done;
        }
    }
    if (!written)
        waiting.parked = true;
    if (written && !waiting.parked)
        return Result::success(true);
    if (const QString failure = written ? unpark(incoming.kind, incoming.id) : park(incoming);
        !failure.isEmpty())
        return Result::failed(failure);
    return Result::success(written);
}

StoreResult<qint64> ReplicaStore::retryParked(ReplicaRows &rows, qint64 sentRevision)
{
    using Result = StoreResult<qint64>;
    qint64 written = 0;
    // A lead written lets its contacts in, and a contact its interactions: a few passes.
    for (int pass = 0; pass < 3; ++pass) {
        QSqlQuery &query = m_queries.get(QStringLiteral(
            "SELECT record_kind, record_id, revision, record FROM sync_parked"
            " ORDER BY CASE record_kind WHEN 'lead' THEN 0 WHEN 'contact' THEN 1 ELSE 2 END,"
            " revision, record_id"));
        if (!query.exec())
            return Result::failed(query.lastError().text());
        QList<Incoming> parked;
        while (query.next()) {
            Incoming incoming;
            incoming.kind = RecordHistory::kindNamed(query.value(0).toString())
                                .value_or(RecordHistory::Kind::Interaction);
            incoming.id = query.value(1).toLongLong();
            incoming.revision = query.value(2).toLongLong();
            incoming.record = objectFrom(query.value(3));
            parked.append(incoming);
        }
        query.finish();
        qint64 thisPass = 0;
        for (const Incoming &incoming : std::as_const(parked)) {
            const StoreResult<bool> taken = take(rows, incoming, sentRevision);
            if (!taken.ok())
                return Result::from(taken);
            thisPass += taken.value ? 1 : 0;
        }
        written += thisPass;
        if (thisPass == 0)
            break;
    }
    return Result::success(written);
}

StoreResult<bool> ReplicaStore::applySnapshot(const QList<Incoming> &records,
                                              std::optional<RecordHistory::Kind> nextKind,
                                              qint64 after)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, everything, [&](SqlTransaction &) -> Result {
        const StoreResult<Membership> member = joined();
        if (!member.ok())
            return Result::from(member);
        ReplicaRows rows(m_database);
        if (const QString failure = rows.holdMarks(); !failure.isEmpty())
            return Result::failed(failure);
        // Asked once a page, not once a record: mostly there is nothing of either.
        StoreResult<Waiting> waits = waiting(member.value.sentRevision);
        if (!waits.ok())
            return Result::from(waits);
        // What the server sends at join is not here yet (records of this file's own have ids
        // of its block, which the server has never given).
        rows.setFresh(true);
        for (const Incoming &incoming : records) {
            const StoreResult<bool> taken
                = take(rows, incoming, member.value.sentRevision, waits.value);
            if (!taken.ok())
                return taken;
        }
        if (const QString failure = rows.flush(); !failure.isEmpty())
            return Result::failed(failure);
        rows.setFresh(false);
        if (!nextKind) {
            const StoreResult<qint64> retried = retryParked(rows, member.value.sentRevision);
            if (!retried.ok())
                return Result::from(retried);
        }
        if (const QString failure = rows.putMarksBack(); !failure.isEmpty())
            return Result::failed(failure);
        QSqlQuery &progress = m_queries.get(
            QStringLiteral("UPDATE replica_of SET snapshot_kind = ?, snapshot_after = ?"));
        progress.addBindValue(nextKind ? QVariant(RecordHistory::kindName(*nextKind))
                                       : QVariant(QMetaType::fromType<QString>()));
        progress.addBindValue(after);
        if (const QString failure = exec(progress); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(true);
    });
}

StoreResult<qint64> ReplicaStore::applyFeed(const QList<Incoming> &entries, qint64 next)
{
    using Result = StoreResult<qint64>;
    return SqlTransaction::write(m_database, everything, [&](SqlTransaction &) -> Result {
        const StoreResult<Membership> member = joined();
        if (!member.ok())
            return Result::from(member);
        const qint64 sent = member.value.sentRevision;
        // A page holds each record as it is now, so a contact may come before the lead it was
        // moved to: parents first; deletes after, children first.
        QList<Incoming> ordered = entries;
        sortForWriting(ordered);
        ReplicaRows rows(m_database);
        if (const QString failure = rows.holdMarks(); !failure.isEmpty())
            return Result::failed(failure);
        qint64 written = 0;
        StoreResult<Waiting> waits = waiting(sent);
        if (!waits.ok())
            return Result::from(waits);
        for (const Incoming &incoming : std::as_const(ordered)) {
            const StoreResult<bool> taken = take(rows, incoming, sent, waits.value);
            if (!taken.ok())
                return Result::from(taken);
            written += taken.value ? 1 : 0;
        }
        const StoreResult<qint64> retried = retryParked(rows, sent);
        if (!retried.ok())
            return retried;
        if (const QString failure = rows.putMarksBack(); !failure.isEmpty())
            return Result::failed(failure);
        QSqlQuery &pulled
            = m_queries.get(QStringLiteral("UPDATE replica_of SET pulled_revision = ?"));
        pulled.addBindValue(next);
        if (const QString failure = exec(pulled); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(written + retried.value);
    });
}

StoreResult<ReplicaStore::Outbox> ReplicaStore::outbox(int limit) const
{
    using Result = StoreResult<Outbox>;
    if (limit < 1)
        return Result::failed(QStringLiteral("An outbox of no changes."));
    const StoreResult<Membership> member = joined();
    if (!member.ok())
        return Result::from(member);
    const qint64 sent = member.value.sentRevision;
    const StoreResult<qint64> now = SyncFeed(m_database).currentRevision();
    if (!now.ok())
        return Result::from(now);
    struct Changed
    {
        RecordHistory::Kind kind;
        qint64 id;
        qint64 first;
    };
    QList<Changed> changed;
    {
        QSqlQuery &query = m_queries.get(QStringLiteral(
            "SELECT record_kind, record_id, MIN(revision) AS first FROM record_changes"
            " WHERE revision > ? AND revision <= ? GROUP BY record_kind, record_id"
            " ORDER BY first, CASE record_kind WHEN 'lead' THEN 0 WHEN 'contact' THEN 1 ELSE 2"
            " END, record_id"));
        query.addBindValue(sent);
        query.addBindValue(now.value);
        if (!query.exec())
            return Result::failed(query.lastError().text());
        while (query.next())
            changed.append({ RecordHistory::kindNamed(query.value(0).toString())
                                 .value_or(RecordHistory::Kind::Interaction),
                             query.value(1).toLongLong(), query.value(2).toLongLong() });
        query.finish();
    }
    Outbox box;
    box.upTo = now.value;
    qsizetype count = changed.size();
    if (count > limit) {
        // Never split a revision: the records whose first change shares the last one's go too.
        count = limit;
        while (count < changed.size() && changed.at(count).first == changed.at(count - 1).first)
            ++count;
        if (count < changed.size())
            box.upTo = changed.at(count).first - 1;
    }
    const SyncFeed feed(m_database);
    QList<qint64> firsts; // of each change sent
    for (qsizetype i = 0; i < count; ++i) {
        const Changed &record = changed.at(i);
        const StoreResult<QJsonObject> mine = feed.recordNow(record.kind, record.id);
        if (!mine.ok())
            return Result::from(mine);
        QSqlQuery &history = m_queries.get(
            QStringLiteral("SELECT change, fields, changed_at FROM record_changes"
                           " WHERE record_kind = ? AND record_id = ? AND revision > ?"
                           " ORDER BY id DESC"));
        history.addBindValue(RecordHistory::kindName(record.kind));
        history.addBindValue(record.id);
        history.addBindValue(sent);
        if (!history.exec())
            return Result::failed(history.lastError().text());
        // The base is the record as the server last answered it: the record now, each change
        // since taken back, newest first.
        Outgoing out { record.kind, record.id, mine.value, mine.value, {} };
        while (history.next()) {
            if (!out.madeAt.isValid())
                out.madeAt = fromSeconds(history.value(2));
            const QString change = history.value(0).toString();
            if (change == RecordHistory::changeName(RecordHistory::Change::Created)) {
                out.base = {};
                continue;
            }
            const QJsonObject fields = objectFrom(history.value(1));
            if (change == RecordHistory::changeName(RecordHistory::Change::Deleted))
                out.base = {};
            for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
                const QJsonObject fromTo = field.value().toObject();
                if (fromTo.contains(QLatin1String("from")))
                    out.base.insert(field.key(), fromTo.value(QLatin1String("from")));
                else
                    out.base.remove(field.key());
            }
        }
        history.finish();
        // History leaves the id out of a deletion's fields; the merge does not compare it.
        if (!out.base.isEmpty())
            out.base.insert(QStringLiteral("id"), record.id);
        // Changed and changed back (or made and removed) here: nothing to send.
        if (out.base != out.mine) {
            box.changes.append(out);
            firsts.append(record.first);
        }
    }
    // Within one revision, as the server writes a batch: parents made or changed first, and a
    // deleted lead after its deleted contacts and interactions, so that a transaction sent in
    // parts never asks the server to delete a lead whose children are still to come.
    QList<qsizetype> order(box.changes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (firsts.at(a) != firsts.at(b))
            return firsts.at(a) < firsts.at(b);
        const Outgoing &x = box.changes.at(a);
        const Outgoing &y = box.changes.at(b);
        if (x.mine.isEmpty() != y.mine.isEmpty())
            return !x.mine.isEmpty();
        return x.mine.isEmpty() ? kindOrder(x.kind) > kindOrder(y.kind)
                                : kindOrder(x.kind) < kindOrder(y.kind);
    });
    QList<Outgoing> ordered;
    ordered.reserve(order.size());
    for (const qsizetype index : std::as_const(order))
        ordered.append(box.changes.at(index));
    box.changes = ordered;
    return Result::success(box);
}

StoreResult<bool> ReplicaStore::holdBatch(const QString &batch, const QByteArray &body, qint64 upTo)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> Result {
        QSqlQuery &query = m_queries.get(QStringLiteral(
            "UPDATE replica_of SET pending_batch = ?, pending_body = ?, pending_up_to = ?"));
        query.addBindValue(batch);
        query.addBindValue(QString::fromUtf8(body));
        query.addBindValue(upTo);
        if (const QString failure = exec(query); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(true);
    });
}

StoreResult<bool> ReplicaStore::applyAnswers(const QList<Answer> &answers,
                                             const QList<Outgoing> &sent, qint64 upTo, bool last)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, everything, [&](SqlTransaction &) -> Result {
        const StoreResult<Membership> member = joined();
        if (!member.ok())
            return Result::from(member);
        ReplicaRows rows(m_database);
        if (const QString failure = rows.holdMarks(); !failure.isEmpty())
            return Result::failed(failure);
        QList<Answer> ordered = answers;
        sortForWriting(ordered);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const Answer &answer : std::as_const(ordered)) {
            // The server's record replaces the one sent, unless it was changed here again since:
            // that change goes with the next batch, against what was sent.
            const StoreResult<bool> taken
                = take(rows, { answer.kind, answer.id, 0, answer.record }, upTo);
            if (!taken.ok())
                return taken;
            if (answer.outcome == Answer::Outcome::Merged)
                continue;
            const auto mine = std::find_if(sent.cbegin(), sent.cend(), [&](const Outgoing &out) {
                return out.kind == answer.kind && out.id == answer.id;
            });
            QSqlQuery &conflict = m_queries.get(QStringLiteral(
                "INSERT INTO sync_conflicts (record_kind, record_id, found_at, outcome, fields,"
                " mine, theirs, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            const auto textOr = [](const QJsonObject &object) {
                return object.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(QString::fromUtf8(compact(object)));
            };
            conflict.addBindValue(RecordHistory::kindName(answer.kind));
            conflict.addBindValue(answer.id);
            conflict.addBindValue(now);
            conflict.addBindValue(answer.outcome == Answer::Outcome::Rejected
                                      ? QStringLiteral("rejected")
                                      : answer.merge);
            conflict.addBindValue(
                QString::fromUtf8(QJsonDocument(answer.conflicts).toJson(QJsonDocument::Compact)));
            conflict.addBindValue(textOr(mine != sent.cend() ? mine->mine : QJsonObject()));
            conflict.addBindValue(textOr(answer.record));
            conflict.addBindValue(textOr(answer.errors));
            if (const QString failure = exec(conflict); !failure.isEmpty())
                return Result::failed(failure);
        }
        QSqlQuery &done = m_queries.get(
            QStringLiteral("UPDATE replica_of SET sent_revision = MAX(sent_revision, ?),"
                           " pending_batch = NULL, pending_body = NULL, pending_up_to = NULL"));
        done.addBindValue(last ? upTo : member.value.sentRevision);
        if (const QString failure = exec(done); !failure.isEmpty())
            return Result::failed(failure);
        const StoreResult<qint64> retried
            = retryParked(rows, last ? upTo : member.value.sentRevision);
        if (!retried.ok())
            return Result::from(retried);
        if (const QString failure = rows.putMarksBack(); !failure.isEmpty())
            return Result::failed(failure);
        if (const QString failure = moveMarksToNextBlock(member.value.blocks); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(true);
    });
}

QString ReplicaStore::moveMarksToNextBlock(const QList<qint64> &held)
{
    // A mark at the end of its block moves to the next block held, so that the next own id is
    // this replica's; blocks granted apart need not be next to each other.
    for (const QString &table : ReplicaRows::tables()) {
        QSqlQuery &read = m_queries.get(m_database.dialect().ownIdMarkRead(table));
        if (!read.exec())
            return read.lastError().text();
        const qint64 mark = read.next() ? read.value(0).toLongLong() : 0;
        read.finish();
        const qint64 next = mark + 1;
        if (next < IdSpace::firstBlockId || (next - IdSpace::firstBlockId) % IdSpace::blockSize)
            continue;
        if (std::find(held.cbegin(), held.cend(), next) != held.cend())
            continue; // the next block is this replica's too
        const auto after = std::find_if(held.cbegin(), held.cend(),
                                        [next](qint64 first) { return first > next; });
        if (after == held.cend())
            continue;
        QSqlQuery &write = m_queries.get(m_database.dialect().ownIdMarkWrite(table));
        write.addBindValue(*after - 1);
        if (const QString failure = exec(write); !failure.isEmpty())
            return failure;
    }
    return {};
}

StoreResult<bool> ReplicaStore::addBlock(qint64 first)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> Result {
        QSqlQuery &query = m_queries.get(
            QStringLiteral("INSERT INTO replica_blocks (first_id) SELECT ? WHERE NOT EXISTS"
                           " (SELECT 1 FROM replica_blocks WHERE first_id = ?)"));
        query.addBindValue(first);
        query.addBindValue(first);
        if (const QString failure = exec(query); !failure.isEmpty())
            return Result::failed(failure);
        const StoreResult<QList<qint64>> held = blocks();
        if (!held.ok())
            return Result::from(held);
        if (const QString failure = moveMarksToNextBlock(held.value); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(true);
    });
}

StoreResult<bool> ReplicaStore::wantsBlock() const
{
    const StoreResult<QList<qint64>> held = blocks();
    if (!held.ok())
        return StoreResult<bool>::from(held);
    qint64 highest = 0;
    for (const QString &table : ReplicaRows::tables()) {
        QSqlQuery &read = m_queries.get(m_database.dialect().ownIdMarkRead(table));
        if (!read.exec())
            return StoreResult<bool>::failed(read.lastError().text());
        highest = std::max(highest, read.next() ? read.value(0).toLongLong() : 0);
        read.finish();
    }
    const bool unused = std::any_of(held.value.cbegin(), held.value.cend(),
                                    [highest](qint64 first) { return first > highest; });
    return StoreResult<bool>::success(!unused);
}

StoreResult<bool> ReplicaStore::noteRound(bool reached)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> Result {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery &query = m_queries.get(
            reached
                ? QStringLiteral("UPDATE replica_of SET last_round_at = ?, offline_since = NULL")
                : QStringLiteral("UPDATE replica_of SET offline_since ="
                                 " COALESCE(offline_since, ?)"));
        query.addBindValue(now);
        if (const QString failure = exec(query); !failure.isEmpty())
            return Result::failed(failure);
        return Result::success(true);
    });
}

StoreResult<QList<ReplicaStore::Conflict>> ReplicaStore::conflicts() const
{
    using Result = StoreResult<QList<Conflict>>;
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT id, record_kind, record_id, found_at, outcome, fields, mine, theirs, detail"
        " FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"));
    if (!query.exec())
        return Result::failed(query.lastError().text());
    QList<Conflict> found;
    while (query.next()) {
        Conflict c;
        c.id = query.value(0).toLongLong();
        c.kind = RecordHistory::kindNamed(query.value(1).toString())
                     .value_or(RecordHistory::Kind::Interaction);
        c.record = query.value(2).toLongLong();
        c.foundAt = fromSeconds(query.value(3));
        c.outcome = query.value(4).toString();
        c.fields = QJsonDocument::fromJson(query.value(5).toByteArray()).array();
        c.mine = objectFrom(query.value(6));
        c.theirs = objectFrom(query.value(7));
        c.errors = objectFrom(query.value(8));
        found.append(c);
    }
    query.finish();
    return Result::success(found);
}

StoreResult<bool> ReplicaStore::resolve(qint64 conflictId)
{
    using Result = StoreResult<bool>;
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> Result {
        QSqlQuery &query = m_queries.get(QStringLiteral(
            "UPDATE sync_conflicts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(conflictId);
        if (!query.exec())
            return Result::failed(query.lastError().text());
        const int resolved = query.numRowsAffected();
        query.finish();
        return resolved == 1 ? Result::success(true) : Result::notFound();
    });
}

StoreResult<qint64> ReplicaStore::openConflicts(RecordHistory::Kind kind, qint64 id) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE record_kind = ? AND record_id = ?"
                       " AND resolved_at IS NULL"));
    query.addBindValue(RecordHistory::kindName(kind));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 open = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(open);
}

StoreResult<qint64> ReplicaStore::openConflictsOfLead(qint64 lead) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND ((record_kind = 'lead'"
        " AND record_id = ?) OR (record_kind = 'contact' AND record_id IN"
        " (SELECT id FROM contacts WHERE lead_id = ?)))"));
    query.addBindValue(lead);
    query.addBindValue(lead);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 open = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(open);
}

StoreResult<ReplicaStore::Status> ReplicaStore::status() const
{
    using Result = StoreResult<Status>;
    const StoreResult<Membership> member = joined();
    if (!member.ok())
        return Result::from(member);
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT (SELECT count(*) FROM (SELECT DISTINCT record_kind, record_id FROM record_changes"
        " WHERE revision > ?) AS waiting),"
        " (SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL)"));
    query.addBindValue(member.value.sentRevision);
    if (!query.exec() || !query.next())
        return Result::failed(query.lastError().text());
    Status status;
    status.waiting = query.value(0).toLongLong();
    status.conflicts = query.value(1).toLongLong();
    query.finish();
    status.lastRoundAt = member.value.lastRoundAt;
    status.offlineSince = member.value.offlineSince;
    return Result::success(status);
}
