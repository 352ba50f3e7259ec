#include "responsecache.h"

#include "apirequest.h"

ResponseCache::ResponseCache(const Database &database, qsizetype capacityBytes)
    : m_database(database)
    , m_answers(capacityBytes)
{ }

void ResponseCache::setCapacity(qsizetype capacityBytes)
{
    m_answers.setMaxCost(capacityBytes);
}

// Everything an answer to a GET of a list depends on: the path and query as sent, and the Host
// header and scheme that its paging links are built from (one server answers both http and
// https links behind a proxy). The token was checked before.
QByteArray ResponseCache::keyOf(const ApiRequest &request)
{
    return request.rawPath + '?' + request.rawQuery + '\n' + request.host
        + (request.tls ? "\nhttps" : "\nhttp");
}

std::optional<ApiResponse> ResponseCache::find(const ApiRequest &request)
{
    if (m_answers.maxCost() <= 0)
        return std::nullopt;
    // Asked before every use, not only on the changed() signal: another process's commit is
    // seen by the next request, not at the next tick of the watch.
    const Database::ChangeStamp stamp = m_database.changeStamp();
    if (!(stamp == m_stamp) || stamp.dataVersion < 0) {
        m_answers.clear();
        m_stamp = stamp;
        return std::nullopt;
    }
    if (const ApiResponse *kept = m_answers.object(keyOf(request)))
        return *kept;
    return std::nullopt;
}

void ResponseCache::insert(const ApiRequest &request, const ApiResponse &response)
{
    if (m_answers.maxCost() <= 0 || response.status != 200 || response.queued)
        return;
    const qsizetype cost = response.body.size() + 256;
    if (cost > m_answers.maxCost())
        return;
    m_answers.insert(keyOf(request), new ApiResponse(response), cost);
}
