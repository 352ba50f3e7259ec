#pragma once

// How a command that writes a dialog's draft in its first redo() hands the store's answer back:
// the dialog shows a refusal beside its fields and stays open, and the refused command, having
// changed nothing, is dropped rather than pushed.

#include "storage/storeresult.h"

#include <functional>

template<typename T> using FirstWrite = std::function<void(const StoreResult<T> &written)>;
