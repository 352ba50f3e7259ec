#pragma once

// Writes what the server sent into a replica's tables as it is (docs/sync.md): no rules, the
// server checked them; no history, as it is not the replica's own change and must not be sent
// back; and the replica's own-id marks kept in its block.

#include "storage/recordhistory.h"
#include "storage/storeresult.h"

#include <QHash>
#include <QJsonObject>
#include <QVariantList>

class Database;
class PreparedQueries;

class ReplicaRows final
{
public:
    enum class Written { Done, ParentMissing };

    explicit ReplicaRows(Database &database);

    // Under the caller's transaction. ParentMissing: the lead or contact it belongs to is not
    // here (yet), and nothing was written. Invalid when the record cannot be read.
    StoreResult<Written> write(RecordHistory::Kind kind, qint64 id, const QJsonObject &record);
    // Under the caller's transaction; what belongs to it goes with it, as the server's did.
    QString erase(RecordHistory::Kind kind, qint64 id);

    // A written row whose id is above the own-id mark would move it (AUTOINCREMENT): the marks
    // are read before writing and put back after, under the same transaction.
    QString holdMarks();
    QString putMarksBack();

    // The download at join writes records this file does not have yet: interactions (and their
    // orders) then go into the tables many to a statement, as the generator writes them, which
    // keeps the word index's work per statement, not per row. Written by flush(), which must
    // come before the transaction ends and before anything reads them.
    void setFresh(bool fresh) { m_fresh = fresh; }
    QString flush();

    static const QStringList &tables(); // of leads, contacts, interactions: their own-id marks
    static QString tableOf(RecordHistory::Kind kind);

private:
    StoreResult<bool> exists(const QString &table, qint64 id) const;

    Database &m_database;
    PreparedQueries &m_queries;
    QHash<QString, qint64> m_marks;
    bool m_fresh = false;
    QVariantList m_interactionRows; // 7 values a row, waiting for flush()
    QVariantList m_orderRows; // 5 values a row
};
