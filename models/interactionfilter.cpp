#include "interactionfilter.h"

#include <algorithm>

namespace {

// The trigram tokenizer indexes pieces of three characters; a shorter text matches nothing.
constexpr qsizetype fullTextMinimumLength = 3;

// What each plan costs, in nanoseconds, measured on a million interactions with the sqlite3
// command line (docs/benchmarks.md): the index finds a match in about 250 (any plan but
// CheckEachRow pays it for every match); reading a match by id and sorting it, about 1,800;
// keeping a match in the set a walk checks against, about 100; reading a row of the date index
// and checking it against that set, about 50; reading a row and checking its text, about 1,500.
constexpr double findMatchNs = 250;
constexpr double lookUpMatchNs = 1800;
constexpr double keepMatchNs = 100;
constexpr double walkRowNs = 50;
constexpr double checkRowNs = 1500;

// The text as one quoted FTS5 phrase, its own double quotes doubled, so that no character of it
// is read as FTS5 syntax; with the trigram tokenizer a phrase matches wherever its characters
// stand in a row, ignoring case.
QString fullTextPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("\"%1\"").arg(phrase);
}

bool usesFullText(const QString &text)
{
    return text.toUcs4().size() >= fullTextMinimumLength;
}

// A search through the full-text index with no other condition, whatever the sort.
bool searchesAlone(const InteractionFilter &filter)
{
    InteractionFilter alone;
    alone.text = filter.text;
    alone.sortKey = filter.sortKey;
    alone.sortOrder = filter.sortOrder;
    return usesFullText(filter.text) && filter == alone;
}

} // namespace

QString InteractionFilter::sqlFromWhere(QVariantList &bindings, TextPlan plan) const
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
    if (usesFullText(text)) {
        // SQLite FTS5 (schema version 3). The unary + keeps the database from reading rows by
        // the matches' ids, so that it walks the sort's index instead.
        switch (plan) {
        case TextPlan::LookUpMatches:
            conditions << QStringLiteral("i.id IN (SELECT rowid FROM interactions_fts"
                                         " WHERE interactions_fts MATCH ?)");
            bindings << fullTextPhrase(text);
            break;
        case TextPlan::WalkSortOrder:
            conditions << QStringLiteral("+i.id IN (SELECT rowid FROM interactions_fts"
                                         " WHERE interactions_fts MATCH ?)");
            bindings << fullTextPhrase(text);
            break;
        case TextPlan::CheckEachRow:
            // The same test as the index's, on each row read (TrigramContains, models/).
            conditions << QStringLiteral("trigram_contains(i.details, ?)");
            bindings << text;
            break;
        }
    } else if (!text.isEmpty()) {
        // Fewer than three characters have no trigram to look up: read every row.
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        conditions << QStringLiteral("i.details LIKE ? ESCAPE '\\'");
        bindings << QStringLiteral("%%1%").arg(pattern);
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString InteractionFilter::sqlOrderBy() const
{
    QString column;
    switch (sortKey) {
    case SortKey::Id:
        column = QStringLiteral("i.id");
        break;
    case SortKey::Date:
        column = QStringLiteral("i.occurred_at");
        break;
    case SortKey::Lead:
        column = QStringLiteral("l.name");
        break;
    case SortKey::Contact:
        column = QStringLiteral("c.name");
        break;
    case SortKey::Type:
        column = QStringLiteral("i.interaction_type");
        break;
    case SortKey::Details:
        column = QStringLiteral("i.details");
        break;
    case SortKey::OrderPlaced:
        column = QStringLiteral("i.order_placed");
        break;
    }
    const QString direction
        = sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (sortKey == SortKey::Id)
        return QStringLiteral(" ORDER BY i.id") + direction;
    // The id breaks ties so that the order is total and paging never repeats or skips a row.
    return QStringLiteral(" ORDER BY %1%2, i.id%2").arg(column, direction);
}

QString InteractionFilter::sqlCount(QVariantList &bindings) const
{
    if (searchesAlone(*this)) {
        bindings << fullTextPhrase(text);
        return QStringLiteral(
            "SELECT count(*) FROM interactions_fts WHERE interactions_fts MATCH ?");
    }
    InteractionFilter unsorted = *this;
    unsorted.sortKey = SortKey::Id; // counting needs no join
    unsorted.sortOrder = Qt::AscendingOrder;
    return QStringLiteral("SELECT count(*)") + unsorted.sqlFromWhere(bindings);
}

InteractionFilter::TextPlan InteractionFilter::textPlanFor(qint64 matches, qint64 total,
                                                           qint64 offset, qint64 rows) const
{
    // Only a search alone, sorted by date, has an index to walk in its own order: with other
    // conditions the database picks its way by them.
    if (!searchesAlone(*this) || sortKey != SortKey::Date || matches <= 0 || total <= 0)
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
