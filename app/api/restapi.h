#pragma once

// The REST API without HTTP: routes a request to its resource and answers it, so that it can be
// tested and fuzzed without a socket. Requests are answered one at a time, in the thread that
// owns the Database.

#include "apiresponse.h"
#include "apitoken.h"
#include "contactresource.h"
#include "historyresource.h"
#include "interactionresource.h"
#include "leadresource.h"
#include "peopletokens.h"
#include "responsecache.h"
#include "syncresource.h"

struct ApiRequest;
class Database;

class RestApi final
{
public:
    explicit RestApi(Database &database);

    // With a token set, every request to a known path must carry it (DRF's 401 otherwise). Once
    // the database has people (`touchpoint users`), each request must carry a token of one of
    // them instead, and this one is refused.
    void setToken(const ApiToken &token) { m_token = token; }
    // Bytes of answers to GET requests for lists kept until the data changes; 0 keeps none.
    void setCacheCapacity(qsizetype bytes) { m_cache.setCapacity(bytes); }
    ApiResponse handle(const ApiRequest &request);
    // handle() with group commit: a create of an interaction that can be read is queued
    // (ApiResponse::queued) instead of answered; answerQueued() writes every queued one in one
    // transaction and answers each, in the order they were queued. Where each statement is a
    // round trip to the database server, a read of one interaction is queued too, and every
    // queued read is answered from one statement.
    ApiResponse handleOrQueue(const ApiRequest &request);
    QList<ApiResponse> answerQueued();

private:
    enum class Queued { Create, Retrieve };

    ApiResponse respond(const ApiRequest &request, bool queue);

    Database &m_database;
    InteractionResource m_interactions;
    LeadResource m_leads;
    ContactResource m_contacts;
    HistoryResource m_history;
    SyncResource m_sync;
    ApiToken m_token;
    PeopleTokens m_people;
    ResponseCache m_cache;
    QList<Queued> m_queued;
};
