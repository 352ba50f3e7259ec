#pragma once

// One interaction's recorded changes (RecordHistory), oldest first, as a table: when, who, what
// kind of change, and which fields went from what to what. Read again when the interactions
// change.

#include "storage/recordhistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class Database;

class InteractionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionHistoryModel)

public:
    enum Column { When, Who, Change, Fields, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, // UTC QDateTime
    };

    explicit InteractionHistoryModel(Database &database, QObject *parent = nullptr);

    std::optional<qint64> interaction() const { return m_interaction; }
    void setInteraction(std::optional<qint64> interaction);
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
    std::optional<qint64> m_interaction;
    QList<RecordHistory::Entry> m_entries;
    QString m_lastError;
    QHash<QString, QString> m_names; // "lead12", "contact7": the name, or empty when removed
};
