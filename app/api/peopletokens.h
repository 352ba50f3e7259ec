#pragma once

// The API's check of a request's token once the database has people (`touchpoint users`): the
// token must be someone's, and not revoked, or DRF's 401 answers. The tokens are read again when
// anyone was added or revoked, which is asked of the database once a pass of the event loop, so
// that a revocation made by another process is in force for every request read after it.

#include "apiresponse.h"
#include "storage/personstore.h"

#include <QHash>
#include <QObject>

#include <optional>

struct ApiRequest;
class Database;

class PeopleTokens final
{
public:
    explicit PeopleTokens(Database &database);

    // Nothing when the database has nobody (the single shared token, if any, decides) or the
    // token is a person's; the 401 otherwise. The person, when one is known, goes to *person.
    // Failed when the people cannot be read: a 503, never a request let in unchecked.
    std::optional<ApiResponse> refusal(const ApiRequest &request, bool *hasPeople,
                                       std::optional<Person> *person = nullptr);

private:
    QString refresh();

    PersonStore m_store;
    QObject m_passEnd; // the context of the posted call that ends a pass
    bool m_checkedThisPass = false;
    std::optional<PersonStore::Census> m_census;
    QHash<QByteArray, Person> m_byHash;
};
