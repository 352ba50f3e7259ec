#include "contactresource.h"

#include "queryreader.h"
#include "recordendpoints.h"

ApiResponse ContactResource::list(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const std::optional<qint64> lead = query.integer(QStringLiteral("lead"));
    const ListPaging paging = ListPaging::read(query);
    if (!errors.isEmpty())
        return ApiResponse::invalid(
            errors, { QStringLiteral("lead"), QStringLiteral("limit"), QStringLiteral("offset") });
    return RecordEndpoints::list(
        request, paging,
        [this, lead](qint64 offset, qint64 limit) { return m_store.list(lead, offset, limit); },
        [this, lead] { return m_store.count(lead); });
}

ApiResponse ContactResource::create(const ApiRequest &request)
{
    return RecordEndpoints::create(m_store, request, &JsonForm::readContact,
                                   JsonForm::contactFields());
}

ApiResponse ContactResource::retrieve(qint64 id) const
{
    return RecordEndpoints::retrieve(m_store, id);
}

ApiResponse ContactResource::update(qint64 id, const ApiRequest &request)
{
    return RecordEndpoints::update(m_store, id, request, &JsonForm::readContact,
                                   JsonForm::contactFields());
}

ApiResponse ContactResource::remove(qint64 id)
{
    return RecordEndpoints::remove(
        m_store, id, QByteArrayLiteral(R"({"message":"Contact deleted successfully."})"));
}
