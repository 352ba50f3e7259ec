#include "interactionresource.h"

#include "apirequest.h"
#include "jsonform.h"
#include "listpaging.h"
#include "queryreader.h"
#include "requestbody.h"

namespace {

const QStringList &filterFields()
{
    static const QStringList fields { QStringLiteral("lead"), QStringLiteral("contact"),
                                      QStringLiteral("limit"), QStringLiteral("offset") };
    return fields;
}

} // namespace

ApiResponse InteractionResource::list(const ApiRequest &request, bool ordersOnly) const
{
    ValidationErrors errors;
    QueryReader query(request, errors);
    InteractionFilter filter;
    filter.lead = query.integer(QStringLiteral("lead"));
    filter.contact = query.integer(QStringLiteral("contact"));
    filter.ordersOnly = ordersOnly;
    const ListPaging paging = ListPaging::read(query);
    if (!errors.isEmpty())
        return ApiResponse::invalid(errors, filterFields());

    const StoreResult<QList<Interaction>> items
        = m_store.list(filter, paging.offset(), paging.limit());
    if (!items.ok())
        return ApiResponse::failure(items, {});
    const QByteArray results = JsonForm::writeList(items.value);
    if (!paging.isEnabled())
        return ApiResponse::json(200, results);
    const StoreResult<qint64> count = m_store.count(filter);
    if (!count.ok())
        return ApiResponse::failure(count, {});
    return ApiResponse::json(200, paging.page(request, count.value, results));
}

ApiResponse InteractionResource::create(const ApiRequest &request)
{
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const InteractionDraft draft = JsonForm::readInteraction(body.object(), errors);
    if (!errors.isEmpty()) {
        // Every bad field at once: what could not be read, then what the rules say of the rest.
        errors.merge(m_store.check(draft));
        return ApiResponse::invalid(errors, JsonForm::interactionFields());
    }
    const StoreResult<Interaction> created = m_store.create(draft);
    if (!created.ok())
        return ApiResponse::failure(created, JsonForm::interactionFields());
    return ApiResponse::json(201, JsonForm::write(created.value));
}

ApiResponse InteractionResource::retrieve(qint64 id) const
{
    const StoreResult<Interaction> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    return ApiResponse::json(200, JsonForm::write(stored.value));
}

ApiResponse InteractionResource::update(qint64 id, const ApiRequest &request)
{
    // DRF looks the object up before it reads the body: an unknown id is 404 whatever was sent.
    const StoreResult<Interaction> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const InteractionDraft change = JsonForm::readInteraction(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(change, id));
        return ApiResponse::invalid(errors, JsonForm::interactionFields());
    }
    const StoreResult<Interaction> updated = m_store.update(id, change);
    if (!updated.ok())
        return ApiResponse::failure(updated, JsonForm::interactionFields());
    return ApiResponse::json(200, JsonForm::write(updated.value));
}

ApiResponse InteractionResource::remove(qint64 id)
{
    const StoreResult<Interaction> removed = m_store.remove(id);
    if (!removed.ok())
        return ApiResponse::failure(removed, {});
    return ApiResponse::json(
        200, QByteArrayLiteral(R"({"message":"Interaction deleted successfully."})"));
}

ApiResponse InteractionResource::orderDetails(qint64 id) const
{
    const StoreResult<OrderDetails> details = m_store.orderDetails(id);
    if (!details.ok())
        return ApiResponse::failure(details, {});
    return ApiResponse::json(200, JsonForm::write(details.value));
}

ApiResponse InteractionResource::setOrderDetails(qint64 id, const ApiRequest &request)
{
    const StoreResult<Interaction> stored = m_store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    const StoreResult<OrderDetails> before = m_store.orderDetails(id);
    if (before.status == StoreStatus::Failed)
        return ApiResponse::failure(before, {});
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const OrderDetailsDraft draft = JsonForm::readOrderDetails(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(m_store.check(InteractionDraft(), id, draft));
        return ApiResponse::invalid(errors, JsonForm::orderDetailsFields());
    }
    const StoreResult<OrderDetails> written = m_store.setOrderDetails(id, draft);
    if (!written.ok())
        return ApiResponse::failure(written, JsonForm::orderDetailsFields());
    return ApiResponse::json(before.ok() ? 200 : 201, JsonForm::write(written.value));
}
