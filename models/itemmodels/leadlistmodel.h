#pragma once

// The leads by name, for the leads view and the lead pickers; narrowed by a part of the name.

#include "core/lead.h"
#include "itemmodels/recordtablemodel.h"

class Database;

class LeadListModel final : public RecordTableModel<Lead>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListModel)

public:
    enum Column { NameColumn, StatusColumn, CityColumn, PhoneColumn, EmailColumn };
    static constexpr int columnTotal = EmailColumn + 1;
    // LabelRole: the name with what tells it apart from another of that name ("Spice Garden —
    // Pune"), for pickers; roleNames() calls it "label".
    enum Role { IdRole = Qt::UserRole + 1, LabelRole };

    explicit LeadListModel(Database &database, QObject *parent = nullptr);

    QString nameFilter() const { return m_nameFilter; }
    void setNameFilter(const QString &part); // ignoring case; empty: every lead
    void refresh();

    Lead leadAt(int row) const { return recordAt(row); } // an empty Lead (id 0) when none

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void load();

    Database &m_database;
    QString m_nameFilter;
    QList<QString> m_labels;
};
