#pragma once

// The sync protocol's feed over HTTP (docs/sync.md): GET /sync/changes/?since=R&limit=N answers
// the records changed after revision R, as they are now or as tombstones (SyncFeed).

#include "apiresponse.h"

struct ApiRequest;
class Database;

class SyncResource final
{
public:
    // The protocol's version: a replica that speaks another is told so (409).
    static constexpr int protocol = 1;
    static constexpr qint64 defaultLimit = 500;
    static constexpr qint64 largestLimit = 5000;

    explicit SyncResource(Database &database)
        : m_database(database)
    { }

    // {"protocol", "schema", "revision" (ask from it next), "more", "changes": [{"kind", "id",
    // "revision", "record" (or "deleted": true), and an interaction's "order_details" (or
    // null)}]}. ?protocol= when given must be this server's; ?since= (default 0) and ?limit=
    // (1 to largestLimit) are whole numbers.
    ApiResponse changes(const ApiRequest &request) const;

private:
    Database &m_database;
};
