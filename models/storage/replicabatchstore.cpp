#include "storage/replicabatchstore.h"

#include "core/idspace.h"
#include "core/isotimestamp.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/preparedqueries.h"
#include "storage/replicaregistry.h"
#include "storage/sqlreferencelookup.h"
#include "storage/sqltransaction.h"
#include "storage/syncfeed.h"
#include "json/jsonform.h"
#include "json/jsonobjectwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>
#include <optional>

using Kind = RecordHistory::Kind;

namespace {

const QString idKey = QStringLiteral("id");

// Whether the two versions hold the same fields (the id is the record's, not a field).
bool sameFields(QJsonObject a, QJsonObject b)
{
    a.remove(idKey);
    b.remove(idKey);
    return a == b;
}

// Parents before children for creates and changes, children before parents for deletes.
int phaseOf(const ReplicaBatchStore::Change &change)
{
    const int level = change.kind == Kind::Lead ? 0 : change.kind == Kind::Contact ? 1 : 2;
    return change.mine.isEmpty() ? 5 - level : level;
}

// An interaction's flattened object split into its own fields and its order details' (empty
// when it has none).
QByteArray jsonOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QByteArrayLiteral("null");
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray recordJson(const QJsonObject &record)
{
    if (record.isEmpty())
        return QByteArrayLiteral("null");
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QString outcomeName(ReplicaBatchStore::Outcome outcome)
{
    switch (outcome) {
    case ReplicaBatchStore::Outcome::Merged:
        return QStringLiteral("merged");
    case ReplicaBatchStore::Outcome::Conflict:
        return QStringLiteral("conflict");
    case ReplicaBatchStore::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString mergeName(ThreeWayMerge::Outcome outcome)
{
    switch (outcome) {
    case ThreeWayMerge::Outcome::Merged:
        return QStringLiteral("merged");
    case ThreeWayMerge::Outcome::FieldsConflict:
        return QStringLiteral("fields");
    case ThreeWayMerge::Outcome::ReplicaDeletedServerChanged:
        return QStringLiteral("replica_deleted_server_changed");
    case ThreeWayMerge::Outcome::ServerDeletedReplicaChanged:
        break;
    }
    return QStringLiteral("server_deleted_replica_changed");
}

const QStringList &fieldOrder(Kind kind)
{
    switch (kind) {
    case Kind::Lead:
        return JsonForm::leadFields();
    case Kind::Contact:
        return JsonForm::contactFields();
    case Kind::Interaction:
        break;
    }
    return JsonForm::interactionFields();
}

std::optional<Kind> kindNamed(const QString &name)
{
    for (const Kind kind : { Kind::Lead, Kind::Contact, Kind::Interaction }) {
        if (RecordHistory::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// The origin of the history rows of one change, unset again however the change ends.
class OriginScope final
{
public:
    OriginScope(Database &database, qint64 replica, const QDateTime &madeAt)
        : m_database(database)
    {
        m_database.setChangeOrigin(Database::ChangeOrigin { replica, madeAt });
    }
    ~OriginScope() { m_database.setChangeOrigin(std::nullopt); }
    OriginScope(const OriginScope &) = delete;
    OriginScope &operator=(const OriginScope &) = delete;

private:
    Database &m_database;
};

template<typename T> StoreResult<bool> passOn(const StoreResult<T> &result)
{
    if (result.ok())
        return StoreResult<bool>::success(true);
    if (result.status == StoreStatus::NotFound) {
        ValidationErrors errors;
        errors.add(QStringLiteral("non_field_errors"),
                   QT_TRANSLATE_NOOP("Rules", "The record is no longer there."));
        return StoreResult<bool>::invalid(errors);
    }
    return StoreResult<bool>::from(result);
}

} // namespace

ReplicaBatchStore::ReplicaBatchStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

StoreResult<bool> ReplicaBatchStore::write(qint64 replica, const Change &change,
                                           const QJsonObject &current, const QJsonObject &target,
                                           SqlTransaction &transaction)
{
    const OriginScope origin(m_database, replica, change.madeAt);
    const auto refused = [](const QString &field, const char *message) {
        ValidationErrors errors;
        errors.add(field, message);
        return StoreResult<bool>::invalid(errors);
    };

    if (target.isEmpty()) {
        switch (change.kind) {
        case Kind::Lead:
            return passOn(
                LeadStore(m_database).takeOut(change.id, LeadStore::Cascade::Refused, transaction));
        case Kind::Contact:
            return passOn(ContactStore(m_database)
                              .takeOut(change.id, ContactStore::Cascade::Refused, transaction));
        case Kind::Interaction:
            return passOn(InteractionStore(m_database).remove(change.id, transaction));
        }
    }

    const bool creating = current.isEmpty();
    if (creating) {
        // A record made on a replica carries an id of that replica's own blocks; any other id
        // is another machine's to give.
        const StoreResult<bool> owned = ReplicaRegistry(m_database).owns(replica, change.id);
        if (!owned.ok())
            return owned;
        if (IdSpace::isOwn(change.id) || !owned.value)
            return refused(idKey,
                           QT_TRANSLATE_NOOP("Rules",
                                             "A record made on a replica takes an id of one of"
                                             " its own blocks."));
    }

    ValidationErrors errors;
    switch (change.kind) {
    case Kind::Lead: {
        const LeadDraft draft = JsonForm::readLead(target, errors);
        if (!errors.isEmpty())
            return StoreResult<bool>::invalid(errors);
        LeadStore leads(m_database);
        return passOn(creating ? leads.createWithId(change.id, draft, transaction)
                               : leads.update(change.id, draft, transaction));
    }
    case Kind::Contact: {
        const ContactDraft draft = JsonForm::readContact(target, errors);
        if (!errors.isEmpty())
            return StoreResult<bool>::invalid(errors);
        ContactStore contacts(m_database);
        return passOn(creating ? contacts.createWithId(change.id, draft, transaction)
                               : contacts.update(change.id, draft, transaction));
    }
    case Kind::Interaction:
        break;
    }
    const auto [own, orderFields] = RecordHistory::splitOrderDetails(target);
    const InteractionDraft draft = JsonForm::readInteraction(own, errors);
    std::optional<OrderDetailsDraft> order;
    if (!orderFields.isEmpty())
        order = JsonForm::readOrderDetails(orderFields, errors);
    if (!errors.isEmpty())
        return StoreResult<bool>::invalid(errors);
    InteractionStore interactions(m_database);
    return passOn(creating ? interactions.createWithId(change.id, draft, order, transaction)
                           : interactions.replace(change.id, draft, order, transaction));
}

StoreResult<ReplicaBatchStore::Result>
ReplicaBatchStore::applyOne(qint64 replica, const Change &change, SqlTransaction &transaction)
{
    using Answer = StoreResult<Result>;
    Result result;
    result.kind = change.kind;
    result.id = change.id;
    // The record is held before the read the merge is made from, so that another writer's
    // change committed meanwhile is merged rather than written over: as the stores' own writes
    // do, the lead (and contact) it belongs to Shared first, then the record Exclusive
    // (SqlDialect::RowLock's order), then read again.
    if (change.kind != Kind::Lead) {
        const StoreResult<QJsonObject> seen
            = SyncFeed(m_database).recordNow(change.kind, change.id);
        if (!seen.ok())
            return Answer::from(seen);
        SqlReferenceLookup references(m_queries);
        const qint64 lead = seen.value.value(QLatin1String("lead")).toInteger();
        if (lead > 0) {
            if (const QString failure = references.holdLeads({ lead }); !failure.isEmpty())
                return Answer::failed(failure);
        }
        const qint64 contact = seen.value.value(QLatin1String("contact")).toInteger();
        if (change.kind == Kind::Interaction && contact > 0) {
            if (const QString failure = references.holdContacts({ contact }); !failure.isEmpty())
                return Answer::failed(failure);
        }
    }
    if (const QString failure
        = m_queries.lockRow(change.kind == Kind::Lead          ? QStringLiteral("leads")
                                : change.kind == Kind::Contact ? QStringLiteral("contacts")
                                                               : QStringLiteral("interactions"),
                            change.id, true);
        !failure.isEmpty())
        return Answer::failed(failure);
    const StoreResult<QJsonObject> server = SyncFeed(m_database).recordNow(change.kind, change.id);
    if (!server.ok())
        return Answer::from(server);
    const ThreeWayMerge::Result merged
        = ThreeWayMerge::merge(change.base, change.mine, server.value);
    result.merge = merged.outcome;
    result.conflicts = merged.conflicts;
    result.outcome = merged.isConflict() ? Outcome::Conflict : Outcome::Merged;
    const bool writes = merged.outcome == ThreeWayMerge::Outcome::Merged
        || merged.outcome == ThreeWayMerge::Outcome::FieldsConflict;
    if (!writes || sameFields(merged.merged, server.value)
        || (merged.merged.isEmpty() && server.value.isEmpty()))
        return Answer::success(result);
    const StoreResult<bool> written
        = write(replica, change, server.value, merged.merged, transaction);
    if (written.status == StoreStatus::Invalid) {
        // A delete the server's remaining children refuse: the server's record stands.
        if (merged.merged.isEmpty()
            && (written.errors.has(QStringLiteral("contacts"))
                || written.errors.has(QStringLiteral("interactions")))) {
            result.outcome = Outcome::Conflict;
            result.merge = ThreeWayMerge::Outcome::ReplicaDeletedServerChanged;
            return Answer::success(result);
        }
        result.outcome = Outcome::Rejected;
        result.merge = ThreeWayMerge::Outcome::Merged;
        result.conflicts.clear();
        result.errors = written.errors;
        return Answer::success(result);
    }
    if (!written.ok())
        return Answer::from(written);
    return Answer::success(result);
}

StoreResult<QByteArray> ReplicaBatchStore::storedAnswer(qint64 replica, const QString &batch) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT answer FROM sync_batches WHERE replica_id = ? AND batch = ?"));
    query.addBindValue(replica);
    query.addBindValue(batch);
    if (!query.exec())
        return StoreResult<QByteArray>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<QByteArray>::notFound();
    const QByteArray answer = query.value(0).toString().toUtf8();
    query.finish();
    return StoreResult<QByteArray>::success(answer);
}

StoreResult<QByteArray> ReplicaBatchStore::apply(qint64 replica, const QString &batch,
                                                 const QList<Change> &changes)
{
    using Answer = StoreResult<QByteArray>;
    ValidationErrors errors;
    if (batch.trimmed().isEmpty())
        errors.add(QStringLiteral("batch"),
                   QT_TRANSLATE_NOOP("Rules", "This field may not be blank."));
    if (changes.size() > mostChanges)
        errors.add(QStringLiteral("changes"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this field has no more than %1 elements."),
                   { QString::number(mostChanges) });
    for (const Change &change : changes) {
        if (change.id <= 0) {
            errors.add(QStringLiteral("changes"),
                       QT_TRANSLATE_NOOP("Rules", "Every change names its record's id."));
            break;
        }
    }
    const StoreResult<bool> known = ReplicaRegistry(m_database).exists(replica);
    if (!known.ok())
        return Answer::from(known);
    if (!known.value)
        errors.add(QStringLiteral("replica"),
                   QT_TRANSLATE_NOOP("Rules", "Invalid pk \"%1\" - object does not exist."),
                   { QString::number(replica) });
    if (!errors.isEmpty())
        return Answer::invalid(errors);

    SqlTransaction transaction(m_database);
    if (!transaction.isActive())
        return Answer::failed(transaction.errorMessage());
    // Read inside the transaction: a batch sent again while the first sending is still being
    // applied finds its answer once that commits (or fails on the answer's key).
    const StoreResult<QByteArray> stored = storedAnswer(replica, batch);
    if (stored.ok() || stored.status == StoreStatus::Failed)
        return stored;

    QList<int> order(changes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return phaseOf(changes.at(a)) < phaseOf(changes.at(b)); });
    QList<Result> results(changes.size());
    for (const int index : std::as_const(order)) {
        const StoreResult<Result> applied = applyOne(replica, changes.at(index), transaction);
        if (!applied.ok())
            return Answer::from(applied);
        results[index] = applied.value;
    }
    for (Result &result : results) {
        const StoreResult<QJsonObject> now = SyncFeed(m_database).recordNow(result.kind, result.id);
        if (!now.ok())
            return Answer::from(now);
        result.record = now.value;
    }

    // The answer holds the revision this commit takes, so the revision is given before the
    // answer is stored; only the answer's row follows, which no writer without the clock holds.
    if (!transaction.giveRevision())
        return Answer::failed(transaction.errorMessage());
    const StoreResult<qint64> revision = SyncFeed(m_database).currentRevision();
    if (!revision.ok())
        return Answer::from(revision);
    const QByteArray answer = answerJson(batch, revision.value, results);
    QSqlQuery &insert = m_queries.get(QStringLiteral(
        "INSERT INTO sync_batches (replica_id, batch, answered_at, answer) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(replica);
    insert.addBindValue(batch);
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    insert.addBindValue(QString::fromUtf8(answer));
    if (!insert.exec())
        return Answer::failed(insert.lastError().text());
    if (!transaction.commit())
        return Answer::failed(transaction.errorMessage());
    m_database.announce(Database::Change::Leads | Database::Change::Contacts
                        | Database::Change::Interactions | Database::Change::OrderDetails);
    return Answer::success(answer);
}

QByteArray ReplicaBatchStore::answerJson(const QString &batch, qint64 revision,
                                         const QList<Result> &results)
{
    QList<QByteArray> items;
    items.reserve(results.size());
    for (const Result &result : results) {
        JsonObjectWriter item;
        item.add("kind", RecordHistory::kindName(result.kind));
        item.add("id", result.id);
        item.add("outcome", outcomeName(result.outcome));
        if (result.outcome == Outcome::Conflict) {
            item.add("merge", mergeName(result.merge));
            if (result.merge == ThreeWayMerge::Outcome::FieldsConflict) {
                QList<QByteArray> conflicts;
                for (const ThreeWayMerge::FieldConflict &conflict : result.conflicts)
                    conflicts.append(JsonObjectWriter()
                                         .add("field", conflict.field)
                                         .addRaw("base", jsonOf(conflict.base))
                                         .addRaw("mine", jsonOf(conflict.replica))
                                         .addRaw("theirs", jsonOf(conflict.server))
                                         .toJson());
                item.addRaw("conflicts", JsonObjectWriter::array(conflicts));
            }
        }
        if (result.outcome == Outcome::Rejected)
            item.addRaw("errors", JsonForm::writeErrors(result.errors, fieldOrder(result.kind)));
        item.addRaw("record", recordJson(result.record));
        items.append(item.toJson());
    }
    return JsonObjectWriter()
        .add("batch", batch)
        .add("revision", revision)
        .addRaw("results", JsonObjectWriter::array(items))
        .toJson();
}

QList<ReplicaBatchStore::Change> ReplicaBatchStore::readChanges(const QJsonObject &body,
                                                                ValidationErrors &errors)
{
    const QString changesKey = QStringLiteral("changes");
    const QJsonValue listed = body.value(changesKey);
    if (!listed.isArray()) {
        errors.add(changesKey,
                   listed.isUndefined()
                       ? QT_TRANSLATE_NOOP("Rules", "This field is required.")
                       : QT_TRANSLATE_NOOP("Rules", "Expected a list of changes."));
        return {};
    }
    const QJsonArray array = listed.toArray();
    if (array.size() > mostChanges) {
        errors.add(changesKey,
                   QT_TRANSLATE_NOOP("Rules", "Ensure this field has no more than %1 elements."),
                   { QString::number(mostChanges) });
        return {};
    }
    QList<Change> changes;
    changes.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonObject item = array.at(index).toObject();
        const QStringList where { QString::number(index) };
        Change change;
        const std::optional<Kind> kind = kindNamed(item.value(QStringLiteral("kind")).toString());
        const QJsonValue id = item.value(idKey);
        const qint64 idValue = id.isDouble() ? id.toInteger(0) : 0;
        if (!array.at(index).isObject() || !kind || idValue <= 0
            || id.toDouble() != double(idValue)) {
            errors.add(changesKey,
                       QT_TRANSLATE_NOOP("Rules",
                                         "Change %1 needs a kind (lead, contact or interaction)"
                                         " and a positive id."),
                       where);
            continue;
        }
        change.kind = *kind;
        change.id = idValue;
        bool sidesRead = true;
        for (const auto &[key, side] : { std::pair { QStringLiteral("base"), &change.base },
                                         std::pair { QStringLiteral("mine"), &change.mine } }) {
            const QJsonValue value = item.value(key);
            if (value.isObject())
                *side = value.toObject();
            else if (!value.isNull() && !value.isUndefined())
                sidesRead = false;
        }
        if (!sidesRead) {
            errors.add(
                changesKey,
                QT_TRANSLATE_NOOP("Rules", "Change %1's base and mine are each an object or null."),
                where);
            continue;
        }
        const QJsonValue madeAt = item.value(QStringLiteral("made_at"));
        if (!madeAt.isUndefined() && !madeAt.isNull()) {
            const std::optional<QDateTime> time = IsoTimestamp::parse(madeAt.toString());
            if (!time) {
                errors.add(
                    changesKey,
                    QT_TRANSLATE_NOOP("Rules", "Change %1's made_at is not an ISO 8601 time."),
                    where);
                continue;
            }
            change.madeAt = *time;
        }
        changes.append(change);
    }
    if (!errors.isEmpty())
        return {};
    return changes;
}
