#pragma once

// /contacts/: beyond the contract, so that integrations can keep their contacts in step.

#include "apiresponse.h"
#include "storage/contactstore.h"

struct ApiRequest;
class Database;

class ContactResource final
{
public:
    explicit ContactResource(Database &database)
        : m_store(database)
    { }

    ApiResponse list(const ApiRequest &request) const; // ?lead= and paging
    ApiResponse create(const ApiRequest &request);
    ApiResponse retrieve(qint64 id) const;
    ApiResponse update(qint64 id, const ApiRequest &request);
    // Takes the contact's interactions with it.
    ApiResponse remove(qint64 id);

private:
    ContactStore m_store;
};
