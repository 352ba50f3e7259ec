#include "contactresource.h"

#include "apirequest.h"
#include "jsonform.h"
#include "listpaging.h"
#include "queryreader.h"
#include "requestbody.h"

ApiResponse ContactResource::list(const ApiRequest &request) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    const std::optional<qint64> lead = query.integer(QStringLiteral("lead"));
    const ListPaging paging = ListPaging::read(query);
    if (!errors.isEmpty())
        return ApiResponse::invalid(
            errors, { QStringLiteral("lead"), QStringLiteral("limit"), QStringLiteral("offset") });

    const StoreResult<QList<Contact>> items = m_store.list(lead, paging.offset(), paging.limit());
    if (!items.ok())
        return ApiResponse::failure(items, {});
    const QByteArray results = JsonForm::writeList(items.value);
    if (!paging.isEnabled())
        return ApiResponse::json(200, results);
    const StoreResult<qint64> count = m_store.count(lead);
    if (!count.ok())
        return ApiResponse::failure(count, {});
    return ApiResponse::json(200, paging.page(request, count.value, results));
}

ApiResponse ContactResource::create(const ApiRequest &request)
{
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const ContactDraft draft = JsonForm::readContact(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(draft));
        return ApiResponse::invalid(errors, JsonForm::contactFields());
    }
    const StoreResult<Contact> created = m_store.create(draft);
    if (!created.ok())
        return ApiResponse::failure(created, JsonForm::contactFields());
    return ApiResponse::json(201, JsonForm::write(created.value));
}

ApiResponse ContactResource::retrieve(qint64 id) const
{
    const StoreResult<Contact> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    return ApiResponse::json(200, JsonForm::write(stored.value));
}

ApiResponse ContactResource::update(qint64 id, const ApiRequest &request)
{
    const StoreResult<Contact> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const ContactDraft change = JsonForm::readContact(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(change, id));
        return ApiResponse::invalid(errors, JsonForm::contactFields());
    }
    const StoreResult<Contact> updated = m_store.update(id, change);
    if (!updated.ok())
        return ApiResponse::failure(updated, JsonForm::contactFields());
    return ApiResponse::json(200, JsonForm::write(updated.value));
}

ApiResponse ContactResource::remove(qint64 id)
{
    const StoreResult<Contact> removed = m_store.remove(id);
    if (!removed.ok())
        return ApiResponse::failure(removed, {});
    return ApiResponse::json(200,
                             QByteArrayLiteral(R"({"message":"Contact deleted successfully."})"));
}
