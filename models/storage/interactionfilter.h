#pragma once

// Which interactions to show and in what order: a value that the store turns into SQL with bound
// parameters, so that filtering and sorting happen in the database at any size.

#include "core/interactiontype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class SqlDialect;

struct InteractionFilter
{
    // Each key sorts by its column's value, ties going newest first (then by id), so that a
    // lead's or a type's rows read as a history; OrderAmount is the order's total, and rows
    // without one sort as the least.
    enum class SortKey { Id, Date, Lead, Contact, Type, Details, OrderAmount };

    std::optional<qint64> lead;
    std::optional<qint64> contact;
    QList<InteractionType> types; // empty: every type
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> until; // exclusive
    bool ordersOnly = false;
    // Found anywhere in the details, the lead's or the contact's name or the order's product,
    // ignoring case.
    QString text;

    SortKey sortKey = SortKey::Id;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool isEmpty() const
    {
        return !lead && !contact && types.isEmpty() && !from && !until && !ordersOnly
            && text.isEmpty();
    }

    // How a full-text condition is written; every plan gives the same rows. LookUpMatches: the
    // database reads every match by id, then sorts them; quick when matches are few.
    // WalkSortOrder: rows are read in the sort's own index order and each is checked against the
    // set of matches, stopping once the page is full. CheckEachRow: the same walk, with each
    // row's text checked as the index would (trigram_contains(), which Database adds to its
    // connection), so that the index is not read at all; quick for a common word near the top.
    // The full-text conditions are the dialect's (SqlDialect::fullTextIds(), rowContains()).
    enum class TextPlan { LookUpMatches, WalkSortOrder, CheckEachRow };

    // "FROM interactions i ... WHERE ..." with its bindings appended, and the matching ORDER BY.
    QString sqlFromWhere(const SqlDialect &dialect, QVariantList &bindings,
                         TextPlan plan = TextPlan::LookUpMatches) const;
    QString sqlOrderBy() const;
    // "SELECT count(*) ..." of the rows this filter lets through, the cheapest way: a search
    // alone is counted in the full-text index (details and products), and only the rows found
    // by a name are read.
    QString sqlCount(const SqlDialect &dialect, QVariantList &bindings) const;
    // A search with no other condition, sorted by date: the rows come in the order of the date
    // index, so that the first of them can be found by walking it and checking each row.
    bool walksDatesAlone(const SqlDialect &dialect) const;
    // The cheaper plan for rows [offset, offset + rows) when the filter lets matches of total
    // interactions through.
    TextPlan textPlanFor(const SqlDialect &dialect, qint64 matches, qint64 total, qint64 offset,
                         qint64 rows) const;

    friend bool operator==(const InteractionFilter &a, const InteractionFilter &b)
    {
        return a.lead == b.lead && a.contact == b.contact && a.types == b.types && a.from == b.from
            && a.until == b.until && a.ordersOnly == b.ordersOnly && a.text == b.text
            && a.sortKey == b.sortKey && a.sortOrder == b.sortOrder;
    }
    friend bool operator!=(const InteractionFilter &a, const InteractionFilter &b)
    {
        return !(a == b);
    }
};
