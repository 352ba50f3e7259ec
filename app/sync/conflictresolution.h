#pragma once

// One conflict of a replica as a person decides it: its fields with base, mine and theirs, and
// writing the values chosen as an ordinary edit through the stores, then marking it resolved.

#include "storage/replicastore.h"
#include "storage/storeresult.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;

class ConflictResolution final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)

public:
    struct Field
    {
        QString name; // as the history names it: "name", "order_details.quantity"
        QVariant base;
        QVariant mine;
        QVariant theirs;
    };

    explicit ConflictResolution(const ReplicaStore::Conflict &conflict);

    const ReplicaStore::Conflict &conflict() const { return m_conflict; }
    QList<Field> fields() const { return m_fields; }
    bool deletedOnServer() const { return m_conflict.theirs.isEmpty(); }
    bool deletedHere() const { return m_conflict.mine.isEmpty(); }
    bool rejected() const;
    // The server's reasons for a rejected change, one line a field.
    QStringList reasons() const;
    // A line for a person: which record, and what happened to it.
    QString title() const;
    QString outcomeText() const;

    // Writes the chosen values (by field name; a field not named keeps the server's value) as a
    // local edit, which the next round sends, and marks the conflict resolved. Values the rules
    // refuse answer Invalid and write nothing. A record the server deleted is not written: only
    // the server's side can be taken for it (chosen must then be empty).
    StoreResult<bool> apply(Database &database, const QMap<QString, QVariant> &chosen) const;

    // Whether keepAsNew() can be offered: the server has no such record (it deleted it, or
    // refused to make it) and this replica's version is kept.
    bool keepableAsNew() const { return deletedOnServer() && !deletedHere(); }
    // This replica's version made again as a new record here (a new id of this replica's), which
    // the next round sends, and the conflict marked resolved; the new record's id. What the rules
    // refuse (its lead is gone too) answers Invalid and writes nothing.
    StoreResult<qint64> keepAsNew(Database &database) const;

private:
    ReplicaStore::Conflict m_conflict;
    QList<Field> m_fields;
};
