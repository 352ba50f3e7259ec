#pragma once

// The server's side of the replicas (docs/sync.md): which replicas joined and by whom, the blocks
// of ids each holds (IdSpace), when each was last seen, and the id of the server's history that
// a replica checks to learn that the server was restored from a backup.

#include "storage/storeresult.h"

#include <QList>
#include <QString>

class Database;
class PreparedQueries;
class SqlTransaction;

class ReplicaRegistry final
{
public:
    // What a replica is given when it joins.
    struct Joined
    {
        qint64 replica = 0;
        QList<qint64> blocks; // the first id of each, ascending
        qint64 revision = 0; // the server's revision when it joined (SyncFeed::currentRevision())
        QString history; // historyId()
    };

    // How many blocks a replica is given when it joins: one to use, one to go on with while
    // it asks for the next.
    static constexpr int blocksAtJoin = 2;

    explicit ReplicaRegistry(Database &database);

    // A new replica named name, of the database's acting person, with blocksAtJoin blocks, in one
    // transaction. Invalid when the name is empty or the id space has no block left.
    StoreResult<Joined> join(const QString &name);
    // One more block for replica: its first id. NotFound for a replica that never joined;
    // Invalid when the id space has no block left.
    StoreResult<qint64> grantBlock(qint64 replica);
    // The first ids of replica's blocks, ascending.
    StoreResult<QList<qint64>> blocks(qint64 replica) const;
    // Whether id lies in one of replica's blocks.
    StoreResult<bool> owns(qint64 replica, qint64 id) const;
    StoreResult<bool> exists(qint64 replica) const;
    // Who joined it (none: nobody of PersonStore). NotFound for a replica that never joined.
    StoreResult<std::optional<qint64>> personOf(qint64 replica) const;
    // Notes that replica was seen now. NotFound for a replica that never joined.
    StoreResult<bool> touch(qint64 replica);
    // The id of the server's history, made on first asking (a restore from a backup clears it,
    // so that the next asking makes a new one).
    StoreResult<QString> historyId();

private:
    StoreResult<qint64> grant(qint64 replica, SqlTransaction &transaction);
    StoreResult<QString> readHistoryId() const;

    Database &m_database;
    // The database's own, shared by every store on it.
    PreparedQueries &m_queries;
};
