#include "testsamples.h"

#include <QTimeZone>

SampleData::Options testSamples(int leads, int contactsPerLead, qint64 interactions, quint32 seed)
{
    SampleData::Options options;
    options.seed = seed;
    options.leads = leads;
    options.contactsPerLead = contactsPerLead;
    options.interactions = interactions;
    options.until = QDateTime(QDate(2024, 6, 30), QTime(12, 0), QTimeZone::utc());
    return options;
}
