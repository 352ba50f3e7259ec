#pragma once

// The server's side of a batch of changes a replica made offline (docs/sync.md): each change
// merged with the server's record (ThreeWayMerge), the outcome written through the stores, all
// in one transaction, and the answer kept so that the same batch sent again is answered the same
// and applied once.

#include "core/threewaymerge.h"
#include "storage/recordhistory.h"
#include "storage/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;
class PreparedQueries;
class SqlTransaction;

class ReplicaBatchStore final
{
public:
    // One record the replica changed: its base (the version both sides last agreed on) and the
    // replica's version, each as RecordHistory::objectOf() flattens it; empty when not there.
    struct Change
    {
        RecordHistory::Kind kind = RecordHistory::Kind::Lead;
        qint64 id = 0;
        QJsonObject base;
        QJsonObject mine;
        QDateTime madeAt; // invalid when the replica did not say
    };
    enum class Outcome { Merged, Conflict, Rejected };
    struct Result
    {
        RecordHistory::Kind kind = RecordHistory::Kind::Lead;
        qint64 id = 0;
        Outcome outcome = Outcome::Merged;
        ThreeWayMerge::Outcome merge = ThreeWayMerge::Outcome::Merged; // for Conflict
        QList<ThreeWayMerge::FieldConflict> conflicts; // for FieldsConflict
        QJsonObject record; // the server's after the batch, flattened; empty: not there
        ValidationErrors errors; // for Rejected
    };

    static constexpr int mostChanges = 5000;

    explicit ReplicaBatchStore(Database &database);

    // Applies changes of replica, by the database's acting person, in one transaction, and
    // answers the answer's JSON; a batch this replica sent before is answered the bytes it was
    // answered then, and nothing is written. Invalid, with nothing written, for an unknown
    // replica, an empty batch id, more than mostChanges changes or a change without an id.
    StoreResult<QByteArray> apply(qint64 replica, const QString &batch,
                                  const QList<Change> &changes);

    // The changes of a batch's request body ({"replica": ..., "batch": ..., "changes": [...]}).
    // Every problem found is in errors ("changes", "batch"), and then the answer is empty.
    static QList<Change> readChanges(const QJsonObject &body, ValidationErrors &errors);

private:
    StoreResult<Result> applyOne(qint64 replica, const Change &change, SqlTransaction &transaction);
    // Writes target over what the server has now (current); Invalid when the rules refuse it.
    StoreResult<bool> write(qint64 replica, const Change &change, const QJsonObject &current,
                            const QJsonObject &target, SqlTransaction &transaction);
    StoreResult<QByteArray> storedAnswer(qint64 replica, const QString &batch) const;
    static QByteArray answerJson(const QString &batch, qint64 revision,
                                 const QList<Result> &results);

    Database &m_database;
    // The database's own, shared by every store on it.
    PreparedQueries &m_queries;
};
