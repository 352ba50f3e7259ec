#pragma once

// Writes the contract's JSON for interactions straight from SQLite's rows, for the API's lists and
// reads: going through QSqlQuery and Interaction spent most of the time of a list of a hundred in
// QVariant and QString conversions (docs/benchmarks.md).

#include "storage/interactionfilter.h"

#include <QByteArray>
#include <QString>

#include <optional>

class PreparedQueries;
class SqlDialect;

class SqliteInteractionList final
{
public:
    // Answers nothing when the connection is not SQLite's or the statement could not be prepared
    // (the caller then takes the general path); otherwise the JSON text, or error set when SQLite
    // failed.
    static std::optional<QByteArray> write(PreparedQueries &queries, const SqlDialect &dialect,
                                           const InteractionFilter &filter, qint64 offset,
                                           qint64 limit, QString *error);
    // One interaction as the contract's JSON object; an empty text when there is no such id.
    static std::optional<QByteArray> writeOne(PreparedQueries &queries, qint64 id, QString *error);
};
