#pragma once

// Reads and writes leads; removing one removes its contacts and their interactions with it.

#include "core/leaddraft.h"
#include "storage/contactstore.h"
#include "storage/storeresult.h"

#include <QList>

class Database;
class PreparedQueries;
class SqlTransaction;

class LeadStore final
{
public:
    struct Dependents
    {
        qint64 contacts = 0;
        qint64 interactions = 0;
    };
    // A lead as it was taken out, with its contacts, their interactions and order details: what
    // restore() puts back under the same ids.
    struct Removed
    {
        Lead lead;
        QList<ContactStore::Removed> contacts;
    };
    using Cascade = ContactStore::Cascade;

    explicit LeadStore(Database &database);

    ValidationErrors check(const LeadDraft &draft, std::optional<qint64> id = {}) const;
    StoreResult<Lead> create(const LeadDraft &draft); // status defaults to NEW
    StoreResult<Lead> update(qint64 id, const LeadDraft &change);
    // The writes below run under the caller's transaction, which commits and announces: a
    // replica's batch (ReplicaBatchStore) writes many records in one.
    // create() under the given id (one of a replica's blocks), as restore() writes it.
    StoreResult<Lead> createWithId(qint64 id, const LeadDraft &draft, SqlTransaction &transaction);
    StoreResult<Lead> update(qint64 id, const LeadDraft &change, SqlTransaction &transaction);
    StoreResult<Removed> takeOut(qint64 id, Cascade cascade, SqlTransaction &transaction);
    StoreResult<Lead> remove(qint64 id);
    // remove() that answers everything it removed, for an undo. With Cascade::Refused, a lead
    // that has contacts is left as it is and the answer is Invalid ("contacts").
    StoreResult<Removed> takeOut(qint64 id, Cascade cascade = Cascade::Allowed);
    // Puts back what takeOut() answered under the same ids, in one transaction, and announces it.
    StoreResult<Lead> restore(const Removed &removed);

    StoreResult<Lead> get(qint64 id) const;
    // In id order; with nameContains, only those whose name has it (ignoring case), by name.
    StoreResult<QList<Lead>> list(qint64 offset = 0, qint64 limit = -1,
                                  const QString &nameContains = {}) const;
    StoreResult<qint64> count() const;
    // What a removal would take with it, for the question asked before.
    StoreResult<Dependents> dependents(qint64 id) const;

private:
    static LeadDraft withDefaults(const LeadDraft &draft);
    // Under the caller's transaction; its contacts, their interactions and order details go
    // with it, and the history records each of them deleted.
    QString erase(const Removed &removed, SqlTransaction &transaction);

    Database &m_database;
    // The database's own, shared by every store on it.
    PreparedQueries &m_queries;
};
