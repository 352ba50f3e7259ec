#pragma once

// Reads the leads tab's rows: each lead's name, status, city, last contact, number of
// interactions and order total, narrowed by status and by a part of the name and sorted by any
// of them, all in SQL, so that thousands of leads stay quick to list and to sort.

#include "core/leadstatus.h"
#include "core/money.h"
#include "storage/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

class LeadTableQuery final
{
public:
    enum class SortKey { Name, Status, City, LastContact, Interactions, OrderTotal };

    struct Row
    {
        qint64 id = 0;
        QString name;
        LeadStatus status = LeadStatus::New;
        QString city;
        std::optional<QDateTime> lastContact; // UTC; none without interactions
        qint64 interactions = 0;
        Money orderTotal;
    };

    explicit LeadTableQuery(const Database &database)
        : m_database(database)
    { }

    // The leads of status (every status when empty) whose name holds namePart, ignoring case
    // (every lead when it is empty), sorted by key (a status in the funnel's order) and then by
    // id, both in order.
    StoreResult<QList<Row>> read(std::optional<LeadStatus> status, const QString &namePart,
                                 SortKey key, Qt::SortOrder order) const;

private:
    const Database &m_database;
};
