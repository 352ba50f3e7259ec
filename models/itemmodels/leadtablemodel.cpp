#include "itemmodels/leadtablemodel.h"

#include "storage/database.h"

#include <QLocale>
#include <QTimer>

#include <utility>

namespace {

LeadTableQuery::SortKey sortKeyOf(int column)
{
    switch (column) {
    case LeadTableModel::StatusColumn:
        return LeadTableQuery::SortKey::Status;
    case LeadTableModel::CityColumn:
        return LeadTableQuery::SortKey::City;
    case LeadTableModel::LastContactColumn:
        return LeadTableQuery::SortKey::LastContact;
    case LeadTableModel::InteractionsColumn:
        return LeadTableQuery::SortKey::Interactions;
    case LeadTableModel::OrderTotalColumn:
        return LeadTableQuery::SortKey::OrderTotal;
    default:
        return LeadTableQuery::SortKey::Name;
    }
}

} // namespace

LeadTableModel::LeadTableModel(Database &database, QObject *parent)
    : RecordTableModel(
        {
            QT_TRANSLATE_NOOP("LeadTableModel", "Name"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Status"),
            QT_TRANSLATE_NOOP("LeadTableModel", "City"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Last Contact"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Interactions"),
            QT_TRANSLATE_NOOP("LeadTableModel", "Order Total"),
        },
        parent)
    , m_database(database)
    , m_countsChanged(new QTimer(this))
{
    m_countsChanged->setSingleShot(true);
    m_countsChanged->setInterval(countsDelayMs);
    connect(m_countsChanged, &QTimer::timeout, this, &LeadTableModel::refresh);
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & Database::Change::Leads)
            refresh();
        else if ((changes & (Database::Change::Interactions | Database::Change::OrderDetails))
                 && !m_countsChanged->isActive())
            m_countsChanged->start();
    });
    load();
}

void LeadTableModel::setStatusFilter(std::optional<LeadStatus> status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    refresh();
}

void LeadTableModel::setNameFilter(const QString &part)
{
    if (part == m_nameFilter)
        return;
    m_nameFilter = part;
    refresh();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnTotal)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(leadAt(index.row()).id);
    load();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LeadTableModel::setRefreshHeld(bool held)
{
    m_refreshHeld = held;
    if (!held && std::exchange(m_stale, false))
        refresh();
}

void LeadTableModel::refresh()
{
    m_countsChanged->stop();
    if (m_refreshHeld) {
        m_stale = true;
        return;
    }
    beginResetModel();
    load();
    endResetModel();
}

void LeadTableModel::load()
{
    m_records.clear();
    if (!m_database.isOpen())
        return;
    take(LeadTableQuery(m_database)
             .read(m_statusFilter, m_nameFilter, sortKeyOf(m_sortColumn), m_sortOrder));
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = RecordTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    const Row *shown = shownAt(index);
    if (!shown)
        return {};
    const Row &row = *shown;
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case Qt::TextAlignmentRole:
        if (index.column() == InteractionsColumn || index.column() == OrderTotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case StatusColumn:
        return LeadStatuses::displayName(row.status);
    case CityColumn:
        return row.city;
    case LastContactColumn:
        return row.lastContact
            // Written as the interactions table writes its dates, whatever the locale.
            ? locale.toString(row.lastContact->toLocalTime().date(), QStringLiteral("yyyy-MM-dd"))
            : QString();
    case InteractionsColumn:
        return locale.toString(row.interactions);
    case OrderTotalColumn:
        return row.orderTotal.cents() == 0 ? QString() : row.orderTotal.toLocaleText(locale);
    }
    return {};
}
