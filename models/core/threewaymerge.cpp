#include "core/threewaymerge.h"

#include <QStringList>

namespace {

// Every field any of the versions has, but the id, by name.
QStringList fieldsOf(const QJsonObject &base, const QJsonObject &replica, const QJsonObject &server)
{
    QStringList fields = server.keys();
    for (const QJsonObject *side : { &replica, &base }) {
        for (const QString &key : side->keys()) {
            if (!fields.contains(key))
                fields.append(key);
        }
    }
    fields.removeAll(QStringLiteral("id"));
    fields.sort();
    return fields;
}

bool changed(const QJsonObject &from, const QJsonObject &to)
{
    for (const QString &field : fieldsOf(from, to, {})) {
        if (from.value(field) != to.value(field))
            return true;
    }
    return false;
}

} // namespace

ThreeWayMerge::Result ThreeWayMerge::merge(const Fields &base, const Fields &replica,
                                           const Fields &server)
{
    Result result;
    // A delete on one side: it stands when the other side left the record as it was; against an
    // edit it is a conflict, and the server's side stands.
    if (replica.isEmpty() || server.isEmpty()) {
        if (replica.isEmpty() && server.isEmpty())
            return result; // deleted on both (or made on neither)
        if (replica.isEmpty()) {
            result.merged = server;
            if (!base.isEmpty() && changed(base, server))
                result.outcome = Outcome::ReplicaDeletedServerChanged;
            else if (!base.isEmpty())
                result.merged = {}; // the replica's delete of an unchanged record
            return result;
        }
        // The server has none: deleted there since the base, or the replica made it.
        if (base.isEmpty()) {
            result.merged = replica;
            return result;
        }
        if (changed(base, replica))
            result.outcome = Outcome::ServerDeletedReplicaChanged;
        return result; // merged stays empty: the server's delete stands
    }

    for (const QString &field : fieldsOf(base, replica, server)) {
        const QJsonValue was = base.value(field);
        const QJsonValue mine = replica.value(field);
        const QJsonValue theirs = server.value(field);
        QJsonValue kept = theirs;
        if (mine != theirs && mine != was) {
            if (theirs == was)
                kept = mine; // only the replica changed it
            else
                result.conflicts.append({ field, was, mine, theirs });
        }
        if (!kept.isUndefined())
            result.merged.insert(field, kept);
    }
    if (server.contains(QStringLiteral("id")))
        result.merged.insert(QStringLiteral("id"), server.value(QStringLiteral("id")));
    if (!result.conflicts.isEmpty())
        result.outcome = Outcome::FieldsConflict;
    return result;
}
