#pragma once

// One lead's interactions as a timeline, newest first, fetched a batch at a time as a view
// scrolls, for the lead's page.

#include "storage/leadtimelinequery.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

class Database;

class LeadTimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTimelineModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole, // UTC QDateTime
        TypeRole, // the type's code, "CALL"
        ContactNameRole,
        DetailsRole,
        OrderPlacedRole,
        TitleRole, // "2024-12-24 15:30 · Call with Priya"
    };

    explicit LeadTimelineModel(Database &database, QObject *parent = nullptr);

    std::optional<qint64> lead() const { return m_lead; }
    void setLead(std::optional<qint64> lead);
    void refresh();
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    using Entry = LeadTimelineQuery::Entry;

    Database &m_database;
    std::optional<qint64> m_lead;
    QList<Entry> m_entries;
    qint64 m_total = 0;
    int m_batchSize = 100;
    bool m_changing = false;
    QString m_lastError;
};
