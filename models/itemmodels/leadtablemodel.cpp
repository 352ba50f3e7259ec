#include "itemmodels/leadtablemodel.h"

#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <utility>

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

QString sortExpression(int column)
{
    switch (column) {
    case LeadTableModel::StatusColumn:
        return statusRank();
    case LeadTableModel::CityColumn:
        return QStringLiteral("lower(l.city)");
    case LeadTableModel::LastContactColumn:
        return QStringLiteral("last_contact");
    case LeadTableModel::InteractionsColumn:
        return QStringLiteral("interaction_count");
    case LeadTableModel::OrderTotalColumn:
        return QStringLiteral("order_cents");
    default:
        return QStringLiteral("lower(l.name)");
    }
}

} // namespace

LeadTableModel::LeadTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
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
    m_rows.clear();
    if (!m_database.isOpen())
        return;
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
    if (m_statusFilter) {
        conditions << QStringLiteral("l.status = ?");
        bindings << LeadStatuses::code(*m_statusFilter);
    }
    if (!m_nameFilter.isEmpty()) {
        conditions << QStringLiteral("instr(lower(l.name), lower(?)) > 0");
        bindings << m_nameFilter;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString direction
        = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, l.id %2").arg(sortExpression(m_sortColumn), direction);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return;
    }
    m_lastError.clear();
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
        m_rows.append(row);
    }
}

LeadTableModel::Row LeadTableModel::leadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row {};
}

int LeadTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
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

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case CityColumn:
        return tr("City");
    case LastContactColumn:
        return tr("Last Contact");
    case InteractionsColumn:
        return tr("Interactions");
    case OrderTotalColumn:
        return tr("Order Total");
    default:
        return {};
    }
}
