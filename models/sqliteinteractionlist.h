#pragma once

// Writes the contract's JSON array of interactions straight from SQLite's rows, for the API's
// lists: going through QSqlQuery and Interaction cost about 9,000 instructions a row in QVariant
// and QString conversions, most of the time of a list of a hundred.

#include "interactionfilter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class SqliteInteractionList final
{
public:
    // Answers nothing when db is not an open QSQLITE connection (the caller then takes the
    // general path); otherwise the JSON text, or error set when SQLite failed.
    static std::optional<QByteArray> write(const QSqlDatabase &db, const InteractionFilter &filter,
                                           qint64 offset, qint64 limit, QString *error);
};
