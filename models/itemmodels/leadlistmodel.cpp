#include "itemmodels/leadlistmodel.h"

#include "storage/database.h"
#include "storage/leadlistquery.h"

LeadListModel::LeadListModel(Database &database, QObject *parent)
    : RecordTableModel(
        {
            QT_TRANSLATE_NOOP("LeadListModel", "Name"),
            QT_TRANSLATE_NOOP("LeadListModel", "Status"),
            QT_TRANSLATE_NOOP("LeadListModel", "City"),
            QT_TRANSLATE_NOOP("LeadListModel", "Phone"),
            QT_TRANSLATE_NOOP("LeadListModel", "Email"),
        },
        parent)
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
    m_records.clear();
    m_labels.clear();
    if (!m_database.isOpen())
        return;
    take(LeadListQuery(m_database).read(m_nameFilter));
    m_labels = distinctLabels(&Lead::city);
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    const Lead *lead = shownAt(index);
    if (!lead)
        return {};
    if (role == IdRole)
        return lead->id;
    if (role == LabelRole)
        return m_labels.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return lead->name;
    case StatusColumn:
        return LeadStatuses::displayName(lead->status);
    case CityColumn:
        return lead->city;
    case PhoneColumn:
        return lead->phone;
    case EmailColumn:
        return lead->email;
    }
    return {};
}

QHash<int, QByteArray> LeadListModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(LabelRole, QByteArrayLiteral("label"));
    return names;
}
