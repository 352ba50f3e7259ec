#pragma once

// The sync protocol's feed over HTTP (docs/sync.md): GET /sync/changes/?since=R&limit=N answers
// the records changed after revision R, as they are now or as tombstones (SyncFeed).

#include "apiresponse.h"

#include <optional>

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
    // POST /sync/changes/: a replica's batch {"protocol", "schema", "replica", "batch",
    // "changes": [{"kind", "id", "base", "mine", "made_at"}]}, merged and applied once
    // (ReplicaBatchStore); the same batch again is answered as it was.
    ApiResponse receive(const ApiRequest &request) const;
    // POST /sync/join/ {"protocol", "schema", "name"}: a new replica of the token's person, with
    // its blocks of ids, the revision its download begins at, and the server's history id.
    ApiResponse join(const ApiRequest &request) const;
    // POST /sync/blocks/ {"replica"}: one more block of ids for a replica running low.
    ApiResponse grantBlock(const ApiRequest &request) const;
    // GET /sync/records/?kind=lead&after=ID&limit=N: the download at join, a page in id order.
    ApiResponse records(const ApiRequest &request) const;
    // GET /sync/conflicts/ on a replica: each conflict the server answered, with both values.
    ApiResponse conflicts() const;

    // The 409 for a replica of another protocol or schema version; none when it speaks ours.
    static std::optional<ApiResponse> refusedVersion(std::optional<qint64> protocol,
                                                     std::optional<qint64> schema);

private:
    // The 403 for a replica that joined as another person than the request's; none when it is
    // the same person's (or no replica of that id is there).
    std::optional<ApiResponse> othersReplica(qint64 replica) const;

    Database &m_database;
};
