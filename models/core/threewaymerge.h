#pragma once

// The sync's merge of one record changed on a replica and on the server since the version both
// last agreed on (docs/sync.md): field by field against that base, different fields changed on
// the two sides merge; the same field changed to different values on both is a conflict, and so
// is an edit on one side against a delete on the other. In a conflict the server's value stands
// and the replica's is kept in the answer, never dropped, for a person to decide.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

class ThreeWayMerge final
{
public:
    // A record as JSON fields ("id" is not compared); empty when it does not exist (not yet, or
    // no longer) on that side.
    using Fields = QJsonObject;

    // One field both sides changed, each to its own value; an absent value (QJsonValue::Undefined)
    // is a field the side's version does not have.
    struct FieldConflict
    {
        QString field;
        QJsonValue base;
        QJsonValue replica;
        QJsonValue server;
        friend bool operator==(const FieldConflict &a, const FieldConflict &b)
        {
            return a.field == b.field && a.base == b.base && a.replica == b.replica
                && a.server == b.server;
        }
    };

    enum class Outcome {
        Merged, // no conflict: merged is what both sides are to hold (empty: deleted on both)
        FieldsConflict, // conflicts lists each field; merged holds the server's value in them
        ReplicaDeletedServerChanged, // the server's changed record stands
        ServerDeletedReplicaChanged, // the server's delete stands
    };

    struct Result
    {
        Outcome outcome = Outcome::Merged;
        Fields merged; // empty when the record is to be deleted
        QList<FieldConflict> conflicts; // for FieldsConflict, in field order
        bool isConflict() const { return outcome != Outcome::Merged; }
    };

    static Result merge(const Fields &base, const Fields &replica, const Fields &server);
};
