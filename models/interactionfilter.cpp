#include "interactionfilter.h"

namespace {
// The trigram tokenizer indexes pieces of three characters; a shorter text matches nothing.
constexpr qsizetype fullTextMinimumLength = 3;
} // namespace

QString InteractionFilter::sqlFromWhere(QVariantList &bindings) const
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
    if (text.toUcs4().size() >= fullTextMinimumLength) {
        // SQLite FTS5 (schema version 3). The text goes in as one quoted phrase, its own double
        // quotes doubled, so that no character of it is read as FTS5 syntax; with the trigram
        // tokenizer a phrase matches wherever its characters stand in a row, ignoring case.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        conditions << QStringLiteral("i.id IN (SELECT rowid FROM interactions_fts"
                                     " WHERE interactions_fts MATCH ?)");
        bindings << QStringLiteral("\"%1\"").arg(phrase);
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
