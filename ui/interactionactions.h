#pragma once

// What the person does to interactions from the window: adding one, opening one in its dialog to
// edit it, deleting one after a question; each change goes onto the undo history.

#include "commands/editinteraction.h"

#include <QObject>
#include <QPointer>

#include <optional>

class Database;
class InteractionDialog;
class InteractionsView;
class QAction;
class QUndoStack;
class QWidget;
class UndoHistory;

class InteractionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionActions)

public:
    // window: the dialogs' and questions' parent.
    InteractionActions(Database &database, InteractionsView *view, UndoHistory *history,
                       QWidget *window);

    // Whose shortcut the delete question names, as the way back; the window sets it as it makes
    // its actions, before any deletion can be asked for.
    void setUndoAction(QAction *undo) { m_undoAction = undo; }

public slots:
    // With the lead and contact filtered on, the likely ones for the next entry.
    void newInteraction();
    void newInteractionForLead(qint64 lead);
    void openSelected();
    void openInteraction(qint64 id);
    void deleteSelected();

signals:
    void failed(const QString &title, const QString &message);
    // The interactions view should be on screen (to show a new interaction).
    void showRequested();
    void statusMessage(const QString &message, int timeout);

private:
    // After an undo or a redo of a step on an interaction that leaves it there, selects it.
    void followStep(int index);
    // Save in the dialog writes through an undo command: an edit of before, else a creation.
    void writeThroughHistory(InteractionDialog *dialog,
                             const std::optional<EditInteraction::State> &before = {});

    Database &m_database;
    InteractionsView *m_view;
    UndoHistory *m_history;
    QWidget *m_window;
    QAction *m_undoAction = nullptr;
    QPointer<QUndoStack> m_stack; // the history's
    int m_stackIndex = 0; // the undo stack's index before its latest change
};
