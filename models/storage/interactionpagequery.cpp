#include "storage/interactionpagequery.h"

#include "storage/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

void bindAll(QSqlQuery &query, const QVariantList &bindings)
{
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
}

// The single number a statement answers; NotFound when it answers NULL or no row.
StoreResult<qint64> numberOf(const Database &database, const SqlStatement &statement)
{
    QSqlQuery query(database.connection());
    query.prepare(statement.sql);
    bindAll(query, statement.bindings);
    if (!query.exec())
        return StoreResult<qint64>::failed(query.lastError().text());
    if (!query.next() || query.value(0).isNull()) {
        StoreResult<qint64> none = StoreResult<qint64>::notFound();
        none.failure = query.lastError().text();
        return none;
    }
    return StoreResult<qint64>::success(query.value(0).toLongLong());
}

// The filter's rows as a subquery, which SQLite flattens into what reads it: the same
// conditions as the table's, without the join its sort may need.
QString shownRows(const SqlDialect &dialect, const InteractionFilter &filter,
                  QVariantList &bindings)
{
    InteractionFilter unsorted = filter;
    unsorted.sortKey = InteractionFilter::SortKey::Id;
    return QStringLiteral("(SELECT i.id AS id") + unsorted.sqlFromWhere(dialect, bindings)
        + QLatin1Char(')');
}

// A place in the filter's order, counting from 0: what "SELECT %1 FROM (each row's place,
// counting from 1) WHERE %2" answers, with id bound to the condition's mark. The subquery is
// named, as PostgreSQL before 16 wants.
StoreResult<qint64> placeOf(const Database &database, const InteractionFilter &filter,
                            const QString &place, const QString &condition, qint64 id)
{
    SqlStatement statement;
    const QString fromWhere = filter.sqlFromWhere(database.dialect(), statement.bindings);
    statement.sql = QStringLiteral("SELECT %1 FROM (SELECT i.id AS id, row_number() OVER (%2)"
                                   " AS position%3) places WHERE %4")
                        .arg(place, filter.sqlOrderBy().trimmed(), fromWhere, condition);
    statement.bindings << id;
    StoreResult<qint64> found = numberOf(database, statement);
    if (found.ok())
        --found.value;
    return found;
}

} // namespace

SqlStatement InteractionPageQuery::countStatement(const SqlDialect &dialect,
                                                  const InteractionFilter &filter)
{
    SqlStatement statement;
    statement.sql = filter.sqlCount(dialect, statement.bindings);
    return statement;
}

InteractionPageQuery::PageIds
InteractionPageQuery::pageIdsStatement(const SqlDialect &dialect, const InteractionFilter &filter,
                                       InteractionFilter::TextPlan plan, qint64 offset, int rows,
                                       qint64 shown)
{
    using SortKey = InteractionFilter::SortKey;
    PageIds page;
    InteractionFilter order = filter;
    qint64 limit = rows;
    const bool reversible = filter.sortKey == SortKey::Date || filter.sortKey == SortKey::Id;
    if (reversible && shown > 0 && offset < shown && offset > shown / 2) {
        page.reversed = true;
        order.sortOrder
            = filter.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        const qint64 end = std::min<qint64>(offset + rows, shown);
        limit = end - offset;
        offset = shown - end;
    }
    page.statement.sql = QStringLiteral("SELECT i.id")
        + order.sqlFromWhere(dialect, page.statement.bindings, plan) + order.sqlOrderBy()
        + QStringLiteral(" LIMIT ? OFFSET ?");
    page.statement.bindings << limit << offset;
    return page;
}

