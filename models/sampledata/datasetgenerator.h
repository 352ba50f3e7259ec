#pragma once

// Fills an empty Touchpoint database with a realistic, reproducible history of restaurants, their
// people, interactions and orders: large for benchmarks (`touchpoint generate`), small for a
// newcomer's first look (SampleData). Every row passes the rules; one word list serves both.

#include "storage/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class GeneratedRows;

class DatasetGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetGenerator)

public:
    struct Parameters
    {
        qint64 leads = 0;
        qint64 contactsPerLead = 0;
        qint64 interactions = 0;
        quint64 seed = 1;
    };

    // The small mode: a few leads named in a fixed order, their statuses in turn, each lead's
    // history telling its status's story over the days before until.
    struct SampleParameters
    {
        quint64 seed = 1;
        int leads = 8;
        int contactsPerLead = 3;
        qint64 interactions = 300;
        int days = 180; // spread over the days before until
        QDateTime until; // the latest possible time; invalid: now
    };

    struct Summary
    {
        qint64 leads = 0;
        qint64 contacts = 0;
        qint64 interactions = 0;
        qint64 orders = 0;
    };

    // Called now and then while rows are written: what is being written, how many so far, of
    // how many.
    using Progress = std::function<void(const QString &what, qint64 done, qint64 total)>;

    static constexpr qint64 maxLeads = 10'000'000;
    static constexpr qint64 maxContactsPerLead = 1'000;
    static constexpr qint64 maxContacts = 50'000'000;
    static constexpr qint64 maxInteractions = 500'000'000;

    // Every problem with the parameters at once, translated; empty when they are fine.
    static QStringList checkParameters(const Parameters &parameters);
    // Why the file at path must not be filled (translated), or empty when it is missing, empty,
    // or a Touchpoint database without a single row. Only reads the file.
    static QString refusalFor(const QString &path);

    // The whole command in one call: checks the parameters and the file, and only then opens
    // the file as a Touchpoint database (creating or migrating it) and fills it. A refused
    // request leaves the file exactly as it was.
    static StoreResult<Summary> generateFile(const QString &path, const Parameters &parameters,
                                             const Progress &progress = {});

    explicit DatasetGenerator(Database &database)
        : m_database(database)
    { }

    // Writes into the open database, which must hold no rows, in one transaction: all of it or
    // nothing. Every row passes the rules; the same parameters give the same rows.
    StoreResult<Summary> generate(const Parameters &parameters, const Progress &progress = {});
    // The same, in the small mode: the same parameters and until give the same rows.
    StoreResult<Summary> generateSample(const SampleParameters &parameters);

private:
    // The frame of both modes: the emptiness check inside the write lock (refusal when it
    // fails), the rows that write puts (empty, or why it stopped), the commit and one
    // announcement.
    StoreResult<Summary> writeAll(const QString &refusal,
                                  const std::function<QString(GeneratedRows &)> &write);

    Database &m_database;
};
