#pragma once

// An undo command on stored leads and contacts that can tell, before it runs, that its next undo
// or redo could only fail because another writer (an API client, another process) deleted its
// record: the window then drops it rather than keep offering it.

#include <QUndoCommand>

class RecordCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    // Why the command's next step, undo() or redo() as it stands, can only fail, for people;
    // empty when it may succeed.
    virtual QString whyItWouldFail() const = 0;
};
