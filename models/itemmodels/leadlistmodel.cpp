#include "itemmodels/leadlistmodel.h"

#include "core/recordlabels.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

LeadListModel::LeadListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & Database::Change::Leads)
            refresh();
    });
    load();
}

void LeadListModel::setNameFilter(const QString &part)
{
    if (part == m_nameFilter)
        return;
    m_nameFilter = part;
    refresh();
}

void LeadListModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void LeadListModel::load()
{
    m_leads.clear();
    m_labels.clear();
    if (!m_database.isOpen())
        return;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, name, status, city, phone, email, notes"
                                           " FROM leads");
    const QString order = QStringLiteral(" ORDER BY lower(name), id");
    if (m_nameFilter.isEmpty()) {
        query.prepare(columns + order);
    } else {
        query.prepare(columns + QStringLiteral(" WHERE instr(lower(name), lower(?)) > 0") + order);
        query.addBindValue(m_nameFilter);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return;
    }
    m_lastError.clear();
    while (query.next()) {
        m_leads.append(
            { query.value(0).toLongLong(), query.value(1).toString(),
              LeadStatuses::fromCode(query.value(2).toString()).value_or(LeadStatus::New),
              query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
              query.value(6).toString() });
    }
    QList<QString> names;
    QList<QString> cities;
    QList<qint64> ids;
    for (const Lead &lead : std::as_const(m_leads)) {
        names.append(lead.name);
        cities.append(lead.city);
        ids.append(lead.id);
    }
    m_labels = RecordLabels::distinct(names, cities, ids);
}

Lead LeadListModel::leadAt(int row) const
{
    return row >= 0 && row < m_leads.size() ? m_leads.at(row) : Lead {};
}

int LeadListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_leads.size(); ++row) {
        if (m_leads.at(row).id == id)
            return row;
    }
    return -1;
}

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int LeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    // Views and pickers ask with invalid indexes; checkIndex() would warn about each.
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Lead &lead = m_leads.at(index.row());
    if (role == IdRole)
        return lead.id;
    if (role == LabelRole)
        return m_labels.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return lead.name;
    case StatusColumn:
        return LeadStatuses::displayName(lead.status);
    case CityColumn:
        return lead.city;
    case PhoneColumn:
        return lead.phone;
    case EmailColumn:
        return lead.email;
    }
    return {};
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    default:
        return {};
    }
}

QHash<int, QByteArray> LeadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(LabelRole, QByteArrayLiteral("label"));
    return names;
}
