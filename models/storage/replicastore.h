#pragma once

// A replica's own side of the sync (a laptop's file, docs/sync.md): whose replica it is and how
// far in step, what waits to be sent with the base each record is sent against, writing what the
// server sent and answered, and the conflicts kept for a person to decide.

#include "storage/recordhistory.h"
#include "storage/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;
class PreparedQueries;
class ReplicaRows;

class ReplicaStore final
{
public:
    struct Membership
    {
        QString server; // the server's URL
        QByteArray token;
        // Certificates (PEM) trusted for the server's besides the system's: a team's own
        // authority, or the server's own certificate. Empty: the system's only.
        QByteArray caCertificates;
        qint64 replica = 0;
        QString history; // the server's history id (a restore from a backup gives a new one)
        QDateTime joinedAt;
        // The download at join: the server's revision it began at, and the kind and id it goes
        // on after; no kind once everything was downloaded.
        qint64 snapshotRevision = 0;
        std::optional<RecordHistory::Kind> snapshotKind;
        qint64 snapshotAfter = 0;
        qint64 pulledRevision = 0; // the server's feed is written up to it
        qint64 sentRevision = 0; // this file's changes up to it were answered by the server
        // A batch sent and not answered yet: sent again, the same, before anything else.
        QString pendingBatch;
        QByteArray pendingBody;
        qint64 pendingUpTo = 0;
        QDateTime lastRoundAt;
        QDateTime offlineSince;
        QList<qint64> blocks; // first ids, ascending

        bool downloaded() const { return !snapshotKind; }
    };
    // A record as the server sent it, flattened (RecordHistory::objectOf()); empty: not there.
    struct Incoming
    {
        RecordHistory::Kind kind = RecordHistory::Kind::Interaction;
        qint64 id = 0;
        qint64 revision = 0;
        QJsonObject record;
    };
    // A record changed here since the server last answered: as it was then (base) and now.
    struct Outgoing
    {
        RecordHistory::Kind kind = RecordHistory::Kind::Interaction;
        qint64 id = 0;
        QJsonObject base;
        QJsonObject mine;
        QDateTime madeAt; // of its newest change here
    };
    struct Outbox
    {
        QList<Outgoing> changes;
        qint64 upTo = 0; // this file's revision the changes cover
    };
    // The server's answer to one sent change.
    struct Answer
    {
        enum class Outcome { Merged, Conflict, Rejected };
        RecordHistory::Kind kind = RecordHistory::Kind::Interaction;
        qint64 id = 0;
        Outcome outcome = Outcome::Merged;
        QString merge; // the kind of conflict, as the server names it
        QJsonArray conflicts; // [{"field", "base", "mine", "theirs"}]
        QJsonObject errors; // why it was rejected
        QJsonObject record; // as the server now has it; empty: not there
    };
    struct Conflict
    {
        qint64 id = 0;
        RecordHistory::Kind kind = RecordHistory::Kind::Interaction;
        qint64 record = 0;
        QDateTime foundAt;
        QString outcome; // the server's name of the conflict, or "rejected"
        QJsonArray fields;
        QJsonObject mine; // empty: deleted here
        QJsonObject theirs; // empty: not on the server
        QJsonObject errors;
    };
    struct Status
    {
        qint64 waiting = 0; // records with changes the server has not answered
        qint64 conflicts = 0;
        QDateTime lastRoundAt;
        QDateTime offlineSince;
    };

    // The records a file holds before it joins: they take ids of the replica's first block when
    // it joins (a person is told so first), and are sent to the server.
    struct Held
    {
        qint64 leads = 0;
        qint64 contacts = 0;
        qint64 interactions = 0;
        bool isEmpty() const { return leads == 0 && contacts == 0 && interactions == 0; }
    };

    explicit ReplicaStore(Database &database);

    StoreResult<Held> held() const;

