#include "leadresource.h"

#include "queryreader.h"
#include "recordendpoints.h"

ApiResponse LeadResource::list(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const ListPaging paging = ListPaging::read(query);
    if (!errors.isEmpty())
        return ApiResponse::invalid(errors, { QStringLiteral("limit"), QStringLiteral("offset") });
    return RecordEndpoints::list(
        request, paging,
        [this](qint64 offset, qint64 limit) { return m_store.list(offset, limit); },
        [this] { return m_store.count(); });
}

ApiResponse LeadResource::create(const ApiRequest &request)
{
    return RecordEndpoints::create(m_store, request, &JsonForm::readLead, JsonForm::leadFields());
}

ApiResponse LeadResource::retrieve(qint64 id) const
{
    return RecordEndpoints::retrieve(m_store, id);
}

ApiResponse LeadResource::update(qint64 id, const ApiRequest &request)
{
    return RecordEndpoints::update(m_store, id, request, &JsonForm::readLead,
                                   JsonForm::leadFields());
}

ApiResponse LeadResource::remove(qint64 id)
{
    return RecordEndpoints::remove(
        m_store, id, QByteArrayLiteral(R"({"message":"Lead deleted successfully."})"));
}
