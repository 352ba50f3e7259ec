#include "historyresource.h"

#include "core/isotimestamp.h"
#include "storage/contactstore.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "json/jsonobjectwriter.h"

#include <QJsonDocument>

namespace {

// Whether the record exists now, as the store of its kind answers.
template<typename Store> StoreResult<bool> existing(Database &database, qint64 id)
{
    const auto stored = Store(database).get(id);
    if (stored.ok())
        return StoreResult<bool>::success(true);
    return StoreResult<bool>::from(stored);
}

} // namespace

ApiResponse HistoryResource::of(RecordHistory::Kind kind, qint64 id) const
{
    const StoreResult<QList<RecordHistory::Entry>> entries = RecordHistory(m_database).of(kind, id);
    if (!entries.ok())
        return ApiResponse::failure(entries, {});
    if (entries.value.isEmpty()) {
        const StoreResult<bool> found = kind == RecordHistory::Kind::Lead
            ? existing<LeadStore>(m_database, id)
            : kind == RecordHistory::Kind::Contact ? existing<ContactStore>(m_database, id)
                                                   : existing<InteractionStore>(m_database, id);
        if (!found.ok())
            return ApiResponse::failure(found, {});
    }
    QList<QByteArray> items;
    items.reserve(entries.value.size());
    for (const RecordHistory::Entry &entry : entries.value) {
        JsonObjectWriter item;
        item.add("at", IsoTimestamp::formatSeconds(entry.at.toSecsSinceEpoch()));
        if (entry.personName.isEmpty())
            item.addNull("by");
        else
            item.add("by", entry.personName);
        item.add("change", RecordHistory::changeName(entry.change));
        // A change a replica sent: which one, and when it was made there (at is when it reached
        // this database).
        if (entry.replica)
            item.add("replica", *entry.replica);
        if (entry.madeAt.isValid())
            item.add("made_at", IsoTimestamp::formatSeconds(entry.madeAt.toSecsSinceEpoch()));
        item.addRaw("fields", QJsonDocument(entry.fields).toJson(QJsonDocument::Compact));
        items.append(item.toJson());
    }
    return ApiResponse::json(200, JsonObjectWriter::array(items));
}