    // None when this file is no replica.
    StoreResult<std::optional<Membership>> membership() const;
    // Makes this file a replica of the server joining answered. Its records (held()) take ids
    // from the first block on, each record its kind's next, and wait to be sent as made here;
    // their history goes with them. New records of its own take the next ids of the block.
    StoreResult<Membership> begin(const Membership &joining);
    // One page of the download: records of one kind, then where it goes on (no kind: done).
    StoreResult<bool> applySnapshot(const QList<Incoming> &records,
                                    std::optional<RecordHistory::Kind> nextKind, qint64 after);
    // One page of the server's feed, and the revision it covers. A record with changes here
    // not yet answered, or whose lead or contact is not here, waits (parked) and is written
    // once it can be. Answers how many records were written.
    StoreResult<qint64> applyFeed(const QList<Incoming> &entries, qint64 next);
    // Up to about limit records changed here since the server last answered (a transaction's
    // records are never split), each with its base, in the order of their first change.
    StoreResult<Outbox> outbox(int limit) const;
    // Kept before a batch is sent, so that a batch whose answer was lost is sent again the same.
    StoreResult<bool> holdBatch(const QString &batch, const QByteArray &body, qint64 upTo);
    // The server's answers to the batch sent (sent: the changes it held): each record as the
    // server now has it is written here, but for a record changed here again since; each
    // conflict is kept. The batch is no longer pending.
    // With last false (a part of a transaction's records), this file's changes are not yet
    // counted answered up to upTo.
    StoreResult<bool> applyAnswers(const QList<Answer> &answers, const QList<Outgoing> &sent,
                                   qint64 upTo, bool last = true);
    StoreResult<bool> addBlock(qint64 first);
    // Whether no wholly unused block is left, so that a new one is to be asked for.
    StoreResult<bool> wantsBlock() const;
    // A round reached the server (or not): the status bar's "offline since".
    StoreResult<bool> noteRound(bool reached);
    StoreResult<QList<Conflict>> conflicts() const; // not yet resolved, oldest first
    // How many of one record's conflicts are not yet resolved (0 on a file that is no replica).
    StoreResult<qint64> openConflicts(RecordHistory::Kind kind, qint64 id) const;
    // The same of a lead and of its contacts together, in one question.
    StoreResult<qint64> openConflictsOfLead(qint64 lead) const;
    // A person decided the conflict (what they chose was written as an ordinary edit, which
    // syncs as any edit does): it is no longer listed. NotFound when no such conflict waits.
    StoreResult<bool> resolve(qint64 conflictId);
    StoreResult<Status> status() const;

private:
    // The membership; Failed when this file is no replica.
    StoreResult<Membership> joined() const;
    StoreResult<bool> hasChangesAfter(RecordHistory::Kind kind, qint64 id, qint64 revision) const;
    StoreResult<bool> dependentsChangedAfter(RecordHistory::Kind kind, qint64 id,
                                             qint64 revision) const;
    // What a page's records may have to wait for, asked once a page: changes of this file's own
    // not yet answered, and records already parked. While there are none, each record needs no
    // question of its own.
    struct Waiting
    {
        bool ownChanges = true;
        bool parked = true;
    };
    StoreResult<Waiting> waiting(qint64 sentRevision) const;
    // Writes what came, or parks it; true when written.
    StoreResult<bool> take(ReplicaRows &rows, const Incoming &incoming, qint64 sentRevision,
                           Waiting &waiting);
    StoreResult<bool> take(ReplicaRows &rows, const Incoming &incoming, qint64 sentRevision)
    {
        Waiting unknown;
        return take(rows, incoming, sentRevision, unknown);
    }
    QString park(const Incoming &incoming);
    QString unpark(RecordHistory::Kind kind, qint64 id);
    StoreResult<qint64> retryParked(ReplicaRows &rows, qint64 sentRevision);
    QString moveMarksToNextBlock(const QList<qint64> &blocks);
    StoreResult<QList<qint64>> blocks() const;
    // Under begin()'s transaction: the file's records under ids from first on, and a "created"
    // entry of each in the history, so that the first round sends them.
    QString renumber(qint64 first);

    Database &m_database;
    PreparedQueries &m_queries;
};
