#include "peopletokens.h"

#include "apirequest.h"
#include "apitoken.h"

PeopleTokens::PeopleTokens(Database &database)
    : m_store(database)
{ }

// Asked once a pass: the posted call that allows the next question is delivered as the event
// loop's next pass begins, before it reads any request (as Database::beginReadBatch() explains),
// so a request read after another process's revocation is judged on it.
QString PeopleTokens::refresh()
{
    if (m_checkedThisPass && m_census)
        return {};
    const StoreResult<PersonStore::Census> census = m_store.census();
    if (!census.ok())
        return census.failure;
    if (!m_census || *m_census != census.value) {
        const StoreResult<QHash<QByteArray, Person>> people = m_store.byTokenHash();
        if (!people.ok())
            return people.failure;
        m_byHash = people.value;
        m_census = census.value;
    }
    m_checkedThisPass = true;
    QMetaObject::invokeMethod(
        &m_passEnd, [this] { m_checkedThisPass = false; }, Qt::QueuedConnection);
    return {};
}

std::optional<ApiResponse> PeopleTokens::refusal(const ApiRequest &request, bool *hasPeople,
                                                 std::optional<Person> *person)
{
    if (const QString failure = refresh(); !failure.isEmpty()) {
        *hasPeople = true;
        return ApiResponse::unavailable(failure);
    }
    *hasPeople = m_census && m_census->people > 0;
    if (!*hasPeople)
        return std::nullopt;
    const std::variant<QByteArray, ApiResponse> key = ApiToken::presentedKey(request);
    if (const ApiResponse *refused = std::get_if<ApiResponse>(&key))
        return *refused;
    // Looked up by the token's hash: what a lookup's time could tell is about the hash, which
    // says nothing of any token.
    const auto found = m_byHash.constFind(PersonStore::tokenHash(std::get<QByteArray>(key)));
    if (found == m_byHash.cend())
        return ApiToken::unauthorized(QStringLiteral("Invalid token."));
    if (found->isRevoked())
        return ApiToken::unauthorized(QStringLiteral("User inactive or deleted."));
    if (person)
        *person = *found;
    return std::nullopt;
}
