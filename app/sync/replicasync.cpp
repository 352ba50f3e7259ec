#include "replicasync.h"

#include "core/isotimestamp.h"
#include "storage/database.h"
#include "storage/schemamigrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

// The protocol version this Touchpoint speaks (the server's SyncResource::protocol).
constexpr int protocol = 1;

QJsonObject flattened(const QJsonValue &record, const QJsonValue &order)
{
    return RecordHistory::withOrderDetails(record.toObject(), order.toObject());
}

QJsonValue orNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

std::optional<RecordHistory::Kind> nextKind(RecordHistory::Kind kind)
{
    switch (kind) {
    case RecordHistory::Kind::Lead:
        return RecordHistory::Kind::Contact;
    case RecordHistory::Kind::Contact:
        return RecordHistory::Kind::Interaction;
    case RecordHistory::Kind::Interaction:
        break;
    }
    return std::nullopt;
}

QList<ReplicaStore::Outgoing> changesOf(const QByteArray &body)
{
    QList<ReplicaStore::Outgoing> changes;
    const QJsonArray sent
        = QJsonDocument::fromJson(body).object().value(QLatin1String("changes")).toArray();
    for (const QJsonValue &value : sent) {
        const QJsonObject change = value.toObject();
        ReplicaStore::Outgoing out;
        out.kind = RecordHistory::kindNamed(change.value(QLatin1String("kind")).toString())
                       .value_or(RecordHistory::Kind::Interaction);
        out.id = change.value(QLatin1String("id")).toInteger();
        out.base = change.value(QLatin1String("base")).toObject();
        out.mine = change.value(QLatin1String("mine")).toObject();
        changes.append(out);
    }
    return changes;
}

} // namespace

QString ReplicaSync::Summary::text() const
{
    switch (outcome) {
    case Outcome::Failed:
        return failure;
    case Outcome::Cancelled:
        return tr("Cancelled; what was done is kept, and the next run goes on from there.");
    case Outcome::Conflicts:
        if (conflicts == 1)
            return tr("Sent %1, received %2; a conflict waits for a person.")
                .arg(sent)
                .arg(received);
        return tr("Sent %1, received %2; %3 conflicts wait for a person.")
            .arg(sent)
            .arg(received)
            .arg(conflicts);
    case Outcome::InStep:
        break;
    }
    return tr("In step: sent %1, received %2.").arg(sent).arg(received);
}

ReplicaSync::ReplicaSync(Database &database)
    : m_database(database)
    , m_store(database)
{ }

ReplicaSync::~ReplicaSync() = default;

void ReplicaSync::cancel()
{
    m_cancelled = true;
    if (m_connection)
        m_connection->cancel();
}

void ReplicaSync::connectTo(const QUrl &server, const QByteArray &token,
                            const QByteArray &caCertificates)
{
    m_connection = std::make_unique<SyncConnection>(server, token, caCertificates);
    m_connection->setTimeout(m_timeout);
    if (m_cancelled)
        m_connection->cancel();
}

ReplicaSync::Summary ReplicaSync::failed(Summary summary, const QString &why)
{
    summary.outcome = m_cancelled ? Outcome::Cancelled : Outcome::Failed;
    if (summary.failure.isEmpty())
        summary.failure = why;
    return summary;
}

bool ReplicaSync::accepted(const SyncConnection::Reply &reply, Summary &summary)
{
    m_unreachable = !reply.answered();
    m_lastStatus = reply.status;
    if (reply.status >= 200 && reply.status < 300)
        return true;
    if (!reply.answered()) {
        summary.failure = reply.failure;
        return false;
    }
    const QString detail = QJsonDocument::fromJson(reply.body)
                               .object()
                               .value(QLatin1String("detail"))
                               .toString(QString::fromUtf8(reply.body.left(300)));
    if (reply.status == 401 || reply.status == 403)
        summary.failure = tr("The server refused the token: %1").arg(detail);
    else if (reply.status == 409)
        summary.failure = tr("The server refused this replica: %1").arg(detail);
    else
        summary.failure = tr("The server answered %1: %2").arg(reply.status).arg(detail);
    return false;
}

