#pragma once

// The sample data a test fills a file with: its shape and seed, dated up to one fixed moment, so
// that every run of a test reads the same rows.

#include "sampledata/sampledata.h"

SampleData::Options testSamples(int leads, int contactsPerLead, qint64 interactions,
                                quint32 seed = 1);
