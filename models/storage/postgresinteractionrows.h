#pragma once

// Writes the contract's JSON for interactions straight from libpq's result of a query QPSQL ran,
// for the API's lists and reads on PostgreSQL: going through QSqlQuery's values and Interaction
// spent most of a list's time in QVariant and QString conversions (docs/benchmarks.md). The
// query selects InteractionJsonRow::columns() and was run by QPSQL, not forward only (so that
// its result holds every row).

#include <QByteArray>
#include <QHash>

#include <optional>

class QSqlQuery;

class PostgresInteractionRows final
{
public:
    // The rows as a JSON array; nothing when the query is not QPSQL's (the caller then takes the
    // general path).
    static std::optional<QByteArray> writeArray(const QSqlQuery &query);
    // Each row as a JSON object, into objects by id; false when the query is not QPSQL's.
    static bool writeEach(const QSqlQuery &query, QHash<qint64, QByteArray> &objects);
};
