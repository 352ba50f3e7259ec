#pragma once

// The REST API without HTTP: routes a request to its resource and answers it, so that it can be
// tested and fuzzed without a socket. Requests are answered one at a time, in the thread that
// owns the Database.

#include "apiresponse.h"
#include "contactresource.h"
#include "interactionresource.h"
#include "leadresource.h"

struct ApiRequest;
class Database;

class RestApi final
{
public:
    explicit RestApi(Database &database);

    ApiResponse handle(const ApiRequest &request);

private:
    InteractionResource m_interactions;
    LeadResource m_leads;
    ContactResource m_contacts;
};
