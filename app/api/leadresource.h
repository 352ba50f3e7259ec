#pragma once

// /leads/: beyond the contract, so that integrations can keep their leads in step.

#include "apiresponse.h"
#include "storage/leadstore.h"

struct ApiRequest;
class Database;

class LeadResource final
{
public:
    explicit LeadResource(Database &database)
        : m_store(database)
    { }

    ApiResponse list(const ApiRequest &request) const;
    ApiResponse create(const ApiRequest &request);
    ApiResponse retrieve(qint64 id) const;
    ApiResponse update(qint64 id, const ApiRequest &request);
    // Takes the lead's contacts and their interactions with it.
    ApiResponse remove(qint64 id);

private:
    LeadStore m_store;
};
