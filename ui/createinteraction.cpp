#include "createinteraction.h"

#include "storage/interactionstore.h"

#include <QCoreApplication>

CreateInteraction::CreateInteraction(Database &database, const Interaction &created,
                                     const std::optional<OrderDetails> &order, UndoFailure failure,
                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Add Interaction"), parent)
    , m_database(database)
    , m_interaction(created)
    , m_order(order)
    , m_failure(std::move(failure))
{ }

void CreateInteraction::undo()
{
    const StoreResult<Interaction> result = InteractionStore(m_database).remove(m_interaction.id);
    if (!result.ok() && result.status != StoreStatus::NotFound) {
        setObsolete(true);
        m_failure(result.failure);
        return;
    }
    m_written = false;
}

void CreateInteraction::redo()
{
    if (m_written)
        return;
    const StoreResult<Interaction> result
        = InteractionStore(m_database).restore(m_interaction, m_order);
    if (!result.ok()) {
        setObsolete(true);
        m_failure(result.status == StoreStatus::Invalid
                      ? QCoreApplication::translate("Undo", "Its lead or contact no longer exists.")
                      : result.failure);
        return;
    }
    m_written = true;
}
