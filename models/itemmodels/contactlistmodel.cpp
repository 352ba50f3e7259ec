#include "itemmodels/contactlistmodel.h"

#include "core/recordlabels.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

ContactListModel::ContactListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & (Database::Change::Contacts | Database::Change::Leads))
            refresh();
    });
    load();
}

void ContactListModel::setLead(std::optional<qint64> lead)
{
    if (lead == m_lead)
        return;
    m_lead = lead;
    refresh();
}

void ContactListModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void ContactListModel::load()
{
    m_contacts.clear();
    m_leadNames.clear();
    m_labels.clear();
    if (!m_database.isOpen())
        return;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT c.id, c.lead_id, c.name, c.role, c.email, c.phone, l.name"
                                 " FROM contacts c JOIN leads l ON l.id = c.lead_id");
    if (m_lead)
        sql += QStringLiteral(" WHERE c.lead_id = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY lower(c.name), c.id"));
    if (m_lead)
        query.addBindValue(*m_lead);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return;
    }
    m_lastError.clear();
    while (query.next()) {
        m_contacts.append({ query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toString() });
        m_leadNames.append(query.value(6).toString());
    }
    QList<QString> names;
    QList<qint64> ids;
    for (const Contact &contact : std::as_const(m_contacts)) {
        names.append(contact.name);
        ids.append(contact.id);
    }
    m_labels = RecordLabels::distinct(names, m_leadNames, ids);
}

Contact ContactListModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? m_contacts.at(row) : Contact {};
}

int ContactListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id)
            return row;
    }
    return -1;
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    // Views and pickers ask with invalid indexes; checkIndex() would warn about each.
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Contact &contact = m_contacts.at(index.row());
    if (role == IdRole)
        return contact.id;
    if (role == LeadIdRole)
        return contact.lead;
    if (role == LabelRole)
        return m_labels.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return contact.name;
    case RoleColumn:
        return contact.role;
    case EmailColumn:
        return contact.email;
    case PhoneColumn:
        return contact.phone;
    case LeadColumn:
        return m_leadNames.at(index.row());
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case LeadColumn:
        return tr("Lead");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(LeadIdRole, QByteArrayLiteral("leadId"));
    names.insert(LabelRole, QByteArrayLiteral("label"));
    return names;
}
