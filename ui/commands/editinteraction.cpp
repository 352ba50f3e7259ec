#include "commands/editinteraction.h"

#include "storage/interactionstore.h"

#include <QCoreApplication>

#include <utility>

EditInteraction::EditInteraction(Database &database, const State &before,
                                 const InteractionDraft &draft,
                                 const std::optional<OrderDetailsDraft> &order,
                                 FirstWrite<Interaction> written, UndoFailure failure)
    : QUndoCommand(QCoreApplication::translate("Undo", "Edit Interaction"))
    , m_database(database)
    , m_other(before)
    , m_draft(draft)
    , m_order(order)
    , m_written(std::move(written))
    , m_failure(std::move(failure))
{ }

void EditInteraction::redo()
{
    if (!m_written) {
        swap();
        return;
    }
    const StoreResult<Interaction> replaced
        = InteractionStore(m_database).replace(m_other.interaction.id, m_draft, m_order);
    if (!replaced.ok())
        setObsolete(true);
    const FirstWrite<Interaction> written = std::exchange(m_written, {});
    written(replaced);
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
