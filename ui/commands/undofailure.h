#pragma once

// How an undo command tells the window that the store refused its undo or redo (the lead was
// deleted meanwhile, the disk is full): the window shows the message.

#include <QString>

#include <functional>

using UndoFailure = std::function<void(const QString &message)>;
