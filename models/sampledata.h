#pragma once

// Real-looking leads, contacts and interactions with orders: for a newcomer's first look
// (`touchpoint --demo`), for tests, and at a million rows for measuring.

#include "storeresult.h"

#include <QDateTime>

class Database;

class SampleData final
{
public:
    struct Options
    {
        quint32 seed = 1;
        int leads = 8;
        int contactsPerLead = 3;
        qint64 interactions = 300;
        int days = 180; // spread over the days before until
        QDateTime until; // the latest possible time; invalid: now
    };

    struct Counts
    {
        qint64 leads = 0;
        qint64 contacts = 0;
        qint64 interactions = 0;
        qint64 orders = 0;
    };

    // Adds to what is there, in one transaction with prepared statements, and announces the
    // change once. The same seed and until give the same data.
    static StoreResult<Counts> fill(Database &database, const Options &options);
};
