#pragma once

// Undoes and redoes the creation of an interaction (with its order details) that the edit
// dialog has already written: the first redo, on push, does nothing.

#include "core/interaction.h"
#include "core/orderdetails.h"
#include "undofailure.h"

#include <QUndoCommand>

#include <optional>

class Database;

class CreateInteraction final : public QUndoCommand
{
public:
    CreateInteraction(Database &database, const Interaction &created,
                      const std::optional<OrderDetails> &order, UndoFailure failure,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Database &m_database;
    Interaction m_interaction;
    std::optional<OrderDetails> m_order;
    UndoFailure m_failure;
    bool m_written = true;
};
