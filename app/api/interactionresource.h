#pragma once

// The contract's /track/interactions/ endpoints: interactions, the orders among them and an
// interaction's order details, each a draft checked by the rules and written by the store.

#include "apiresponse.h"
#include "storage/interactionstore.h"

struct ApiRequest;
class Database;

class InteractionResource final
{
public:
    explicit InteractionResource(Database &database)
        : m_database(database)
        , m_store(database)
    { }

    // ?lead= and ?contact= (combinable) and paging; ordersOnly for /track/interactions/orders/.
    ApiResponse list(const ApiRequest &request, bool ordersOnly) const;
    ApiResponse create(const ApiRequest &request);
    // create() for group commit: a readable draft is queued (ApiResponse::queuedForCommit()) and
    // written by the next createQueued(); anything else is answered at once, as create() would.
    ApiResponse queueCreate(const ApiRequest &request);
    // Writes every queued draft in one transaction; one answer per draft, in queue order.
    QList<ApiResponse> createQueued();
    ApiResponse retrieve(qint64 id) const;
    // retrieve() gathered: the id is queued (ApiResponse::queuedForCommit()) and the next
    // retrieveQueued() reads every queued one in one statement, where each statement is a round
    // trip to the database server.
    ApiResponse queueRetrieve(qint64 id);
    // One answer per queued id, in queue order.
    QList<ApiResponse> retrieveQueued();
    ApiResponse update(qint64 id, const ApiRequest &request);
    ApiResponse remove(qint64 id);

    ApiResponse orderDetails(qint64 id) const;
    // Creates (201) or replaces (200) the order details; sets order_placed.
    ApiResponse setOrderDetails(qint64 id, const ApiRequest &request);

private:
    Database &m_database;
    InteractionStore m_store;
    QList<InteractionDraft> m_queued;
    QList<std::optional<qint64>> m_queuedPeople; // who queued each of m_queued
    QList<qint64> m_queuedReads;
};
