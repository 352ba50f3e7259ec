#include "undohistory.h"

#include "commands/recordcommand.h"
#include "storage/database.h"

#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

#include <utility>

UndoHistory::UndoHistory(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(new QUndoStack(this))
{
    // A record deleted elsewhere leaves commands that could only fail.
    connect(&database, &Database::changed, this, &UndoHistory::checkSoon);
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoHistory::checkSoon);
}

UndoHistory::~UndoHistory()
{
    // The stack is destroyed with this object's children, and clearing itself it says its index
    // changed: not to this object, whose members are gone by then.
    disconnect(m_stack, nullptr, this, nullptr);
}

UndoFailure UndoHistory::failureHandler(const QString &pushTitle, const QString &pushMessage)
{
    return [this, pushTitle, pushMessage](const QString &message) {
        if (m_pushing && !pushTitle.isEmpty())
            emit failed(pushTitle, pushMessage.arg(message));
        else
            emit failed(tr("Could Not Undo"), message);
    };
}

void UndoHistory::push(QUndoCommand *command)
{
    const QScopedValueRollback<bool> pushing(m_pushing, true);
    m_stack->push(command);
}

void UndoHistory::checkSoon()
{
    if (!std::exchange(m_checkPending, true))
        QTimer::singleShot(0, this, &UndoHistory::dropCommandsThatWouldFail);
}

// Only the next undo and the next redo are looked at: a deeper command is when it comes up.
void UndoHistory::dropCommandsThatWouldFail()
{
    m_checkPending = false;
    QStringList reasons;
    auto wouldFail = [this, &reasons](int index, const QString &sentence) {
        const auto *command = dynamic_cast<const RecordCommand *>(m_stack->command(index));
        const QString why = command ? command->whyItWouldFail() : QString();
        if (why.isEmpty())
            return false;
        reasons.append(sentence.arg(command->text(), why));
        // The stack's own command, handed out as const: marked so that it is dropped unrun.
        const_cast<RecordCommand *>(command)->setObsolete(true);
        return true;
    };
    while (m_stack->canUndo()
           && wouldFail(m_stack->index() - 1, tr("%1 can no longer be undone: %2")))
        m_stack->undo();
    bool droppedRedo = false;
    while (m_stack->canRedo()
           && wouldFail(m_stack->index(), tr("%1 can no longer be redone: %2"))) {
        m_stack->redo();
        droppedRedo = true;
    }
    if (droppedRedo || !reasons.isEmpty())
        emit commandsDropped(reasons.join(QLatin1Char(' ')), droppedRedo);
}
