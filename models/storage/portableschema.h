#pragma once

// The schema's statements that SQLite and PostgreSQL read alike: the tables (but for their id
// column), the indexes and the order's copy beside its interaction, written once for
// SqliteSchema's and PostgresSchema's histories.

#include <QString>
#include <QStringList>

class PortableSchema final
{
public:
    // Version 1: leads, contacts, interactions and order_details, each id column as idColumn
    // says ("INTEGER PRIMARY KEY AUTOINCREMENT", or an identity column).
    static QStringList tables(const QString &idColumn);
    // Version 2's indexes.
    static QStringList queryIndexes();
    // Version 4's index.
    static QStringList typeDateIndexes();
    // Version 5: the order's amount and product as columns of interactions, filled from the
    // orders there are (the triggers that keep them are each engine's).
    static QStringList orderCopyColumns();
    // Version 5's indexes for the window's sorts; amountKey is the amount's key in the index
    // ("order_total_cents", with "NULLS FIRST" where the engine would put NULL last).
    static QStringList sortIndexes(const QString &amountKey);
    // Version 6: the people who reach the database through the API, each with the SHA-256 of
    // their token (hex); the id column as tables() takes it.
    static QStringList people(const QString &idColumn);
    // Version 7: every change of a lead, a contact or an interaction, who made it and when, field
    // by field (RecordHistory).
    static QStringList recordChanges(const QString &idColumn);
    // Version 8: the revision of each change, given by the server in commit order, and the one
    // row that counts them (SyncFeed, docs/sync.md).
    static QStringList syncClock();
    // Version 9: replicas, their blocks of ids and batches on a server; on a replica, whose
    // replica it is, how far in step, and what waits (docs/sync.md). idColumn as tables() takes it.
    static QStringList replicas(const QString &idColumn);
};
