#include "storage/leadtimelinequery.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

StoreResult<qint64> LeadTimelineQuery::count(qint64 lead) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM interactions WHERE lead_id = ?"));
    query.addBindValue(lead);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    return StoreResult<qint64>::success(query.value(0).toLongLong());
}

StoreResult<QList<LeadTimelineQuery::Entry>>
LeadTimelineQuery::page(qint64 lead, const Entry *after, int rows) const
{
    QString sql = QStringLiteral("SELECT i.id, i.occurred_at, i.interaction_type, c.name,"
                                 " i.details, i.order_placed, o.total_price_cents"
                                 " FROM interactions i JOIN contacts c ON c.id = i.contact_id"
                                 " LEFT JOIN order_details o ON o.interaction_id = i.id"
                                 " WHERE i.lead_id = ?");
    if (after)
        sql += QStringLiteral(" AND (i.occurred_at < ? OR (i.occurred_at = ? AND i.id < ?))");
    sql += QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(lead);
    if (after) {
        query.addBindValue(after->date.toSecsSinceEpoch());
        query.addBindValue(after->date.toSecsSinceEpoch());
        query.addBindValue(after->id);
    }
    query.addBindValue(rows);
    if (!query.exec())
        return StoreResult<QList<Entry>>::failed(query.lastError().text());
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        entry.typeCode = query.value(2).toString();
        entry.contactName = query.value(3).toString();
        entry.details = query.value(4).toString();
        entry.orderPlaced = query.value(5).toInt() != 0;
        if (!query.value(6).isNull())
            entry.totalCents = query.value(6).toLongLong();
        entries.append(entry);
    }
    return StoreResult<QList<Entry>>::success(entries);
}
