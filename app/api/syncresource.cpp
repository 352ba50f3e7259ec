#include "syncresource.h"

#include "apirequest.h"
#include "queryreader.h"
#include "storage/database.h"
#include "storage/recordhistory.h"
#include "storage/schemamigrations.h"
#include "storage/syncfeed.h"
#include "json/jsonobjectwriter.h"

ApiResponse SyncResource::changes(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const std::optional<qint64> asked = query.integer(QStringLiteral("protocol"), 1);
    const std::optional<qint64> since = query.integer(QStringLiteral("since"), 0);
    const std::optional<qint64> limit = query.integer(QStringLiteral("limit"), 1);
    if (limit && *limit > largestLimit)
        errors.add(QStringLiteral("limit"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this value is less than or equal to %1."),
                   { QString::number(largestLimit) });
    if (!errors.isEmpty())
        return ApiResponse::invalid(
            errors,
            { QStringLiteral("protocol"), QStringLiteral("since"), QStringLiteral("limit") });
    if (asked && *asked != protocol)
        return ApiResponse::detail(
            409,
            QStringLiteral("This server speaks version %1 of the sync protocol, not %2: update "
                           "Touchpoint on the side that is older.")
                .arg(protocol)
                .arg(*asked));

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
            item.addRaw("record", entry.json);
            if (entry.kind == RecordHistory::Kind::Interaction) {
                if (entry.orderDetailsJson.isEmpty())
                    item.addNull("order_details");
                else
                    item.addRaw("order_details", entry.orderDetailsJson);
            }
        }
        changes.append(item.toJson());
    }
    return ApiResponse::json(200,
                             JsonObjectWriter()
                                 .add("protocol", qint64(protocol))
                                 .add("schema", qint64(SchemaMigrations::latestVersion()))
                                 .add("revision", page.value.next)
                                 .add("more", page.value.more)
                                 .addRaw("changes", JsonObjectWriter::array(changes))
                                 .toJson());
}
