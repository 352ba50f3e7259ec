#pragma once

// Reads and writes leads; removing one removes its contacts and their interactions with it.

#include "leaddraft.h"
#include "storeresult.h"

#include <QList>

class Database;

class LeadStore final
{
public:
    struct Dependents
    {
        qint64 contacts = 0;
        qint64 interactions = 0;
    };

    explicit LeadStore(Database &database)
        : m_database(database)
    { }

    ValidationErrors check(const LeadDraft &draft, std::optional<qint64> id = {}) const;
    StoreResult<Lead> create(const LeadDraft &draft); // status defaults to NEW
    StoreResult<Lead> update(qint64 id, const LeadDraft &change);
    StoreResult<Lead> remove(qint64 id);

    StoreResult<Lead> get(qint64 id) const;
    // In id order; with nameContains, only those whose name has it (ignoring case), by name.
    StoreResult<QList<Lead>> list(qint64 offset = 0, qint64 limit = -1,
                                  const QString &nameContains = {}) const;
    StoreResult<qint64> count() const;
    // What a removal would take with it, for the question asked before.
    StoreResult<Dependents> dependents(qint64 id) const;

private:
    static LeadDraft withDefaults(const LeadDraft &draft);
    Database &m_database;
};
