#pragma once

// Reads one lead's interactions newest first, a page at a time after the last one shown: what
// the lead's timeline shows.

#include "storage/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

class LeadTimelineQuery final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime date; // UTC
        QString typeCode;
        QString contactName;
        QString details;
        bool orderPlaced = false;
        std::optional<qint64> totalCents;
    };

    explicit LeadTimelineQuery(const Database &database)
        : m_database(database)
    { }

    // How many interactions the lead has.
    StoreResult<qint64> count(qint64 lead) const;
    // Up to rows of the lead's interactions by date then id, newest first, starting after the
    // entry after (from the newest when it is null). Keyset paging on (date, id): a long history
    // costs no more a page than a short one.
    StoreResult<QList<Entry>> page(qint64 lead, const Entry *after, int rows) const;

private:
    const Database &m_database;
};
