#pragma once

// Reads and writes contacts; removing one removes its interactions with it.

#include "core/contactdraft.h"
#include "storage/interactionstore.h"
#include "storage/recordhistory.h"
#include "storage/storeresult.h"

#include <QList>

#include <optional>

class Database;
class PreparedQueries;
class SqlTransaction;

class ContactStore final
{
public:
    // A contact as it was taken out, with its interactions and their order details: what
    // restore() puts back under the same ids.
    struct Removed
    {
        Contact contact;
        QList<InteractionStore::Removed> interactions;
    };
    // Whether taking a record out may take what hangs on it with it: an undo of an addition must
    // not delete what another writer (an API client) attached to the new record meanwhile.
    enum class Cascade { Allowed, Refused };

    explicit ContactStore(Database &database);

    ValidationErrors check(const ContactDraft &draft, std::optional<qint64> id = {}) const;
    StoreResult<Contact> create(const ContactDraft &draft);
    StoreResult<Contact> update(qint64 id, const ContactDraft &change);
    // The writes below run under the caller's transaction, which commits and announces: a
    // replica's batch (ReplicaBatchStore) writes many records in one.
    // create() under the given id (one of a replica's blocks), as restore() writes it.
    StoreResult<Contact> createWithId(qint64 id, const ContactDraft &draft,
                                      SqlTransaction &transaction);
    StoreResult<Contact> update(qint64 id, const ContactDraft &change, SqlTransaction &transaction);
    StoreResult<Removed> takeOut(qint64 id, Cascade cascade, SqlTransaction &transaction);
    StoreResult<Contact> remove(qint64 id);
    // remove() that answers everything it removed, for an undo. With Cascade::Refused, a contact
    // that has interactions is left as it is and the answer is Invalid ("interactions").
    StoreResult<Removed> takeOut(qint64 id, Cascade cascade = Cascade::Allowed);
    // Puts back what takeOut() answered under the same ids, in one transaction, and announces it.
    // Invalid when its lead no longer exists.
    StoreResult<Contact> restore(const Removed &removed);
    // restore() inside the caller's transaction, which the caller commits and announces.
    StoreResult<Contact> restore(const Removed &removed, SqlTransaction &transaction);
    // What takeOut() would answer, read inside the caller's transaction.
    StoreResult<Removed> removable(qint64 id) const;
    // What the history records of removing it: the contact's deletion, then each interaction's
    // (a database's cascade deletes them without a word).
    static QList<RecordHistory::Record> deletions(const Removed &removed,
                                                  std::optional<qint64> person);

    StoreResult<Contact> get(qint64 id) const;
    // In id order, of one lead or of all.
    StoreResult<QList<Contact>> list(std::optional<qint64> lead = {}, qint64 offset = 0,
                                     qint64 limit = -1) const;
    StoreResult<qint64> count(std::optional<qint64> lead = {}) const;
    StoreResult<qint64> interactionCount(qint64 id) const;

private:
    static ContactDraft withDefaults(const ContactDraft &draft);
    // Under the caller's transaction; its interactions and their order details go with it, and
    // the history records each of them deleted.
    QString erase(const Removed &removed, SqlTransaction &transaction);

    Database &m_database;
    // The database's own, shared by every store on it.
    PreparedQueries &m_queries;
};
