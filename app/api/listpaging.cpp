#include "listpaging.h"

#include "apirequest.h"
#include "queryreader.h"
#include "json/jsonobjectwriter.h"

#include <QMap>
#include <QStringList>

namespace {

const QString limitKey = QStringLiteral("limit");
const QString offsetKey = QStringLiteral("offset");

// Python's quote_plus: only letters, digits and "_.-~" stay as they are; a space becomes '+'.
QByteArray quotedPlus(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray result;
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        const bool safe = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
            || (byte >= '0' && byte <= '9') || c == '_' || c == '.' || c == '-' || c == '~';
        if (safe) {
            result += c;
        } else if (c == ' ') {
            result += '+';
        } else {
            result += '%';
            result += hex[byte >> 4];
            result += hex[byte & 0xf];
        }
    }
    return result;
}

} // namespace

ListPaging ListPaging::read(QueryReader &query)
{
    ListPaging paging;
    paging.m_enabled = query.has(limitKey) || query.has(offsetKey);
    if (const std::optional<qint64> limit = query.integer(limitKey, 1))
        paging.m_limit = qMin(*limit, maximumLimit);
    if (const std::optional<qint64> offset = query.integer(offsetKey, 0))
        paging.m_offset = *offset;
    return paging;
}

// DRF's replace_query_param and remove_query_param: the query's parameters grouped by name,
// sorted by name, limit and offset set (offset left out when it would be 0).
QByteArray ListPaging::link(const ApiRequest &request, qint64 offset) const
{
    QMap<QString, QStringList> parameters;
    for (const auto &[key, value] : request.queryItems())
        parameters[key].append(value);
    parameters[limitKey] = QStringList { QString::number(m_limit) };
    if (offset > 0)
        parameters[offsetKey] = QStringList { QString::number(offset) };
    else
        parameters.remove(offsetKey);
    QByteArrayList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        for (const QString &value : it.value())
            pairs.append(quotedPlus(it.key()) + '=' + quotedPlus(value));
    }
    return (request.tls ? "https://" : "http://") + request.host + request.rawPath + '?'
        + pairs.join('&');
}

QByteArray ListPaging::page(const ApiRequest &request, qint64 count,
                            const QByteArray &results) const
{
    JsonObjectWriter writer;
    writer.add("count", count);
    if (m_offset + m_limit < count)
        writer.add("next", QString::fromUtf8(link(request, m_offset + m_limit)));
    else
        writer.addNull("next");
    if (m_offset > 0)
        writer.add("previous", QString::fromUtf8(link(request, m_offset - m_limit)));
    else
        writer.addNull("previous");
    writer.addRaw("results", results);
    return writer.toJson();
}
