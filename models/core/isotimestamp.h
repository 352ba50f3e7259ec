#pragma once

// Reads ISO 8601 times with an offset or Z and writes them as the contract does, in UTC.

#include <QDateTime>
#include <QString>

#include <optional>

namespace IsoTimestamp {
// Accepts "2024-12-24T15:30:00Z", "2024-12-24T21:00:00+05:30", fractions of a second too; a time
// without an offset is refused, since guessing its zone would move it by hours.
std::optional<QDateTime> parse(const QString &text);
QString format(const QDateTime &time); // "2024-12-24T15:30:00Z"
QString formatSeconds(qint64 secondsSinceEpoch);
// The same into a buffer, answering its length: for writing JSON without a QString between.
int formatSeconds(qint64 secondsSinceEpoch, char (&text)[32]);
} // namespace IsoTimestamp
