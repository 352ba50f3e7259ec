#pragma once

// Adds or removes an interaction with its order details: one command run in either direction, as
// AddRemoveRecord does for leads and contacts. Removing takes the interaction out and keeps it
// with its order details; adding puts what was kept back under its old id. A step that the store
// refuses marks the command obsolete, so that the stack drops it, and tells the person why.

#include "commands/firstwrite.h"
#include "commands/interactionstep.h"
#include "commands/undofailure.h"
#include "storage/interactionstore.h"

#include <QUndoCommand>

#include <optional>

class Database;

class AddRemoveInteraction : public QUndoCommand, public InteractionStep
{
public:
    std::optional<qint64> interactionLeft() const override
    {
        return m_stored ? std::optional<qint64>(m_id) : std::nullopt;
    }

protected:
    // kept: the interaction as it is stored now, when known; without it, the first removal
    // reads it as it takes it out.
    AddRemoveInteraction(Database &database, qint64 id,
                         std::optional<InteractionStore::Removed> kept, const QString &text,
                         UndoFailure failure);

    Database &database() const { return m_database; }
    // The interaction that the command's first redo() wrote, with its order details.
    void wrote(const Interaction &interaction, const std::optional<OrderDetails> &order);
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

// Writes a new interaction with its order details, from the dialog's drafts, in its first redo()
// (see FirstWrite); undo takes it out, redo puts it back under the same id.
class CreateInteraction final : public AddRemoveInteraction
{
public:
    CreateInteraction(Database &database, const InteractionDraft &draft,
                      const std::optional<OrderDetailsDraft> &order,
                      FirstWrite<Interaction> written, UndoFailure failure);

    void undo() override { removeInteraction(); }
    void redo() override;

private:
    InteractionDraft m_draft;
    std::optional<OrderDetailsDraft> m_order;
    FirstWrite<Interaction> m_written; // until the first redo() has written
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
