#include "syncresource.h"

#include "apirequest.h"
#include "core/isotimestamp.h"
#include "queryreader.h"
#include "requestbody.h"
#include "storage/database.h"
#include "storage/recordhistory.h"
#include "storage/replicabatchstore.h"
#include "storage/replicaregistry.h"
#include "storage/replicastore.h"
#include "storage/schemamigrations.h"
#include "storage/syncfeed.h"
#include "json/jsonobjectwriter.h"

#include <QJsonDocument>

namespace {

// "record", and an interaction's "order_details" (or null), as the feed and the download write
// them.
void addRecord(JsonObjectWriter &item, const SyncFeed::Entry &entry)
{
    item.addRaw("record", entry.json);
    if (entry.kind != RecordHistory::Kind::Interaction)
        return;
    if (entry.orderDetailsJson.isEmpty())
        item.addNull("order_details");
    else
        item.addRaw("order_details", entry.orderDetailsJson);
}

// ?limit=: 1 to SyncResource::largestLimit.
std::optional<qint64> pageLimit(QueryReader &query, ValidationErrors &errors)
{
    const std::optional<qint64> limit = query.integer(QStringLiteral("limit"), 1);
    if (limit && *limit > SyncResource::largestLimit)
        errors.add(QStringLiteral("limit"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this value is less than or equal to %1."),
                   { QString::number(SyncResource::largestLimit) });
    return limit;
}

} // namespace

ApiResponse SyncResource::changes(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const std::optional<qint64> asked = query.integer(QStringLiteral("protocol"), 1);
    const std::optional<qint64> since = query.integer(QStringLiteral("since"), 0);
    const std::optional<qint64> limit = pageLimit(query, errors);
    if (!errors.isEmpty())
        return ApiResponse::invalid(
            errors,
            { QStringLiteral("protocol"), QStringLiteral("since"), QStringLiteral("limit") });
    if (std::optional<ApiResponse> refusal = refusedVersion(asked, std::nullopt))
        return *refusal;
    const StoreResult<QString> history = ReplicaRegistry(m_database).historyId();
    if (!history.ok())
        return ApiResponse::failure(history, {});

    const StoreResult<SyncFeed::Page> page
        = SyncFeed(m_database).changesSince(since.value_or(0), int(limit.value_or(defaultLimit)));
    if (!page.ok())
        return ApiResponse::failure(page, {});
    QList<QByteArray> changes;
    changes.reserve(page.value.entries.size());
    for (const SyncFeed::Entry &entry : page.value.entries) {
        JsonObjectWriter item;
        item.add("kind", RecordHistory::kindName(entry.kind));
        item.add("id", entry.id);
        item.add("revision", entry.revision);
        if (entry.deleted) {
            item.add("deleted", true);
        } else {
            addRecord(item, entry);
        }
        changes.append(item.toJson());
    }
    return ApiResponse::json(200,
                             JsonObjectWriter()
                                 .add("protocol", qint64(protocol))
                                 .add("schema", qint64(SchemaMigrations::latestVersion()))
                                 .add("history", history.value)
                                 .add("revision", page.value.next)
                                 .add("more", page.value.more)
                                 .addRaw("changes", JsonObjectWriter::array(changes))
                                 .toJson());
}

std::optional<ApiResponse> SyncResource::refusedVersion(std::optional<qint64> asked,
                                                        std::optional<qint64> schema)
{
    if (asked && *asked != protocol)
        return ApiResponse::detail(
            409,
            QStringLiteral("This server speaks version %1 of the sync protocol, not %2: update "
                           "Touchpoint on the side that is older.")
                .arg(protocol)
                .arg(*asked));
    if (schema && *schema != SchemaMigrations::latestVersion())
        return ApiResponse::detail(
            409,
            QStringLiteral("This server keeps schema version %1, the replica %2: update "
                           "Touchpoint on the side that is older.")
                .arg(SchemaMigrations::latestVersion())
                .arg(*schema));
    return std::nullopt;
}

std::optional<ApiResponse> SyncResource::othersReplica(qint64 replica) const
{
    const StoreResult<std::optional<qint64>> person = ReplicaRegistry(m_database).personOf(replica);
    if (person.status == StoreStatus::NotFound)
        return std::nullopt; // the store says which replica does not exist
    if (!person.ok())
        return ApiResponse::failure(person, {});
    if (person.value != m_database.actingPerson())
        return ApiResponse::detail(403,
                                   QStringLiteral("This replica joined with another "
                                                  "person's token: sync it with that one."));
    return std::nullopt;
}

namespace {

std::optional<qint64> integerIn(const QJsonObject &body, const char *key)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

// A replica's body must say which protocol and schema it speaks.
std::optional<ApiResponse> unversioned(const QJsonObject &body)
{
    ValidationErrors errors;
    for (const char *key : { "protocol", "schema" })
        if (!integerIn(body, key))
            errors.add(QLatin1String(key),
                       QT_TRANSLATE_NOOP("Rules", "A valid integer is required."));
    if (errors.isEmpty())
        return std::nullopt;
    return ApiResponse::invalid(errors, { QStringLiteral("protocol"), QStringLiteral("schema") });
}

// The answer to a replica's body that is no JSON object, or says no protocol and schema, or
// another than this server's; none when it may be read.
std::optional<ApiResponse> unreadable(const RequestBody &body)
{
    if (!body.isObject())
        return body.error();
    if (std::optional<ApiResponse> missing = unversioned(body.object()))
        return missing;
    return SyncResource::refusedVersion(integerIn(body.object(), "protocol"),
                                        integerIn(body.object(), "schema"));
}

} // namespace

ApiResponse SyncResource::receive(const ApiRequest &request) const
{
    const RequestBody body(request);
    if (std::optional<ApiResponse> refusal = unreadable(body))
        return *refusal;
    ValidationErrors errors;
    const QList<ReplicaBatchStore::Change> changes
        = ReplicaBatchStore::readChanges(body.object(), errors);
    const std::optional<qint64> replica = integerIn(body.object(), "replica");
    const QString batch = body.object().value(QLatin1String("batch")).toString();
    if (!errors.isEmpty())
        return ApiResponse::invalid(
            errors,
            { QStringLiteral("replica"), QStringLiteral("batch"), QStringLiteral("changes") });
    if (std::optional<ApiResponse> refusal = othersReplica(replica.value_or(0)))
        return *refusal;
    const StoreResult<QByteArray> answer
        = ReplicaBatchStore(m_database).apply(replica.value_or(0), batch, changes);
    if (!answer.ok())
        return ApiResponse::failure(
            answer,
            { QStringLiteral("replica"), QStringLiteral("batch"), QStringLiteral("changes") });
    // When it was last seen is for whoever looks after the server; a failure to note it is no
    // reason to fail the batch, which is committed.
    ReplicaRegistry(m_database).touch(replica.value_or(0));
    return ApiResponse::json(200, answer.value);
}

ApiResponse SyncResource::join(const ApiRequest &request) const
{
    const RequestBody body(request);
    if (std::optional<ApiResponse> refusal = unreadable(body))
        return *refusal;
    if (!m_database.actingPerson())
        return ApiResponse::detail(403,
                                   QStringLiteral("Joining takes a person's own token (touchpoint "
                                                  "users add NAME, on the server)."));
    const QString name = body.object().value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("name"),
                   QT_TRANSLATE_NOOP("Rules", "This field may not be blank."));
        return ApiResponse::invalid(errors, { QStringLiteral("name") });
    }
    const StoreResult<ReplicaRegistry::Joined> joined = ReplicaRegistry(m_database).join(name);
    if (!joined.ok())
        return ApiResponse::failure(joined, { QStringLiteral("name") });
    QList<QByteArray> blocks;
    for (const qint64 first : joined.value.blocks)
        blocks.append(QByteArray::number(first));
    return ApiResponse::json(201,
                             JsonObjectWriter()
                                 .add("protocol", qint64(protocol))
                                 .add("schema", qint64(SchemaMigrations::latestVersion()))
                                 .add("replica", joined.value.replica)
                                 .addRaw("blocks", JsonObjectWriter::array(blocks))
                                 .add("revision", joined.value.revision)
                                 .add("history", joined.value.history)
                                 .toJson());
}