ReplicaSync::Summary ReplicaSync::join(const QUrl &server, const QByteArray &token,
                                       const QString &name, const QByteArray &caCertificates)
{
    Summary summary;
    const StoreResult<std::optional<ReplicaStore::Membership>> member = m_store.membership();
    if (!member.ok())
        return failed(summary, member.failure);
    if (member.value) {
        if (member.value->downloaded())
            return failed(summary,
                          tr("This file is already a replica of %1.").arg(member.value->server));
        if (QUrl(member.value->server) != server)
            return failed(summary,
                          tr("This file began joining %1; finish that with the same address.")
                              .arg(member.value->server));
        connectTo(server, token, member.value->caCertificates);
        return download(*member.value);
    }
    connectTo(server, token, caCertificates);
    const QByteArray body
        = QJsonDocument(QJsonObject {
                            { QStringLiteral("protocol"), protocol },
                            { QStringLiteral("schema"), SchemaMigrations::latestVersion() },
                            { QStringLiteral("name"), name },
                        })
              .toJson(QJsonDocument::Compact);
    const SyncConnection::Reply reply
        = m_connection->send("POST", QStringLiteral("/sync/join/"), body);
    if (!accepted(reply, summary))
        return failed(summary, {});
    const QJsonObject joined = QJsonDocument::fromJson(reply.body).object();
    ReplicaStore::Membership joining;
    joining.server = server.toString();
    joining.token = token;
    joining.caCertificates = caCertificates;
    joining.replica = joined.value(QLatin1String("replica")).toInteger();
    joining.history = joined.value(QLatin1String("history")).toString();
    joining.snapshotRevision = joined.value(QLatin1String("revision")).toInteger();
    for (const QJsonValue &block : joined.value(QLatin1String("blocks")).toArray())
        joining.blocks.append(block.toInteger());
    const StoreResult<ReplicaStore::Membership> begun = m_store.begin(joining);
    if (!begun.ok())
        return failed(summary,
                      begun.status == StoreStatus::Invalid
                          ? begun.errors.problems().value(0).translated()
                          : begun.failure);
    return download(begun.value);
}

ReplicaSync::Summary ReplicaSync::download(const ReplicaStore::Membership &member)
{
    Summary summary;
    std::optional<RecordHistory::Kind> kind = member.snapshotKind;
    qint64 after = member.snapshotAfter;
    qint64 done = 0;
    while (kind) {
        const SyncConnection::Reply reply = m_connection->send(
            "GET",
            QStringLiteral("/sync/records/?kind=%1&after=%2&limit=%3&protocol=%4")
                .arg(RecordHistory::kindName(*kind))
                .arg(after)
                .arg(pageSize)
                .arg(protocol));
        if (!accepted(reply, summary))
            return failed(summary, {});
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        QList<ReplicaStore::Incoming> records;
        for (const QJsonValue &value : page.value(QLatin1String("records")).toArray()) {
            const QJsonObject item = value.toObject();
            const QJsonObject record = item.value(QLatin1String("record")).toObject();
            records.append({ *kind, record.value(QLatin1String("id")).toInteger(),
                             member.snapshotRevision,
                             flattened(record, item.value(QLatin1String("order_details"))) });
        }
        const bool more = page.value(QLatin1String("more")).toBool();
        std::optional<RecordHistory::Kind> next = kind;
        if (more) {
            after = page.value(QLatin1String("next")).toInteger();
        } else {
            next = nextKind(*kind);
            after = 0;
        }
        const StoreResult<bool> applied = m_store.applySnapshot(records, next, after);
        if (!applied.ok())
            return failed(summary, applied.failure);
        done += records.size();
        summary.received += records.size();
        if (m_progress)
            m_progress(done, page.value(QLatin1String("total")).toInteger());
        kind = next;
    }
    Summary caughtUp = round();
    caughtUp.received += summary.received;
    return caughtUp;
}

ReplicaSync::Summary ReplicaSync::round()
{
    Summary summary;
    const StoreResult<std::optional<ReplicaStore::Membership>> member = m_store.membership();
    if (!member.ok())
        return failed(summary, member.failure);
    if (!member.value)
        return failed(summary,
                      tr("This file is no replica: join a server first (touchpoint join)."));
    if (!m_connection)
        connectTo(QUrl(member.value->server), member.value->token, member.value->caCertificates);
    if (!member.value->downloaded())
        return download(*member.value);
    m_unreachable = false;
    const bool reached = send(summary) && askForBlock(summary) && receive(summary);
    if (!m_cancelled)
        m_store.noteRound(!m_unreachable);
    if (!reached)
        return failed(summary, {});
    const StoreResult<ReplicaStore::Status> status = m_store.status();
    if (!status.ok())
        return failed(summary, status.failure);
    summary.conflicts = status.value.conflicts;
    summary.waiting = status.value.waiting;
    summary.outcome = summary.conflicts > 0 ? Outcome::Conflicts : Outcome::InStep;
    return summary;
}

