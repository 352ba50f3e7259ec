#include "storage/syncfeed.h"

#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/preparedqueries.h"
#include "json/jsonform.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

SyncFeed::SyncFeed(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

StoreResult<qint64> SyncFeed::currentRevision() const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT revision FROM sync_clock"));
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 revision = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(revision);
}

StoreResult<SyncFeed::Page> SyncFeed::changesSince(qint64 revision, int limit) const
{
    using Result = StoreResult<Page>;
    // The messages are the rules' own, as the API's paging gives them.
    if (limit < 1 || revision < 0) {
        ValidationErrors errors;
        if (limit < 1)
            errors.add(
                QStringLiteral("limit"),
                QT_TRANSLATE_NOOP("Rules", "Ensure this value is greater than or equal to 1."));
        if (revision < 0)
            errors.add(
                QStringLiteral("since"),
                QT_TRANSLATE_NOOP("Rules", "Ensure this value is greater than or equal to 0."));
        return Result::invalid(errors);
    }
    Page page;
    page.next = revision;
    // Where the page ends: the revision of the limit-th change after revision. Revisions become
    // visible in the order they were given (SqlTransaction::commit()), so every revision up to
    // the last one seen is already there, and none will appear below it later.
    {
        QSqlQuery &query = m_queries.get(QStringLiteral(
            "SELECT revision FROM record_changes WHERE revision > ? ORDER BY revision LIMIT ?"));
        query.addBindValue(revision);
        query.addBindValue(limit);
        if (!query.exec())
            return Result::failed(query.lastError().text());
        int changes = 0;
        while (query.next()) {
            page.next = query.value(0).toLongLong();
            ++changes;
        }
        query.finish();
        if (changes == 0)
            return Result::success(page);
        if (changes == limit) {
            QSqlQuery &later = m_queries.get(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_changes WHERE revision > ?)"));
            later.addBindValue(page.next);
            if (!later.exec() || !later.next())
                return Result::failed(later.lastError().text());
            page.more = later.value(0).toBool();
            later.finish();
        }
    }
    // Each record changed in the page's revisions and not since: one changed again after them
    // is in a later page, as it is then.
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT c.record_kind, c.record_id, MAX(c.revision) AS newest FROM record_changes c"
        " WHERE c.revision > ? AND c.revision <= ? AND NOT EXISTS (SELECT 1 FROM record_changes"
        " later WHERE later.record_kind = c.record_kind AND later.record_id = c.record_id"
        " AND later.revision > ?)"
        " GROUP BY c.record_kind, c.record_id ORDER BY newest, c.record_kind, c.record_id"));
    query.addBindValue(revision);
    query.addBindValue(page.next);
    query.addBindValue(page.next);
    if (!query.exec())
        return Result::failed(query.lastError().text());
    QList<Entry> changed;
    while (query.next()) {
        Entry entry;
        // The table's CHECK allows no other names.
        entry.kind = RecordHistory::kindNamed(query.value(0).toString())
                         .value_or(RecordHistory::Kind::Interaction);
        entry.id = query.value(1).toLongLong();
        entry.revision = query.value(2).toLongLong();
        changed.append(entry);
    }
    query.finish();
    page.entries.reserve(changed.size());
    for (const Entry &entry : std::as_const(changed)) {
        const StoreResult<Entry> state = stateOf(entry);
        if (!state.ok())
            return Result::from(state);
        page.entries.append(state.value);
    }
    return Result::success(page);
}

