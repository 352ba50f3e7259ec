#pragma once

// Undoes and redoes an edit of an interaction and its order details that the edit dialog has
// already written: undo and redo are one swap() of the stored state and the kept one.

#include "commands/undofailure.h"
#include "core/interaction.h"
#include "core/orderdetails.h"

#include <QUndoCommand>

#include <optional>

class Database;

class EditInteraction final : public QUndoCommand
{
public:
    struct State
    {
        Interaction interaction;
        std::optional<OrderDetails> order;
    };

    // before: the interaction as it was; what is stored now is read at the first undo.
    EditInteraction(Database &database, const State &before, UndoFailure failure,
                    QUndoCommand *parent = nullptr);

    void undo() override { swap(); }
    void redo() override;

private:
    void swap();

    Database &m_database;
    State m_other; // the state that is not in the database now
    UndoFailure m_failure;
    bool m_firstRedo = true;
};