QString InteractionPageQuery::pageRowsStatement(qsizetype ids)
{
    QStringList marks;
    marks.reserve(ids);
    for (qsizetype i = 0; i < ids; ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral(
               "SELECT i.id, i.lead_id, i.contact_id, i.interaction_type,"
               " substr(i.details, 1, %1), i.order_placed, i.occurred_at, l.name, c.name,"
               " o.total_price_cents FROM interactions i"
               " JOIN leads l ON l.id = i.lead_id JOIN contacts c ON c.id = i.contact_id"
               " LEFT JOIN order_details o ON o.interaction_id = i.id"
               " WHERE i.id IN (%2)")
        .arg(shownDetailsLength)
        .arg(marks.join(QLatin1Char(',')));
}

StoreResult<qint64> InteractionPageQuery::newestId() const
{
    return numberOf(m_database,
                    { QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"), {} });
}

StoreResult<qint64> InteractionPageQuery::countAll() const
{
    return numberOf(m_database, { QStringLiteral("SELECT count(*) FROM interactions"), {} });
}

StoreResult<qint64> InteractionPageQuery::count(const InteractionFilter &filter) const
{
    return numberOf(m_database, countStatement(m_database.dialect(), filter));
}

StoreResult<qint64> InteractionPageQuery::countAbove(const InteractionFilter &filter,
                                                     qint64 after) const
{
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT count(*) FROM %1 shown WHERE shown.id > ?")
                        .arg(shownRows(m_database.dialect(), filter, statement.bindings));
    statement.bindings << after;
    return numberOf(m_database, statement);
}

StoreResult<qint64> InteractionPageQuery::orderCents(const InteractionFilter &filter) const
{
    // Without a filter every order's details count; the join would read every interaction.
    if (filter.isEmpty())
        return numberOf(
            m_database,
            { QStringLiteral("SELECT coalesce(sum(total_price_cents), 0) FROM order_details"),
              {} });
    SqlStatement statement;
    statement.sql = QStringLiteral("SELECT coalesce(sum(o.total_price_cents), 0) FROM %1 shown"
                                   " JOIN order_details o ON o.interaction_id = shown.id")
                        .arg(shownRows(m_database.dialect(), filter, statement.bindings));
    return numberOf(m_database, statement);
}

StoreResult<QList<InteractionPageQuery::Row>>
InteractionPageQuery::page(const InteractionFilter &filter, InteractionFilter::TextPlan plan,
                           qint64 offset, int rows, qint64 shown) const
{
    const PageIds pageIds
        = pageIdsStatement(m_database.dialect(), filter, plan, offset, rows, shown);
    return rowsOf(pageIds.statement, rows, pageIds.reversed);
}

StoreResult<QList<InteractionPageQuery::Row>>
InteractionPageQuery::firstRowsAmong(const InteractionFilter &filter, int rows, qint64 walked) const
{
    return rowsOf(firstIdsAmongStatement(m_database.dialect(), filter, rows, walked), rows, false);
}

SqlStatement InteractionPageQuery::firstIdsAmongStatement(const SqlDialect &dialect,
                                                          const InteractionFilter &filter, int rows,
                                                          qint64 walked)
{
    // The walked rows are the newest (or oldest) in the filter's own order, so the matches among
    // them are the first matches of all, and the database stops after walked rows of the index.
    SqlStatement statement;
    statement.bindings << walked;
    const QString fromWhere = filter.sqlFromWhere(dialect, statement.bindings,
                                                  InteractionFilter::TextPlan::CheckEachRow);
    const QString table = QStringLiteral(" FROM interactions i");
    Q_ASSERT(fromWhere.startsWith(table));
    statement.sql = QStringLiteral("SELECT i.id FROM (SELECT * FROM interactions i%1 LIMIT ?) i")
                        .arg(filter.sqlOrderBy())
        + fromWhere.mid(table.size()) + filter.sqlOrderBy() + QStringLiteral(" LIMIT ?");
    statement.bindings << rows;
    return statement;
}

StoreResult<QList<InteractionPageQuery::Row>>
InteractionPageQuery::rowsOf(const SqlStatement &idsStatement, int rows, bool reversed) const
{
    QSqlQuery ids(m_database.connection());
    ids.setForwardOnly(true);
    ids.prepare(idsStatement.sql);
    bindAll(ids, idsStatement.bindings);
    if (!ids.exec())
        return StoreResult<QList<Row>>::failed(ids.lastError().text());
    QList<qint64> order;
    order.reserve(rows);
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    if (reversed)
        std::reverse(order.begin(), order.end());

    QList<Row> result;
    result.reserve(order.size());
    if (order.isEmpty())
        return StoreResult<QList<Row>>::success(result);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(pageRowsStatement(order.size()));
    for (qint64 id : order)
        query.addBindValue(id);
    if (!query.exec())
        return StoreResult<QList<Row>>::failed(query.lastError().text());
    QHash<qint64, Row> byId;
    byId.reserve(order.size());
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.lead = query.value(1).toLongLong();
        row.contact = query.value(2).toLongLong();
        row.typeCode = query.value(3).toString();
        row.details = query.value(4).toString();
        row.orderPlaced = query.value(5).toInt() != 0;
        row.occurredAt = query.value(6).toLongLong();
        row.leadName = query.value(7).toString();
        row.contactName = query.value(8).toString();
        if (!query.value(9).isNull())
            row.totalCents = query.value(9).toLongLong();
        byId.insert(row.id, row);
    }
    for (qint64 id : order)
        result.append(byId.value(id, Row { id, 0, 0, {}, {}, {}, {}, false, 0, {} }));
    return StoreResult<QList<Row>>::success(result);
}

StoreResult<qint64> InteractionPageQuery::rowOf(const InteractionFilter &filter, qint64 id) const
{
    return placeOf(m_database, filter, QStringLiteral("position"), QStringLiteral("id = ?"), id);
}

StoreResult<qint64> InteractionPageQuery::firstRowAbove(const InteractionFilter &filter,
                                                        qint64 after) const
{
    return placeOf(m_database, filter, QStringLiteral("min(position)"), QStringLiteral("id > ?"),
                   after);
}
