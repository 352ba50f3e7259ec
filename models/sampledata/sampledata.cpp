#include "sampledata/sampledata.h"

StoreResult<SampleData::Counts> SampleData::fill(Database &database, const Options &options)
{
    return DatasetGenerator(database).generateSample(options);
}
