#pragma once

// The kinds of interaction a key account manager logs, with their codes in the REST contract.

#include <QList>
#include <QString>

#include <optional>

enum class InteractionType { Call, Email, Meeting, Visit, Order };

namespace InteractionTypes {
const QList<InteractionType> &all();
QString code(InteractionType type); // "CALL", as stored and as the API speaks it
std::optional<InteractionType> fromCode(const QString &code);
QString displayName(InteractionType type); // translated, for people
} // namespace InteractionTypes
