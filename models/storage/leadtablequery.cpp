#include "storage/leadtablequery.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// The funnel's order, not the codes' alphabet: NEW before CONTACTED before ... LOST.
QString statusRank()
{
    QString sql = QStringLiteral("CASE l.status");
    const QList<LeadStatus> &all = LeadStatuses::all();
    for (int rank = 0; rank < all.size(); ++rank)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(LeadStatuses::code(all.at(rank))).arg(rank);
    return sql + QStringLiteral(" ELSE %1 END").arg(all.size());
}

QString sortExpression(LeadTableQuery::SortKey key)
{
    switch (key) {
    case LeadTableQuery::SortKey::Status:
        return statusRank();
    case LeadTableQuery::SortKey::City:
        return QStringLiteral("lower(l.city)");
    case LeadTableQuery::SortKey::LastContact:
        return QStringLiteral("last_contact");
    case LeadTableQuery::SortKey::Interactions:
        return QStringLiteral("interaction_count");
    case LeadTableQuery::SortKey::OrderTotal:
        return QStringLiteral("order_cents");
    case LeadTableQuery::SortKey::Name:
        break;
    }
    return QStringLiteral("lower(l.name)");
}

} // namespace

StoreResult<QList<LeadTableQuery::Row>> LeadTableQuery::read(std::optional<LeadStatus> status,
                                                             const QString &namePart, SortKey key,
                                                             Qt::SortOrder order) const
{
    // Each figure is one lead's range of an index (latest date and count from
    // interactions_by_lead_date, the order total from interactions_order_totals_by_lead), so
    // that no interaction's row is read (docs/benchmarks.md).
    QString sql = QStringLiteral(
        "SELECT l.id, l.name, l.status, l.city,"
        " (SELECT max(i.occurred_at) FROM interactions i WHERE i.lead_id = l.id)"
        "  AS last_contact,"
        " (SELECT count(*) FROM interactions i WHERE i.lead_id = l.id) AS interaction_count,"
        " (SELECT coalesce(sum(i.order_total_cents), 0) FROM interactions i"
        "  WHERE i.lead_id = l.id AND i.order_placed = 1) AS order_cents"
        " FROM leads l");
    QStringList conditions;
    QVariantList bindings;
    if (status) {
        conditions << QStringLiteral("l.status = ?");
        bindings << LeadStatuses::code(*status);
    }
    if (!namePart.isEmpty()) {
        conditions << m_database.dialect().containsIgnoringCase(QStringLiteral("l.name"));
        bindings << namePart;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, l.id %2").arg(sortExpression(key), direction);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return StoreResult<QList<Row>>::failed(query.lastError().text());
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.status = LeadStatuses::fromCode(query.value(2).toString()).value_or(LeadStatus::New);
        row.city = query.value(3).toString();
        if (!query.value(4).isNull())
            row.lastContact
                = QDateTime::fromSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
        row.interactions = query.value(5).toLongLong();
        row.orderTotal = Money::fromCents(query.value(6).toLongLong());
        rows.append(row);
    }
    return StoreResult<QList<Row>>::success(rows);
}
