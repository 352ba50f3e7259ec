#pragma once

// What changed since a revision, for a replica that catches up with the server: each lead,
// contact and interaction changed after it, once, as it is now or as a tombstone, in the order of
// the revisions the server gave the commits (docs/sync.md).

#include "storage/recordhistory.h"
#include "storage/storeresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class Database;
class PreparedQueries;

class SyncFeed final
{
public:
    // One record changed in the page's revisions, as it is now.
    struct Entry
    {
        RecordHistory::Kind kind = RecordHistory::Kind::Interaction;
        qint64 id = 0;
        qint64 revision = 0; // of its newest change
        // A tombstone: the record is no longer there; json and orderDetailsJson are empty.
        bool deleted = false;
        QByteArray json; // as the API writes it (JsonForm::write())
        QByteArray orderDetailsJson; // an interaction's order details; empty when it has none
        // As history and the sync compare it (RecordHistory::withOrderDetails()).
        QJsonObject object() const
        {
            return RecordHistory::withOrderDetails(RecordHistory::objectOf(json),
                                                   RecordHistory::objectOf(orderDetailsJson));
        }
    };
    struct Page
    {
        QList<Entry> entries; // in the order of their revisions
        // What to ask from next: the last revision the page covers (the one asked when the page
        // is empty). Every revision up to it is in this page or an earlier one.
        qint64 next = 0;
        bool more = false; // revisions after next were already there when the page was read
    };

    explicit SyncFeed(Database &database);

    // The records changed after revision, in up to limit changes' worth of revisions, never
    // splitting one (a transaction's changes share a revision, so a page may hold more): each
    // record once, in the page of its newest change, so that a record changed again since is
    // left to a later page. Invalid when limit is not at least 1 or revision is negative.
    StoreResult<Page> changesSince(qint64 revision, int limit) const;
    // The download of a replica that joins: up to limit records of kind with ids above after, in
    // id order, as they are now (revision 0). Every record is there, with history or without.
    StoreResult<QList<Entry>> recordsAfter(RecordHistory::Kind kind, qint64 after, int limit) const;
    // The record as it is now, as history and the sync compare it (RecordHistory::objectOf(), an
    // interaction with its order's fields); empty when it is not there.
    StoreResult<QJsonObject> recordNow(RecordHistory::Kind kind, qint64 id) const;
    // The newest revision committed (0 before any change).
    StoreResult<qint64> currentRevision() const;

private:
    StoreResult<Entry> stateOf(Entry entry) const;

    Database &m_database;
    PreparedQueries &m_queries;
};
