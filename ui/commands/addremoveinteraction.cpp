#include "commands/addremoveinteraction.h"

#include <QCoreApplication>

#include <utility>

AddRemoveInteraction::AddRemoveInteraction(Database &database, qint64 id,
                                           std::optional<InteractionStore::Removed> kept,
                                           const QString &text, UndoFailure failure)
    : QUndoCommand(text)
    , m_database(database)
    , m_id(id)
    , m_kept(std::move(kept))
    , m_stored(true)
    , m_failure(std::move(failure))
{ }

void AddRemoveInteraction::wrote(const Interaction &interaction,
                                 const std::optional<OrderDetails> &order)
{
    m_id = interaction.id;
    m_kept = InteractionStore::Removed { interaction, order };
    m_stored = true;
}

void AddRemoveInteraction::addInteraction()
{
    if (m_stored || !m_kept)
        return;
    const StoreResult<Interaction> result
        = InteractionStore(m_database).restore(m_kept->interaction, m_kept->order);
    if (!result.ok()) {
        fail(result.status == StoreStatus::Invalid
                 ? QCoreApplication::translate("Undo", "Its lead or contact no longer exists.")
                 : result.failure);
        return;
    }
    m_stored = true;
}

void AddRemoveInteraction::removeInteraction()
{
    if (!m_stored)
        return;
    InteractionStore store(m_database);
    std::optional<OrderDetails> order;
    if (const StoreResult<OrderDetails> stored = store.orderDetails(m_id); stored.ok())
        order = stored.value;
    const StoreResult<Interaction> result = store.remove(m_id);
    if (result.ok()) {
        m_kept = InteractionStore::Removed { result.value, order };
    } else if (result.status != StoreStatus::NotFound) {
        fail(result.failure);
        return;
    } else if (!m_kept) {
        setObsolete(true);
        return;
    }
    m_stored = false;
}

void AddRemoveInteraction::fail(const QString &message)
{
    setObsolete(true);
    m_failure(message);
}

CreateInteraction::CreateInteraction(Database &database, const InteractionDraft &draft,
                                     const std::optional<OrderDetailsDraft> &order,
                                     FirstWrite<Interaction> written, UndoFailure failure)
    : AddRemoveInteraction(database, 0, std::nullopt,
                           QCoreApplication::translate("Undo", "Add Interaction"),
                           std::move(failure))
    , m_draft(draft)
    , m_order(order)
    , m_written(std::move(written))
{ }

void CreateInteraction::redo()
{
    if (!m_written) {
        addInteraction();
        return;
    }
    InteractionStore store(database());
    const StoreResult<Interaction> created = store.create(m_draft, m_order);
    if (created.ok()) {
        std::optional<OrderDetails> order;
        if (const StoreResult<OrderDetails> stored = store.orderDetails(created.value.id);
            stored.ok())
            order = stored.value;
        wrote(created.value, order);
    } else {
        setObsolete(true);
    }
    const FirstWrite<Interaction> written = std::exchange(m_written, {});
    written(created);
}

DeleteInteraction::DeleteInteraction(Database &database, qint64 id, UndoFailure failure)
    : AddRemoveInteraction(database, id, std::nullopt,
                           QCoreApplication::translate("Undo", "Delete Interaction"),
                           std::move(failure))
{ }
