#include "interactionactions.h"

#include "commands/addremoveinteraction.h"
#include "commands/editinteraction.h"
#include "core/interactiontype.h"
#include "deletionquestion.h"
#include "filterpanel.h"
#include "interactiondialog.h"
#include "interactionsview.h"
#include "itemmodels/interactiontablemodel.h"
#include "storage/interactionstore.h"
#include "undohistory.h"

#include <QAction>
#include <QTableView>
#include <QUndoStack>

InteractionActions::InteractionActions(Database &database, InteractionsView *view,
                                       UndoHistory *history, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_view(view)
    , m_history(history)
    , m_window(window)
{
    m_stack = m_history->stack();
    m_stackIndex = m_stack->index();
    connect(m_stack, &QUndoStack::indexChanged, this, &InteractionActions::followStep);
}

void InteractionActions::followStep(int index)
{
    // Undone: the command at the new index; redone (or pushed and run): the one before it.
    const int step = index < m_stackIndex ? index : index - 1;
    m_stackIndex = index;
    // The stack itself, not the history: a stack cleared as the window closes says so from
    // within the history's destruction. A cleared stack has no step to follow.
    if (!m_stack || m_stack->count() == 0)
        return;
    const auto *command = dynamic_cast<const InteractionStep *>(m_stack->command(step));
    if (!command)
        return;
    if (const std::optional<qint64> id = command->interactionLeft())
        m_view->selectInteraction(*id);
}

void InteractionActions::writeThroughHistory(InteractionDialog *dialog,
                                             const std::optional<EditInteraction::State> &before)
{
    dialog->setWrite([this, before](const InteractionDraft &draft,
                                    const std::optional<OrderDetailsDraft> &order) {
        return m_history->pushWrite<Interaction>(
            [&](FirstWrite<Interaction> written) -> QUndoCommand * {
                if (before)
                    return new EditInteraction(m_database, *before, draft, order,
                                               std::move(written), m_history->failureHandler());
                return new CreateInteraction(m_database, draft, order, std::move(written),
                                             m_history->failureHandler());
            });
    });
}

void InteractionActions::newInteraction()
{
    const InteractionFilter filter = m_view->filterPanel()->filter();
    auto *dialog = new InteractionDialog(m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (filter.lead)
        dialog->setLead(*filter.lead);
    if (filter.contact)
        dialog->setContact(*filter.contact);
    writeThroughHistory(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Interaction saved = dialog->saved();
        emit showRequested();
        if (!m_view->selectInteraction(saved.id)) {
            emit statusMessage(tr("The new interaction was saved; the filters hide it."), 5000);
        } else if (m_view->model()->newShownCount() == 1) {
            // The one new row is this one, shown and selected: nothing to point out.
            m_view->acknowledgeNew();
        }
    });
    dialog->open();
}

void InteractionActions::newInteractionForLead(qint64 lead)
{
    auto *dialog = new InteractionDialog(m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLead(lead);
    writeThroughHistory(dialog);
    dialog->open();
}

void InteractionActions::openSelected()
{
    if (const std::optional<qint64> id = m_view->selectedInteraction())
        openInteraction(*id);
}

void InteractionActions::openInteraction(qint64 id)
{
    const InteractionStore store(m_database);
    const StoreResult<Interaction> found = store.get(id);
    if (!found.ok()) {
        if (found.status == StoreStatus::Failed)
            emit failed(tr("Could Not Open"), found.failure);
        return;
    }
    std::optional<OrderDetails> order;
    if (const StoreResult<OrderDetails> stored = store.orderDetails(id); stored.ok())
        order = stored.value;
    auto *dialog = new InteractionDialog(m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInteraction(found.value, order);
    writeThroughHistory(dialog, EditInteraction::State { found.value, order });
    dialog->open();
}

void InteractionActions::deleteSelected()
{
    const std::optional<qint64> id = m_view->selectedInteraction();
    if (!id)
        return;
    const StoreResult<Interaction> found = InteractionStore(m_database).get(*id);
    if (!found.ok())
        return;
    const int row = m_view->table()->currentIndex().row();
    const InteractionTableModel *model = m_view->model();
    const QString who = model->index(row, InteractionTableModel::ContactColumn).data().toString();
    const QString when = model->index(row, InteractionTableModel::DateColumn).data().toString();
    DeletionQuestion box(
        QMessageBox::Question, tr("Delete Interaction"),
        tr("Delete the %1 with %2 on %3?")
            .arg(InteractionTypes::displayName(found.value.type).toLower(), who, when),
        m_undoAction->shortcut(), QMessageBox::Yes, m_window);
    if (!box.confirmed())
        return;
    // Deleted by the command as it is pushed.
    m_history->push(new DeleteInteraction(
        m_database, *id,
        m_history->failureHandler(tr("Not Deleted"),
                                  tr("The interaction could not be deleted: %1"))));
}