ApiResponse SyncResource::grantBlock(const ApiRequest &request) const
{
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    const std::optional<qint64> replica = integerIn(body.object(), "replica");
    if (!replica) {
        ValidationErrors errors;
        errors.add(QStringLiteral("replica"),
                   QT_TRANSLATE_NOOP("Rules", "A valid integer is required."));
        return ApiResponse::invalid(errors, { QStringLiteral("replica") });
    }
    if (std::optional<ApiResponse> refusal = othersReplica(*replica))
        return *refusal;
    const StoreResult<qint64> block = ReplicaRegistry(m_database).grantBlock(*replica);
    if (!block.ok())
        return ApiResponse::failure(block, { QStringLiteral("replica") });
    return ApiResponse::json(201, JsonObjectWriter().add("block", block.value).toJson());
}

ApiResponse SyncResource::records(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const std::optional<qint64> asked = query.integer(QStringLiteral("protocol"), 1);
    const std::optional<qint64> after = query.integer(QStringLiteral("after"), 0);
    const std::optional<qint64> limit = pageLimit(query, errors);
    const std::optional<RecordHistory::Kind> kind
        = RecordHistory::kindNamed(request.queryValue(QStringLiteral("kind")).value_or(QString()));
    if (!kind)
        errors.add(QStringLiteral("kind"),
                   QT_TRANSLATE_NOOP("Rules",
                                     "Select a valid choice. That choice is not one "
                                     "of the available choices."));
    if (!errors.isEmpty())
        return ApiResponse::invalid(errors,
                                    { QStringLiteral("protocol"), QStringLiteral("kind"),
                                      QStringLiteral("after"), QStringLiteral("limit") });
    if (std::optional<ApiResponse> refusal = refusedVersion(asked, std::nullopt))
        return *refusal;
    const int most = int(limit.value_or(defaultLimit));
    const StoreResult<QList<SyncFeed::Entry>> page
        = SyncFeed(m_database).recordsAfter(*kind, after.value_or(0), most);
    if (!page.ok())
        return ApiResponse::failure(page, {});
    QList<QByteArray> records;
    records.reserve(page.value.size());
    qint64 last = after.value_or(0);
    for (const SyncFeed::Entry &entry : page.value) {
        JsonObjectWriter item;
        addRecord(item, entry);
        records.append(item.toJson());
        last = entry.id;
    }
    return ApiResponse::json(200,
                             JsonObjectWriter()
                                 .add("kind", RecordHistory::kindName(*kind))
                                 .add("next", last)
                                 .add("more", page.value.size() == most)
                                 .addRaw("records", JsonObjectWriter::array(records))
                                 .toJson());
}

ApiResponse SyncResource::conflicts() const
{
    const StoreResult<QList<ReplicaStore::Conflict>> found = ReplicaStore(m_database).conflicts();
    if (!found.ok())
        return ApiResponse::failure(found, {});
    QList<QByteArray> items;
    const auto compact = [](const auto &json) {
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    };
    for (const ReplicaStore::Conflict &conflict : found.value) {
        JsonObjectWriter item;
        item.add("id", conflict.id);
        item.add("kind", RecordHistory::kindName(conflict.kind));
        item.add("record_id", conflict.record);
        item.add("found_at", IsoTimestamp::format(conflict.foundAt));
        item.add("outcome", conflict.outcome);
        item.addRaw("fields", compact(conflict.fields));
        if (conflict.mine.isEmpty())
            item.addNull("mine");
        else
            item.addRaw("mine", compact(conflict.mine));
        if (conflict.theirs.isEmpty())
            item.addNull("theirs");
        else
            item.addRaw("theirs", compact(conflict.theirs));
        if (!conflict.errors.isEmpty())
            item.addRaw("errors", compact(conflict.errors));
        items.append(item.toJson());
    }
    return ApiResponse::json(200, JsonObjectWriter::array(items));
}
