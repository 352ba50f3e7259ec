#pragma once

// Adds or removes an interaction with its order details: one command run in either direction, as
// AddRemoveRecord does for leads and contacts. Removing takes the interaction out and keeps it
// with its order details; adding puts what was kept back under its old id. A step that the store
// refuses marks the command obsolete, so that the stack drops it, and tells the person why.

#include "commands/undofailure.h"
#include "storage/interactionstore.h"

#include <QUndoCommand>

#include <optional>

class Database;

class AddRemoveInteraction : public QUndoCommand
{
protected:
    // kept: the interaction as it is stored now, when known; without it, the first removal
    // reads it as it takes it out.
    AddRemoveInteraction(Database &database, qint64 id,
                         std::optional<InteractionStore::Removed> kept, const QString &text,
                         UndoFailure failure);

    // Puts the kept interaction back; nothing when it is in the database already.
    void addInteraction();
    // Takes the interaction out and keeps it; nothing when it is out already. One deleted
    // elsewhere meanwhile counts as taken out, unless it was never seen: then there is nothing
    // to undo and the command is dropped without a word.
    void removeInteraction();

private:
    void fail(const QString &message);

    Database &m_database;
    qint64 m_id;
    std::optional<InteractionStore::Removed> m_kept;
    bool m_stored;
    UndoFailure m_failure;
};

// The interaction was written by its dialog before the push: the first redo finds it stored.
// Undo takes it out; redo puts it back.
class CreateInteraction final : public AddRemoveInteraction
{
public:
    CreateInteraction(Database &database, const Interaction &created,
                      const std::optional<OrderDetails> &order, UndoFailure failure);

    void undo() override { removeInteraction(); }
    void redo() override { addInteraction(); }
};

// Deletes the interaction in redo(), at the push too; undo puts it back under its old id with its
// order details.
class DeleteInteraction final : public AddRemoveInteraction
{
public:
    DeleteInteraction(Database &database, qint64 id, UndoFailure failure);

    void undo() override { addInteraction(); }
    void redo() override { removeInteraction(); }
};
