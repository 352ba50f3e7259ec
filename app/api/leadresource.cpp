#include "leadresource.h"

#include "apirequest.h"
#include "jsonform.h"
#include "listpaging.h"
#include "queryreader.h"
#include "requestbody.h"

ApiResponse LeadResource::list(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const ListPaging paging = ListPaging::read(query);
    if (!errors.isEmpty())
        return ApiResponse::invalid(errors, { QStringLiteral("limit"), QStringLiteral("offset") });

    const StoreResult<QList<Lead>> items = m_store.list(paging.offset(), paging.limit());
    if (!items.ok())
        return ApiResponse::failure(items, {});
    const QByteArray results = JsonForm::writeList(items.value);
    if (!paging.isEnabled())
        return ApiResponse::json(200, results);
    const StoreResult<qint64> count = m_store.count();
    if (!count.ok())
        return ApiResponse::failure(count, {});
    return ApiResponse::json(200, paging.page(request, count.value, results));
}

ApiResponse LeadResource::create(const ApiRequest &request)
{
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const LeadDraft draft = JsonForm::readLead(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(draft));
        return ApiResponse::invalid(errors, JsonForm::leadFields());
    }
    const StoreResult<Lead> created = m_store.create(draft);
    if (!created.ok())
        return ApiResponse::failure(created, JsonForm::leadFields());
    return ApiResponse::json(201, JsonForm::write(created.value));
}

ApiResponse LeadResource::retrieve(qint64 id) const
{
    const StoreResult<Lead> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    return ApiResponse::json(200, JsonForm::write(stored.value));
}

ApiResponse LeadResource::update(qint64 id, const ApiRequest &request)
{
    const StoreResult<Lead> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const LeadDraft change = JsonForm::readLead(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(change, id));
        return ApiResponse::invalid(errors, JsonForm::leadFields());
    }
    const StoreResult<Lead> updated = m_store.update(id, change);
    if (!updated.ok())
        return ApiResponse::failure(updated, JsonForm::leadFields());
    return ApiResponse::json(200, JsonForm::write(updated.value));
}

ApiResponse LeadResource::remove(qint64 id)
{
    const StoreResult<Lead> removed = m_store.remove(id);
    if (!removed.ok())
        return ApiResponse::failure(removed, {});
    return ApiResponse::json(200, QByteArrayLiteral(R"({"message":"Lead deleted successfully."})"));
}
