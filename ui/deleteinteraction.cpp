#include "deleteinteraction.h"

#include "storage/interactionstore.h"

#include <QCoreApplication>

DeleteInteraction::DeleteInteraction(Database &database, const Interaction &removed,
                                     const std::optional<OrderDetails> &order, UndoFailure failure,
                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Delete Interaction"), parent)
    , m_database(database)
    , m_interaction(removed)
    , m_order(order)
    , m_failure(std::move(failure))
{ }

void DeleteInteraction::undo()
{
    const StoreResult<Interaction> result
        = InteractionStore(m_database).restore(m_interaction, m_order);
    if (!result.ok()) {
        setObsolete(true);
        m_failure(result.status == StoreStatus::Invalid
                      ? QCoreApplication::translate("Undo", "Its lead or contact no longer exists.")
                      : result.failure);
        return;
    }
    m_removed = false;
}

void DeleteInteraction::redo()
{
    if (m_removed)
        return;
    const StoreResult<Interaction> result = InteractionStore(m_database).remove(m_interaction.id);
    if (!result.ok() && result.status != StoreStatus::NotFound) {
        setObsolete(true);
        m_failure(result.failure);
        return;
    }
    m_removed = true;
}
