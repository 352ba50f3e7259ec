#pragma once

// The window's undo stack as every part pushes onto it: one handler reports what the store
// refuses to a command (under the push's own title when the refusal is the change the command
// makes as it is pushed), and the next undo and redo are dropped once they could only fail.

#include "commands/addremoverecord.h"
#include "commands/editrecord.h"
#include "commands/firstwrite.h"
#include "commands/undofailure.h"

#include <QObject>

#include <functional>
#include <optional>

class Database;
class QUndoCommand;
class QUndoStack;

class UndoHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoHistory)

public:
    UndoHistory(Database &database, QObject *parent = nullptr);
    ~UndoHistory() override;

    QUndoStack *stack() const { return m_stack; }

    // What a command is given to report a refusal. When the refusal comes from the first redo,
    // as the command is pushed, it is shown under pushTitle (if any) and in pushMessage's words
    // (%1: the store's).
    UndoFailure failureHandler(const QString &pushTitle = {},
                               const QString &pushMessage = QStringLiteral("%1"));
    void push(QUndoCommand *command);
    // Pushes the command that make builds around a FirstWrite, and answers what its first redo()
    // wrote, or why not (a refused command is dropped, not pushed).
    template<typename T, typename Make> StoreResult<T> pushWrite(Make make)
    {
        StoreResult<T> result;
        push(make([&result](const StoreResult<T> &written) { result = written; }));
        return result;
    }
    // How a lead's or a contact's dialog saves through this history (original: the record it
    // edits, if any): a new record by AddRecord, a change by EditRecord.
    template<typename Store, typename Record, typename Draft>
    std::function<StoreResult<Record>(const std::optional<Record> &, const Draft &)> recordWrite()
    {
        return [this](const std::optional<Record> &original, const Draft &draft) {
            return pushWrite<Record>([&](FirstWrite<Record> written) -> QUndoCommand * {
                if (original)
                    return new EditRecord<Store, Record, Draft>(
                        m_database, *original, draft, std::move(written), failureHandler());
                return new AddRecord<Store, Record, Draft>(m_database, draft, std::move(written),
                                                           failureHandler());
            });
        };
    }

signals:
    // A refusal, to be shown to the person.
    void failed(const QString &title, const QString &message);
    // Commands dropped because they could only fail, with why, in a sentence each. redoDropped:
    // QUndoStack::redo() announces nothing when it drops an obsolete command.
    void commandsDropped(const QString &reasons, bool redoDropped);

private:
    // Looked for once the event loop is back, never inside the stack's own undo, whose writes
    // announce too.
    void checkSoon();
    void dropCommandsThatWouldFail();

    Database &m_database;
    QUndoStack *m_stack;
    bool m_pushing = false; // inside push()
    bool m_checkPending = false;
};
