#pragma once

// The leads tab's table: each lead's name, status, city, last contact, number of interactions and
// order total, narrowed by status and by a part of the name and sorted by any column, all in
// SQL, so that thousands of leads stay quick to list and to sort.

#include "itemmodels/recordtablemodel.h"
#include "storage/leadtablequery.h"

#include <optional>

class Database;
class QTimer;

class LeadTableModel final : public RecordTableModel<LeadTableQuery::Row>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        CityColumn,
        LastContactColumn,
        InteractionsColumn,
        OrderTotalColumn
    };
    static constexpr int columnTotal = OrderTotalColumn + 1;
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // the LeadStatus, as an int
    };

    using Row = LeadTableQuery::Row;

    // A write of the leads shows at once. A write of interactions or orders alone (an API client
    // logging calls) is shown at most this long after it, so that a stream of them costs one
    // reading of every lead's counts per interval rather than one per write.
    static constexpr int countsDelayMs = 1000;

    explicit LeadTableModel(Database &database, QObject *parent = nullptr);

    std::optional<LeadStatus> statusFilter() const { return m_statusFilter; }
    void setStatusFilter(std::optional<LeadStatus> status); // none: every status
    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString &part); // ignoring case; empty: every lead
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void refresh();
    // While held (a status is being edited in place), changes are noted and shown on release, so
    // that a write elsewhere does not reset the table and close the editor under the person's
    // hands.
    void setRefreshHeld(bool held);

    Row leadAt(int row) const { return recordAt(row); } // an empty Row (id 0) when none

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The status is edited in place, through the store (LeadStatusDelegate), not by setData().
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void load();

    Database &m_database;
    std::optional<LeadStatus> m_statusFilter;
    QString m_nameFilter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer *m_countsChanged;
    bool m_refreshHeld = false;
    bool m_stale = false; // a refresh was held back
};
