#pragma once

// Writes the edit dialog's change of an interaction and its order details in its first redo()
// (see FirstWrite); then undo and redo are one swap() of the stored state and the kept one.

#include "commands/firstwrite.h"
#include "commands/interactionstep.h"
#include "commands/undofailure.h"
#include "core/interaction.h"
#include "core/interactiondraft.h"
#include "core/orderdetails.h"
#include "core/orderdetailsdraft.h"

#include <QUndoCommand>

#include <optional>

class Database;

class EditInteraction final : public QUndoCommand, public InteractionStep
{
public:
    struct State
    {
        Interaction interaction;
        std::optional<OrderDetails> order;
    };

    // before: the interaction as the dialog opened with it; draft and order: what it is to be.
    EditInteraction(Database &database, const State &before, const InteractionDraft &draft,
                    const std::optional<OrderDetailsDraft> &order, FirstWrite<Interaction> written,
                    UndoFailure failure);

    void undo() override { swap(); }
    void redo() override;
    std::optional<qint64> interactionLeft() const override { return m_other.interaction.id; }

private:
    void swap();

    Database &m_database;
    State m_other; // the state that is not in the database now
    InteractionDraft m_draft;
    std::optional<OrderDetailsDraft> m_order;
    FirstWrite<Interaction> m_written; // until the first redo() has written
    UndoFailure m_failure;
};