bool ReplicaSync::send(Summary &summary)
{
    const StoreResult<std::optional<ReplicaStore::Membership>> member = m_store.membership();
    if (!member.ok() || !member.value) {
        summary.failure = member.failure;
        return false;
    }
    // A batch whose answer was lost goes again first, the same: the server answers it as it did.
    // Whether it was the last part of its records is not kept: they are counted sent when the
    // outbox has them again, which the server then finds changed nothing.
    if (!member.value->pendingBatch.isEmpty()
        && !sendBatch(member.value->pendingBody, member.value->pendingUpTo, false, summary)) {
        if (m_lastStatus != 409)
            return false;
        // Held by an older Touchpoint and refused for its version: its records still wait (they
        // were not counted sent) and go again in this version's batches, which the server
        // merges as no change where it took them already.
        summary.failure.clear();
        const StoreResult<bool> dropped = m_store.holdBatch(QString(), {}, 0);
        if (!dropped.ok()) {
            summary.failure = dropped.failure;
            return false;
        }
    }
    for (;;) {
        const StoreResult<ReplicaStore::Outbox> box = m_store.outbox(batchSize);
        if (!box.ok()) {
            summary.failure = box.failure;
            return false;
        }
        if (box.value.changes.isEmpty()) {
            // Changed and changed back: nothing to send, and the server need not hear of it.
            const StoreResult<std::optional<ReplicaStore::Membership>> now = m_store.membership();
            if (!now.ok() || !now.value) {
                summary.failure = now.failure;
                return false;
            }
            if (box.value.upTo <= now.value->sentRevision)
                return true;
            const StoreResult<bool> passed = m_store.applyAnswers({}, {}, box.value.upTo);
            if (!passed.ok()) {
                summary.failure = passed.failure;
                return false;
            }
            continue;
        }
        // A transaction's records come whole (a lead deleted with thousands of interactions):
        // they go in parts the server takes, each answered and written as it comes, and this
        // file counts them sent only with the last part. A part sent again after a crash is
        // answered as it was; the others, sent again, change nothing on the server.
        QList<QJsonArray> parts(1);
        qsizetype partBytes = 0;
        for (const ReplicaStore::Outgoing &out : box.value.changes) {
            QJsonObject change { { QStringLiteral("kind"), RecordHistory::kindName(out.kind) },
                                 { QStringLiteral("id"), out.id },
                                 { QStringLiteral("base"), orNull(out.base) },
                                 { QStringLiteral("mine"), orNull(out.mine) } };
            if (out.madeAt.isValid())
                change.insert(QStringLiteral("made_at"), IsoTimestamp::format(out.madeAt));
            const qsizetype bytes = QJsonDocument(change).toJson(QJsonDocument::Compact).size();
            if (!parts.constLast().isEmpty()
                && (parts.constLast().size() >= batchSize || partBytes + bytes > mostBatchBytes)) {
                parts.append(QJsonArray());
                partBytes = 0;
            }
            parts.last().append(change);
            partBytes += bytes;
        }
        for (qsizetype part = 0; part < parts.size(); ++part) {
            const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray body
                = QJsonDocument(
                      QJsonObject { { QStringLiteral("protocol"), protocol },
                                    { QStringLiteral("schema"), SchemaMigrations::latestVersion() },
                                    { QStringLiteral("replica"), member.value->replica },
                                    { QStringLiteral("batch"), batch },
                                    { QStringLiteral("changes"), parts.at(part) } })
                      .toJson(QJsonDocument::Compact);
            const StoreResult<bool> held = m_store.holdBatch(batch, body, box.value.upTo);
            if (!held.ok()) {
                summary.failure = held.failure;
                return false;
            }
            if (!sendBatch(body, box.value.upTo, part == parts.size() - 1, summary))
                return false;
        }
    }
}

