#pragma once

// An interaction as a front end proposes it: each field set or left out (left out on PATCH means
// unchanged; on create, the default or "required").

#include "core/interaction.h"

#include <optional>

struct InteractionDraft
{
    std::optional<qint64> lead;
    std::optional<qint64> contact;
    std::optional<InteractionType> type;
    std::optional<QString> details;
    std::optional<bool> orderPlaced;
    std::optional<QDateTime> date;

    static InteractionDraft from(const Interaction &interaction);
    // The fields set here laid over base: what an update would store.
    InteractionDraft over(const Interaction &base) const;
};
