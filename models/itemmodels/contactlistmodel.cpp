#include "itemmodels/contactlistmodel.h"

#include "storage/database.h"

ContactListModel::ContactListModel(Database &database, QObject *parent)
    : RecordTableModel(
        {
            QT_TRANSLATE_NOOP("ContactListModel", "Name"),
            QT_TRANSLATE_NOOP("ContactListModel", "Role"),
            QT_TRANSLATE_NOOP("ContactListModel", "Email"),
            QT_TRANSLATE_NOOP("ContactListModel", "Phone"),
            QT_TRANSLATE_NOOP("ContactListModel", "Lead"),
        },
        parent)
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
    m_records.clear();
    m_labels.clear();
    if (!m_database.isOpen())
        return;
    take(ContactListQuery(m_database).read(m_lead));
    m_labels = distinctLabels(&ContactListQuery::Row::leadName);
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    const ContactListQuery::Row *contact = shownAt(index);
    if (!contact)
        return {};
    if (role == IdRole)
        return contact->id;
    if (role == LeadIdRole)
        return contact->lead;
    if (role == LabelRole)
        return m_labels.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return contact->name;
    case RoleColumn:
        return contact->role;
    case EmailColumn:
        return contact->email;
    case PhoneColumn:
        return contact->phone;
    case LeadColumn:
        return contact->leadName;
    }
    return {};
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(LeadIdRole, QByteArrayLiteral("leadId"));
    names.insert(LabelRole, QByteArrayLiteral("label"));
    return names;
}
