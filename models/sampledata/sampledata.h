#pragma once

// Real-looking leads, contacts and interactions with orders, each lead's history telling the
// story of its status: for a newcomer's first look (`touchpoint --demo`, Load Sample Data in an
// empty database) and for tests. It is the dataset generator in its small mode.

#include "sampledata/datasetgenerator.h"
#include "storage/storeresult.h"

class Database;

class SampleData final
{
public:
    using Options = DatasetGenerator::SampleParameters;
    using Counts = DatasetGenerator::Summary;

    // Fills an empty database (no leads, no interactions; refused otherwise, changing nothing)
    // in one transaction, every row checked by the rules, and announces the change once. The
    // same seed and until give the same data.
    static StoreResult<Counts> fill(Database &database, const Options &options);
};
