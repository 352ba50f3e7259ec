#pragma once

// The interactions table: counts and fetches only the pages a view shows, filtered and sorted by
// the database, so that opening, sorting and scrolling stay quick at a million rows.

#include "storage/interactionfilter.h"
#include "storage/interactionpagequery.h"
#include "storage/interactiontally.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimer>

#include <optional>

class Database;

class InteractionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionTableModel)

public:
    enum Column { DateColumn, LeadColumn, ContactColumn, TypeColumn, DetailsColumn, OrderColumn };
    static constexpr int columnTotal = OrderColumn + 1;
    enum Role {
        IdRole = Qt::UserRole + 1,
        LeadIdRole,
        ContactIdRole,
        OrderPlacedRole,
        DateRole, // the time in UTC, as a QDateTime
        NewRole, // true for an interaction added since acknowledgeNew()
    };

    explicit InteractionTableModel(Database &database, QObject *parent = nullptr);

    InteractionFilter filter() const { return m_filter; }
    // The sort key and order come with the filter; a view's sort() changes only those.
    void setFilter(const InteractionFilter &filter);
    // The rows the table has now. While isCounting(), the rows read so far (or, after a write,
    // the count before it): countsChanged() follows with the count.
    qint64 shownCount() const { return m_count; }
    // On a database whose counts read every row they count (PostgreSQL), the first rows show at
    // once and the count follows from another connection.
    // Either count is on its way: shownCount() as above, totalCount() not yet known.
    bool isCounting() const { return !m_counted || m_total < 0; }
    // Every interaction, whatever the filter.
    qint64 totalCount() const { return qMax<qint64>(0, m_total); }
    // The order details' total of the interactions the filter lets through, in cents; empty
    // while it is being summed (orderTotalChanged() follows).
    std::optional<qint64> shownOrderCents() const { return m_orderCents; }
    // Interactions the filter lets through that were added since acknowledgeNew() (or since the
    // model was made): written elsewhere, by the API or another process, or by this window.
    qint64 newShownCount() const { return m_newCount; }
    // The first of them in the current order, or -1: asks the database (and counts the rows at
    // once, while isCounting(), when the row lies past those shown so far).
    int firstNewRow();
    // They are no longer new.
    void acknowledgeNew();
    QString lastError() const { return m_lastError; }

    qint64 idAt(int row) const; // 0 when there is no such row
    // Where the interaction is under the current filter and sort, or -1: asks the database (and
    // counts likewise).
    int rowOf(qint64 id);
    // The same, looking only at the page around nearRow: cheap, for keeping a selection.
    int rowNear(qint64 id, int nearRow) const;
    void refresh();
    void setPageSize(int rows); // tests use small pages to cross their borders

    // How many of the newest (or oldest) interactions a search alone in date order checks for
    // its first page before it counts its matches (InteractionPageQuery::firstRowsAmong): first a
    // few, enough for a common word; then more, enough for a word in one interaction of fifty,
    // when the first walk found enough to expect the page. Measured on PostgreSQL in
    // docs/benchmarks.md.
    static constexpr qint64 firstWalk = 2000;
    static constexpr qint64 secondWalk = 20000;

    static InteractionFilter::SortKey sortKeyOf(int column);
    static int columnOf(InteractionFilter::SortKey key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged(qint64 shown, qint64 total);
    // A refresh brought interactions with ids above any seen before; shown of them pass the
    // filter. After the reset, so that views have their rows.
    void interactionsArrived(qint64 shown);
    void orderTotalChanged();

private:
    using Row = InteractionPageQuery::Row;

    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    enum TotalCount { CountTotal, KeepTotal };
    // estimate: the count before a write, kept as the rows shown until the count follows.
    void recount(TotalCount total = CountTotal, qint64 estimate = 0);
    void showBeforeCounting(qint64 estimate);
    std::optional<StoreResult<QList<Row>>> firstRowsByWalking(const InteractionPageQuery &query);
    void takeTally(quint64 ticket, const InteractionTally::Tally &tally);
    void settleCount(qint64 count);
    // Counts now, on this connection, for a row that may lie past the rows shown.
    void awaitCount();
    InteractionTally *tally();
    void countNew();
    void sumOrders();
    qint64 newestId() const;

    Database &m_database;
    InteractionFilter m_filter;
    qint64 m_count = 0;
    bool m_counted = true; // m_count is the database's count, not rows read so far
    InteractionTally *m_tally = nullptr; // made when first needed
    quint64 m_ticket = 0; // of the tally asked for the current filter and data
    qint64 m_total = -1; // -1 until counted
    std::optional<qint64> m_orderCents;
    QTimer *m_sumTimer;
    qint64 m_newestId = 0; // the highest id seen, never lowered: an undone delete is not new
    qint64 m_newAfter = 0; // ids above this are new
    qint64 m_newCount = 0;
    int m_pageSize = 256;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last, to drop the oldest
    mutable QString m_lastError;
};
