#pragma once

// Opt-in paging in DRF's LimitOffsetPagination convention: with ?limit= (and ?offset=) a list
// answers {"count", "next", "previous", "results"}; without them, the contract's plain array.

#include <QByteArray>
#include <QtGlobal>

struct ApiRequest;
class QueryReader;

class ListPaging final
{
public:
    static constexpr qint64 maximumLimit = 1000; // DRF's max_limit: a larger limit is cut to it

    // Reads ?limit= and ?offset=; a bad value is recorded by the reader.
    static ListPaging read(QueryReader &query);

    bool isEnabled() const { return m_enabled; }
    qint64 offset() const { return m_enabled ? m_offset : 0; }
    qint64 limit() const { return m_enabled ? m_limit : -1; } // -1: no limit

    // The page around results (a JSON array of this page's items) out of count in all, with
    // absolute links as DRF builds them from the request.
    QByteArray page(const ApiRequest &request, qint64 count, const QByteArray &results) const;

private:
    QByteArray link(const ApiRequest &request, qint64 offset) const;

    bool m_enabled = false;
    qint64 m_limit = maximumLimit;
    qint64 m_offset = 0;
};
