#pragma once

// Reads the leads by name, narrowed by a part of the name: what the lead lists and pickers show.

#include "core/lead.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>

class Database;

class LeadListQuery final
{
public:
    explicit LeadListQuery(const Database &database)
        : m_database(database)
    { }

    // The leads whose name holds namePart, ignoring case (every lead when it is empty), by name
    // ignoring case, then id.
    StoreResult<QList<Lead>> read(const QString &namePart) const;

private:
    const Database &m_database;
};
