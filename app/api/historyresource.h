#pragma once

// The history endpoints of leads, contacts and interactions: every recorded change of a record
// (RecordHistory), oldest first, also of one deleted since.

#include "apiresponse.h"
#include "storage/recordhistory.h"

class Database;

class HistoryResource final
{
public:
    explicit HistoryResource(Database &database)
        : m_database(database)
    { }

    // [{"at", "by", "change", "fields"}, ...]; 404 when the record neither exists nor ever
    // changed since history was kept.
    ApiResponse of(RecordHistory::Kind kind, qint64 id) const;

private:
    Database &m_database;
};
