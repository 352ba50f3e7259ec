#pragma once

// The leads by name, for the leads view and the lead pickers; narrowed by a part of the name.

#include "core/lead.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

class LeadListModel final : public QAbstractTableModel
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
    QString lastError() const { return m_lastError; }

    Lead leadAt(int row) const; // an empty Lead (id 0) when there is no such row
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void load();

    Database &m_database;
    QString m_nameFilter;
    QList<Lead> m_leads;
    QList<QString> m_labels;
    QString m_lastError;
};
