#pragma once

// Undoes and redoes the deletion of an interaction that the window has already deleted: undo
// puts it back under its old id with its order details; the first redo, on push, does nothing.

#include "core/interaction.h"
#include "core/orderdetails.h"
#include "undofailure.h"

#include <QUndoCommand>

#include <optional>

class Database;

class DeleteInteraction final : public QUndoCommand
{
public:
    DeleteInteraction(Database &database, const Interaction &removed,
                      const std::optional<OrderDetails> &order, UndoFailure failure,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Database &m_database;
    Interaction m_interaction;
    std::optional<OrderDetails> m_order;
    UndoFailure m_failure;
    bool m_removed = true;
};
