#include "commands/editinteraction.h"

#include "storage/interactionstore.h"

#include <QCoreApplication>

EditInteraction::EditInteraction(Database &database, const State &before, UndoFailure failure,
                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo", "Edit Interaction"), parent)
    , m_database(database)
    , m_other(before)
    , m_failure(std::move(failure))
{ }

void EditInteraction::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    swap();
}

void EditInteraction::swap()
{
    InteractionStore store(m_database);
    const qint64 id = m_other.interaction.id;
    const StoreResult<Interaction> current = store.get(id);
    if (!current.ok()) {
        setObsolete(true);
        m_failure(current.status == StoreStatus::NotFound
                      ? QCoreApplication::translate("Undo", "The interaction no longer exists.")
                      : current.failure);
        return;
    }
    std::optional<OrderDetails> currentOrder;
    if (const StoreResult<OrderDetails> order = store.orderDetails(id); order.ok())
        currentOrder = order.value;
    std::optional<OrderDetailsDraft> otherOrder;
    if (m_other.order)
        otherOrder = OrderDetailsDraft::from(*m_other.order);
    const StoreResult<Interaction> written
        = store.replace(id, InteractionDraft::from(m_other.interaction), otherOrder);
    if (!written.ok()) {
        setObsolete(true);
        m_failure(written.status == StoreStatus::Invalid
                      ? QCoreApplication::translate("Undo", "Its lead or contact no longer exists.")
                      : written.failure);
        return;
    }
    m_other = { current.value, currentOrder };
}
