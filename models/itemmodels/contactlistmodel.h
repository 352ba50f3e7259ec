#pragma once

// The contacts by name, of one lead or of all, for the lead page and the contact pickers.

#include "itemmodels/recordtablemodel.h"
#include "storage/contactlistquery.h"

#include <optional>

class Database;

class ContactListModel final : public RecordTableModel<ContactListQuery::Row>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)

public:
    enum Column { NameColumn, RoleColumn, EmailColumn, PhoneColumn, LeadColumn };
    static constexpr int columnTotal = LeadColumn + 1;
    // LabelRole: the name with its lead ("Kavya Iyer — Spice Garden"), for pickers; roleNames()
    // calls it "label".
    enum Role { IdRole = Qt::UserRole + 1, LeadIdRole, LabelRole };

    explicit ContactListModel(Database &database, QObject *parent = nullptr);

    std::optional<qint64> lead() const { return m_lead; }
    void setLead(std::optional<qint64> lead); // empty: the contacts of every lead
    void refresh();

    // An empty Contact (id 0) when there is no such row.
    Contact contactAt(int row) const { return Contact(recordAt(row)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void load();

    Database &m_database;
    std::optional<qint64> m_lead;
    QList<QString> m_labels;
};
