#pragma once

// Where ids come from once replicas make records offline (docs/sync.md): a database gives its
// own new rows ids below firstBlockId; blocks of ids from firstBlockId up are for replicas, each
// block blockSize ids, so that a record has the same id on every machine. Every id stays below
// 2^53, which JavaScript clients read exactly.

#include <QtGlobal>

namespace IdSpace {
constexpr qint64 firstBlockId = qint64(1) << 40;
constexpr qint64 blockSize = qint64(1) << 20;
constexpr qint64 end = qint64(1) << 53; // no id reaches it

// Whether id is one a database gives its own rows (not one of a replica's blocks).
constexpr bool isOwn(qint64 id)
{
    return id > 0 && id < firstBlockId;
}
} // namespace IdSpace