StoreResult<SyncFeed::Entry> SyncFeed::stateOf(Entry entry) const
{
    using Result = StoreResult<Entry>;
    // Whether it is there now decides, not its last change: an undo may have brought a deleted
    // record back, or a record read after the page's revisions may have gone since.
    const auto take = [&entry](const auto &found) -> Result {
        if (found.status == StoreStatus::NotFound) {
            entry.deleted = true;
            return Result::success(entry);
        }
        if (!found.ok())
            return Result::from(found);
        entry.json = JsonForm::write(found.value);
        return Result::success(entry);
    };
    switch (entry.kind) {
    case RecordHistory::Kind::Lead:
        return take(LeadStore(m_database).get(entry.id));
    case RecordHistory::Kind::Contact:
        return take(ContactStore(m_database).get(entry.id));
    case RecordHistory::Kind::Interaction:
        break;
    }
    InteractionStore store(m_database);
    Result result = take(store.get(entry.id));
    if (!result.ok() || result.value.deleted)
        return result;
    const StoreResult<OrderDetails> order = store.orderDetails(entry.id);
    if (order.ok())
        result.value.orderDetailsJson = JsonForm::write(order.value);
    else if (order.status != StoreStatus::NotFound)
        return Result::from(order);
    return result;
}

StoreResult<QList<SyncFeed::Entry>> SyncFeed::recordsAfter(RecordHistory::Kind kind, qint64 after,
                                                           int limit) const
{
    using Result = StoreResult<QList<Entry>>;
    if (limit < 1 || after < 0)
        return Result::failed(QStringLiteral("A download page of no records."));
    static const QHash<RecordHistory::Kind, QString> tables {
        { RecordHistory::Kind::Lead, QStringLiteral("leads") },
        { RecordHistory::Kind::Contact, QStringLiteral("contacts") },
        { RecordHistory::Kind::Interaction, QStringLiteral("interactions") },
    };
    QList<qint64> ids;
    {
        QSqlQuery &query = m_queries.get(
            QStringLiteral("SELECT id FROM %1 WHERE id > ? ORDER BY id LIMIT ?").arg(tables[kind]));
        query.addBindValue(after);
        query.addBindValue(limit);
        if (!query.exec())
            return Result::failed(query.lastError().text());
        while (query.next())
            ids.append(query.value(0).toLongLong());
        query.finish();
    }
    QList<Entry> entries;
    entries.reserve(ids.size());
    if (kind != RecordHistory::Kind::Interaction) {
        for (const qint64 id : std::as_const(ids)) {
            const StoreResult<Entry> state = stateOf({ kind, id, 0, false, {}, {} });
            if (!state.ok())
                return Result::from(state);
            if (!state.value.deleted)
                entries.append(state.value);
        }
        return Result::success(entries);
    }
    // A page of interactions in a statement or two, with their orders in as few.
    const StoreResult<QHash<qint64, QByteArray>> rows
        = InteractionStore(m_database).getManyJson(ids);
    if (!rows.ok())
        return Result::from(rows);
    QHash<qint64, QByteArray> orders;
    const QString failure = m_queries.forIds(
        QStringLiteral("SELECT interaction_id, product_details, quantity, total_price_cents,"
                       " order_date FROM order_details WHERE interaction_id IN (%1)"),
        ids, [&orders](QSqlQuery &query) {
            while (query.next()) {
                const OrderDetails order {
                    query.value(0).toLongLong(), query.value(1).toString(),
                    query.value(2).toLongLong(), Money::fromCents(query.value(3).toLongLong()),
                    QDateTime::fromSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc())
                };
                orders.insert(order.interaction, JsonForm::write(order));
            }
        });
    if (!failure.isEmpty())
        return Result::failed(failure);
    for (const qint64 id : std::as_const(ids)) {
        const auto row = rows.value.constFind(id);
        if (row == rows.value.cend())
            continue;
        entries.append({ kind, id, 0, false, *row, orders.value(id) });
    }
    return Result::success(entries);
}

StoreResult<QJsonObject> SyncFeed::recordNow(RecordHistory::Kind kind, qint64 id) const
{
    const StoreResult<Entry> state = stateOf({ kind, id, 0, false, {}, {} });
    if (!state.ok())
        return StoreResult<QJsonObject>::from(state);
    if (state.value.deleted)
        return StoreResult<QJsonObject>::success({});
    return StoreResult<QJsonObject>::success(state.value.object());
}
