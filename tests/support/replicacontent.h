#pragma once

// What the sync compares between a server's database and a replica's: every record, read
// through the feed's store as the API writes it (an interaction with its order's fields), so
// that a test or a benchmark can say whether two databases are in step and where they differ.

#include "storage/recordhistory.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <utility>

class Database;

using ReplicaRecordKey = std::pair<int, qint64>; // RecordHistory::Kind, id

// Every record of database; stops the program when it cannot be read.
QMap<ReplicaRecordKey, QJsonObject> replicaContentOf(Database &database);
// Empty when a and b hold the same records, each the same; otherwise the first difference.
QString replicaContentDifference(const QMap<ReplicaRecordKey, QJsonObject> &a,
                                 const QMap<ReplicaRecordKey, QJsonObject> &b);
