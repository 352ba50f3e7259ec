#pragma once

// Real-looking leads, contacts and interactions with orders, each lead's history telling the
// story of its status: for a newcomer's first look (`touchpoint --demo`, Load Sample Data in an
// empty database) and for tests.

#include "storage/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

class SampleData final
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

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

    // Fills an empty database (no leads, no interactions; refused otherwise, changing nothing)
    // in one transaction, every row checked by the rules, and announces the change once. The
    // same seed and until give the same data.
    static StoreResult<Counts> fill(Database &database, const Options &options);
};
