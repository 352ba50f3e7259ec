#pragma once

// One lead's, contact's or interaction's recorded changes (RecordHistory), oldest first, as a
// table: when, who, what kind of change, and which fields went from what to what. Read again when
// the records change.

#include "storage/recordhistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class Database;

class RecordHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryModel)

public:
    enum Column { When, Who, Change, Fields, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, // UTC QDateTime
    };

    explicit RecordHistoryModel(Database &database, QObject *parent = nullptr);

    // A field as a person reads it ("order_details.quantity" of an interaction: "Quantity").
    static QString fieldLabel(RecordHistory::Kind kind, const QString &field);

    RecordHistory::Kind kind() const { return m_kind; }
    std::optional<qint64> record() const { return m_record; }
    void setRecord(RecordHistory::Kind kind, std::optional<qint64> id);
    void setInteraction(std::optional<qint64> interaction)
    {
        setRecord(RecordHistory::Kind::Interaction, interaction);
    }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A field's name and its change as a person reads them: "Details: “A” → “B”"; a lead or a
    // contact by its name.
    QString describe(const QString &field, const QJsonObject &change) const;

private:
    void reload();
    void nameReferences(const QJsonObject &fields);

    Database &m_database;
    RecordHistory::Kind m_kind = RecordHistory::Kind::Interaction;
    std::optional<qint64> m_record;
    QList<RecordHistory::Entry> m_entries;
    QString m_lastError;
    QHash<QString, QString> m_names; // "lead12", "contact7": the name, or empty when removed
};
