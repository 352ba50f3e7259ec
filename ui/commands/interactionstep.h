#pragma once

// An undo command's step on one interaction, as the window follows it: after an undo or a redo
// that leaves the interaction in the database (brought back, or changed), the table selects it, so
// that the person sees what the step did.

#include <optional>

class InteractionStep
{
public:
    virtual ~InteractionStep() = default;
    // The interaction the last undo or redo left in the database; nothing when it took it out.
    virtual std::optional<qint64> interactionLeft() const = 0;
};
