#pragma once

// Reads what the interactions table shows: counts, sums and pages of the interactions a filter
// lets through, in the filter's order, and where an interaction stands in it. The statements are
// also handed out as text (the ...Statement functions), so that the window benchmark times the
// very SQL the table runs.

#include "storage/interactionfilter.h"
#include "storage/sqlstatement.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

class Database;
class SqlDialect;

class InteractionPageQuery final
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 lead = 0;
        qint64 contact = 0;
        QString leadName;
        QString contactName;
        QString typeCode;
        QString details; // its beginning only (shownDetailsLength)
        bool orderPlaced = false;
        qint64 occurredAt = 0;
        std::optional<qint64> totalCents;
    };

    // The table shows a line of the details; the whole text is a click away in the detail pane.
    static constexpr int shownDetailsLength = 500;

    explicit InteractionPageQuery(const Database &database)
        : m_database(database)
    { }

    // The highest id given to an interaction so far that is still there, 0 without any.
    StoreResult<qint64> newestId() const;
    // Every interaction, whatever the filter.
    StoreResult<qint64> countAll() const;
    // The interactions filter lets through.
    StoreResult<qint64> count(const InteractionFilter &filter) const;
    // Those of them with an id above after.
    StoreResult<qint64> countAbove(const InteractionFilter &filter, qint64 after) const;
    // The order details' total of the interactions filter lets through, in cents.
    StoreResult<qint64> orderCents(const InteractionFilter &filter) const;
    // Rows [offset, offset + rows) in the filter's order, found by plan. Two steps: the page's ids
    // in the filter's order (the database skips rows on an index without joining them), then the
    // rows of those ids with their lead's and contact's names.
    // shown is the count of rows filter lets through (negative when not known).
    StoreResult<QList<Row>> page(const InteractionFilter &filter, InteractionFilter::TextPlan plan,
                                 qint64 offset, int rows, qint64 shown = -1) const;
    // The first rows of a search alone in date order (InteractionFilter::walksDatesAlone()) among
    // the first walked interactions of that order, each checked on the row itself: a common
    // word's first page without the look-up of all its matches. Fewer than rows when the walked
    // interactions held fewer matches, which says nothing of the others.
    StoreResult<QList<Row>> firstRowsAmong(const InteractionFilter &filter, int rows,
                                           qint64 walked) const;
    // Where interaction id stands in the filter's order, counting from 0; NotFound when the filter
    // does not let it through.
    StoreResult<qint64> rowOf(const InteractionFilter &filter, qint64 id) const;
    // Where the first interaction with an id above after stands; NotFound when there is none.
    StoreResult<qint64> firstRowAbove(const InteractionFilter &filter, qint64 after) const;

    static SqlStatement countStatement(const SqlDialect &dialect, const InteractionFilter &filter);
    // The statement of a page's ids. Past the middle of an order by date or by id, of which the
    // reverse is the same order read backwards, the ids are read from the other end (reversed),
    // so that the database steps over fewer rows: the last page of a million otherwise steps
    // over all of them (docs/benchmarks.md).
    struct PageIds
    {
        SqlStatement statement;
        bool reversed = false; // the ids come last first
    };
    static PageIds pageIdsStatement(const SqlDialect &dialect, const InteractionFilter &filter,
                                    InteractionFilter::TextPlan plan, qint64 offset, int rows,
                                    qint64 shown);
    static SqlStatement firstIdsAmongStatement(const SqlDialect &dialect,
                                               const InteractionFilter &filter, int rows,
                                               qint64 walked);
    // The rows of ids interactions, bound in the order of the page.
    static QString pageRowsStatement(qsizetype ids);

private:
    // The rows of the ids idsStatement reads, in its order (the other way round when reversed).
    StoreResult<QList<Row>> rowsOf(const SqlStatement &idsStatement, int rows, bool reversed) const;

    const Database &m_database;
};
