#include "storage/interactionfilter.h"

#include "storage/sqldialect.h"

#include <algorithm>

namespace {

// What each step of a plan costs, in nanoseconds, as measured on a million interactions with the
// sqlite3 command line (docs/benchmarks.md, "Full-text search"): the index finding a match (any
// plan but CheckEachRow pays it for every match); reading a match by id and sorting it; keeping a
// match in the set a walk checks against; reading a row of the date index and checking it
// against the sets of the details or products and of the names; reading a row and checking its
// details and product.
constexpr double findMatchNs = 250;
constexpr double lookUpMatchNs = 1800;
constexpr double keepMatchNs = 100;
constexpr double walkRowNs = 100;
constexpr double checkRowNs = 1500;

bool usesFullText(const SqlDialect &dialect, const QString &text)
{
    return text.toUcs4().size() >= dialect.fullTextMinimumLength();
}

// The search's condition for a plan, its bindings appended. The interactions whose lead's or
// contact's name holds the text are each found in their own small full-text index: a name is
// matched in the leads' or contacts' table and its interactions by id, so that a rename updates
// one row of an index, not every interaction of the lead. The details and the order's product
// are one index (schema version 5), so that the two are one look-up. The unary + keeps the
// database from reading rows by the matches' ids, so that it walks the sort's index instead.
QString fullTextCondition(const SqlDialect &dialect, const QString &text,
                          InteractionFilter::TextPlan plan, QVariantList &bindings)
{
    using TextIndex = SqlDialect::TextIndex;
    QString own;
    QString mark;
    switch (plan) {
    case InteractionFilter::TextPlan::LookUpMatches:
    case InteractionFilter::TextPlan::WalkSortOrder: {
        const SqlStatement matches = dialect.fullTextIds(TextIndex::Interactions, text);
        if (plan == InteractionFilter::TextPlan::WalkSortOrder)
            mark = QStringLiteral("+");
        own = mark + QStringLiteral("i.id IN ") + matches.sql;
        bindings << matches.bindings;
        break;
    }
    case InteractionFilter::TextPlan::CheckEachRow: {
        // The same test as the index's, on each row read; no product is NULL, which matches
        // nothing.
        const SqlStatement details = dialect.rowContains(QStringLiteral("i.details"), text);
        const SqlStatement product = dialect.rowContains(QStringLiteral("i.order_product"), text);
        own = details.sql + QStringLiteral(" OR ") + product.sql;
        bindings << details.bindings << product.bindings;
        mark = QStringLiteral("+");
        break;
    }
    }
    const SqlStatement leads = dialect.fullTextIds(TextIndex::Leads, text);
    const SqlStatement contacts = dialect.fullTextIds(TextIndex::Contacts, text);
    bindings << leads.bindings << contacts.bindings;
    return QStringLiteral("(%1 OR %2i.lead_id IN %3 OR %2i.contact_id IN %4)")
        .arg(own, mark, leads.sql, contacts.sql);
}

// A search through the full-text index with no other condition, whatever the sort.
bool searchesAlone(const SqlDialect &dialect, const InteractionFilter &filter)
{
    InteractionFilter alone;
    alone.text = filter.text;
    alone.sortKey = filter.sortKey;
    alone.sortOrder = filter.sortOrder;
    return usesFullText(dialect, filter.text) && filter == alone;
}

} // namespace