bool ReplicaSync::sendBatch(const QByteArray &body, qint64 upTo, bool last, Summary &summary)
{
    const SyncConnection::Reply reply
        = m_connection->send("POST", QStringLiteral("/sync/changes/"), body);
    if (!accepted(reply, summary))
        return false;
    const QList<ReplicaStore::Outgoing> sent = changesOf(body);
    QList<ReplicaStore::Answer> answers;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(reply.body).object().value(QLatin1String("results")).toArray()) {
        const QJsonObject result = value.toObject();
        ReplicaStore::Answer answer;
        answer.kind = RecordHistory::kindNamed(result.value(QLatin1String("kind")).toString())
                          .value_or(RecordHistory::Kind::Interaction);
        answer.id = result.value(QLatin1String("id")).toInteger();
        const QString outcome = result.value(QLatin1String("outcome")).toString();
        answer.outcome = outcome == QLatin1String("merged") ? ReplicaStore::Answer::Outcome::Merged
            : outcome == QLatin1String("rejected") ? ReplicaStore::Answer::Outcome::Rejected
                                                   : ReplicaStore::Answer::Outcome::Conflict;
        answer.merge = result.value(QLatin1String("merge")).toString();
        answer.conflicts = result.value(QLatin1String("conflicts")).toArray();
        answer.errors = result.value(QLatin1String("errors")).toObject();
        answer.record = result.value(QLatin1String("record")).toObject();
        if (answer.outcome != ReplicaStore::Answer::Outcome::Merged)
            ++summary.newConflicts;
        answers.append(answer);
    }
    if (answers.size() != sent.size()) {
        summary.failure = tr("The server's answer to a batch was not whole; nothing of it was "
                             "written, and the batch goes again next time.");
        return false;
    }
    const StoreResult<bool> applied = m_store.applyAnswers(answers, sent, upTo, last);
    if (!applied.ok()) {
        summary.failure = applied.failure;
        return false;
    }
    summary.sent += sent.size();
    return true;
}

bool ReplicaSync::askForBlock(Summary &summary)
{
    const StoreResult<bool> wants = m_store.wantsBlock();
    if (!wants.ok()) {
        summary.failure = wants.failure;
        return false;
    }
    if (!wants.value)
        return true;
    const StoreResult<std::optional<ReplicaStore::Membership>> member = m_store.membership();
    if (!member.ok() || !member.value)
        return false;
    const SyncConnection::Reply reply = m_connection->send(
        "POST", QStringLiteral("/sync/blocks/"),
        QJsonDocument(QJsonObject { { QStringLiteral("replica"), member.value->replica } })
            .toJson(QJsonDocument::Compact));
    if (!accepted(reply, summary))
        return false;
    const qint64 first
        = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("block")).toInteger();
    const StoreResult<bool> added = m_store.addBlock(first);
    if (!added.ok())
        summary.failure = added.failure;
    return added.ok();
}

bool ReplicaSync::receive(Summary &summary)
{
    for (;;) {
        const StoreResult<std::optional<ReplicaStore::Membership>> member = m_store.membership();
        if (!member.ok() || !member.value) {
            summary.failure = member.failure;
            return false;
        }
        const SyncConnection::Reply reply
            = m_connection->send("GET",
                                 QStringLiteral("/sync/changes/?since=%1&limit=%2&protocol=%3")
                                     .arg(member.value->pulledRevision)
                                     .arg(pageSize)
                                     .arg(protocol));
        if (!accepted(reply, summary))
            return false;
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        if (page.value(QLatin1String("schema")).toInt() != SchemaMigrations::latestVersion()) {
            summary.failure = tr("The server keeps schema version %1 and this Touchpoint %2: "
                                 "update the side that is older.")
                                  .arg(page.value(QLatin1String("schema")).toInt())
                                  .arg(SchemaMigrations::latestVersion());
            return false;
        }
        if (page.value(QLatin1String("history")).toString() != member.value->history) {
            summary.failure = tr("The server's history was replaced (restored from a backup) "
                                 "since this file joined: join again with a new file.");
            return false;
        }
        QList<ReplicaStore::Incoming> entries;
        for (const QJsonValue &value : page.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            ReplicaStore::Incoming incoming;
            incoming.kind = RecordHistory::kindNamed(change.value(QLatin1String("kind")).toString())
                                .value_or(RecordHistory::Kind::Interaction);
            incoming.id = change.value(QLatin1String("id")).toInteger();
            incoming.revision = change.value(QLatin1String("revision")).toInteger();
            if (!change.value(QLatin1String("deleted")).toBool())
                incoming.record = flattened(change.value(QLatin1String("record")),
                                            change.value(QLatin1String("order_details")));
            entries.append(incoming);
        }
        const StoreResult<qint64> applied
            = m_store.applyFeed(entries, page.value(QLatin1String("revision")).toInteger());
        if (!applied.ok()) {
            summary.failure = applied.failure;
            return false;
        }
        summary.received += applied.value;
        if (!page.value(QLatin1String("more")).toBool())
            return true;
    }
}