QString InteractionFilter::sqlFromWhere(const SqlDialect &dialect, QVariantList &bindings,
                                        TextPlan plan) const
{
    QString sql = QStringLiteral(" FROM interactions i");
    if (sortKey == SortKey::Lead)
        sql += QStringLiteral(" JOIN leads l ON l.id = i.lead_id");
    else if (sortKey == SortKey::Contact)
        sql += QStringLiteral(" JOIN contacts c ON c.id = i.contact_id");

    QStringList conditions;
    if (lead) {
        conditions << QStringLiteral("i.lead_id = ?");
        bindings << *lead;
    }
    if (contact) {
        conditions << QStringLiteral("i.contact_id = ?");
        bindings << *contact;
    }
    if (!types.isEmpty()) {
        QStringList marks;
        for (InteractionType type : types) {
            marks << QStringLiteral("?");
            bindings << InteractionTypes::code(type);
        }
        conditions
            << QStringLiteral("i.interaction_type IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (from) {
        conditions << QStringLiteral("i.occurred_at >= ?");
        bindings << from->toSecsSinceEpoch();
    }
    if (until) {
        conditions << QStringLiteral("i.occurred_at < ?");
        bindings << until->toSecsSinceEpoch();
    }
    if (ordersOnly)
        conditions << QStringLiteral("i.order_placed = 1");
    if (usesFullText(dialect, text)) {
        conditions << fullTextCondition(dialect, text, plan, bindings);
    } else if (!text.isEmpty()) {
        // Fewer than three characters have no trigram to look up: read every row.
        conditions
            << QStringLiteral(
                   "(i.details %1 ? ESCAPE '\\'"
                   " OR i.lead_id IN (SELECT id FROM leads WHERE name %1 ? ESCAPE '\\')"
                   " OR i.contact_id IN (SELECT id FROM contacts WHERE name %1 ? ESCAPE '\\')"
                   " OR i.order_product %1 ? ESCAPE '\\')")
                   .arg(dialect.likeIgnoringCase());
        const QString like = SqlDialect::likePatternContaining(text);
        bindings << like << like << like << like;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString InteractionFilter::sqlOrderBy() const
{
    const QString direction
        = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString columns;
    switch (sortKey) {
    case SortKey::Id:
        return QStringLiteral(" ORDER BY i.id") + direction;
    case SortKey::Date:
        // The id breaks ties so that the order is total and paging never repeats or skips a row.
        return QStringLiteral(" ORDER BY i.occurred_at%1, i.id%1").arg(direction);
    case SortKey::Lead:
        // Two leads of one name apart, each lead's rows together: the database walks the
        // leads by name and each lead's rows by date, with nothing to sort.
        columns = QStringLiteral("l.name%1, l.id%1").arg(direction);
        break;
    case SortKey::Contact:
        columns = QStringLiteral("c.name%1, c.id%1").arg(direction);
        break;
    case SortKey::Type:
        columns = QStringLiteral("i.interaction_type%1").arg(direction);
        break;
    case SortKey::Details:
        // As the index holds them (schema version 5); then the whole text, which gives the same
        // order as the whole text alone.
        columns = QStringLiteral("substr(i.details, 1, 32)%1, i.details%1").arg(direction);
        break;
    case SortKey::OrderAmount:
        // No amount is NULL, the least of values: first going up, last going down. Said
        // outright, since it is SQLite's default but not PostgreSQL's; SQLite plans it as it
        // plans its default.
        columns = QStringLiteral("i.order_total_cents%1 NULLS %2")
                      .arg(direction,
                           sortOrder == Qt::AscendingOrder ? QStringLiteral("FIRST")
                                                           : QStringLiteral("LAST"));
        break;
    }
    return QStringLiteral(" ORDER BY %1, i.occurred_at DESC, i.id DESC").arg(columns);
}

QString InteractionFilter::sqlCount(const SqlDialect &dialect, QVariantList &bindings) const
{
    if (searchesAlone(dialect, *this)) {
        // The matches of the details or the product counted in their index; then the rows
        // found only by a name, read through the indexes by lead and by contact and checked
        // against those matches.
        using TextIndex = SqlDialect::TextIndex;
        const SqlStatement counted = dialect.fullTextCount(TextIndex::Interactions, text);
        const SqlStatement leads = dialect.fullTextIds(TextIndex::Leads, text);
        const SqlStatement contacts = dialect.fullTextIds(TextIndex::Contacts, text);
        if (dialect.countsNameMatchesByTheirRows()) {
            // Each row found by a name is checked where it is read, once by its lead and once by
            // its contact; the union counts a row found both ways once. IS NOT TRUE: a row
            // without a product holds no match in it (NULL).
            const SqlStatement details = dialect.rowContains(QStringLiteral("i.details"), text);
            const SqlStatement product
                = dialect.rowContains(QStringLiteral("i.order_product"), text);
            const QString notHeld
                = QStringLiteral("(%1 OR %2) IS NOT TRUE").arg(details.sql, product.sql);
            bindings << counted.bindings << leads.bindings << details.bindings << product.bindings
                     << contacts.bindings << details.bindings << product.bindings;
            return QStringLiteral("SELECT %1 + (SELECT count(*) FROM ("
                                  "SELECT i.id FROM interactions i WHERE i.lead_id IN %2 AND %4"
                                  " UNION SELECT i.id FROM interactions i"
                                  " WHERE i.contact_id IN %3 AND %4) named)")
                .arg(counted.sql, leads.sql, contacts.sql, notHeld);
        }
        const SqlStatement matches = dialect.fullTextIds(TextIndex::Interactions, text);
        bindings << counted.bindings << leads.bindings << contacts.bindings << matches.bindings;
        return QStringLiteral("SELECT %1 + (SELECT count(*) FROM interactions i"
                              " WHERE (i.lead_id IN %2 OR i.contact_id IN %3) AND i.id NOT IN %4)")
            .arg(counted.sql, leads.sql, contacts.sql, matches.sql);
    }
    InteractionFilter unsorted = *this;
    unsorted.sortKey = SortKey::Id; // counting needs no join
    unsorted.sortOrder = Qt::AscendingOrder;
    return QStringLiteral("SELECT count(*)") + unsorted.sqlFromWhere(dialect, bindings);
}

bool InteractionFilter::walksDatesAlone(const SqlDialect &dialect) const
{
    return sortKey == SortKey::Date && searchesAlone(dialect, *this);
}

InteractionFilter::TextPlan InteractionFilter::textPlanFor(const SqlDialect &dialect,
                                                           qint64 matches, qint64 total,
                                                           qint64 offset, qint64 rows) const
{
    // Only a search alone, sorted by date, has an index to walk in its own order: with other
    // conditions the database picks its way by them.
    if (!walksDatesAlone(dialect) || matches <= 0 || total <= 0)
        return TextPlan::LookUpMatches;
    const double walked
        = std::min(double(total), double(offset + rows) * double(total) / double(matches));
    const double lookUp = double(matches) * (findMatchNs + lookUpMatchNs);
    const double walk = double(matches) * (findMatchNs + keepMatchNs) + walked * walkRowNs;
    const double check = walked * checkRowNs;
    if (check <= walk && check <= lookUp)
        return TextPlan::CheckEachRow;
    return walk < lookUp ? TextPlan::WalkSortOrder : TextPlan::LookUpMatches;
}
