#include "interactionresource.h"

#include "apirequest.h"
#include "listpaging.h"
#include "queryreader.h"
#include "recordendpoints.h"
#include "requestbody.h"
#include "storage/database.h"
#include "json/jsonform.h"
#include "json/jsonobjectwriter.h"

#include <QJsonDocument>

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
    return RecordEndpoints::list(
        request, paging,
        [this, &filter](qint64 offset, qint64 limit) {
            return m_store.listJson(filter, offset, limit);
        },
        [this, &filter] { return m_store.count(filter); });
}

ApiResponse InteractionResource::create(const ApiRequest &request)
{
    return RecordEndpoints::create(m_store, request, &JsonForm::readInteraction,
                                   JsonForm::interactionFields());
}

ApiResponse InteractionResource::queueCreate(const ApiRequest &request)
{
    auto draft = RecordEndpoints::readNew(m_store, request, &JsonForm::readInteraction,
                                          JsonForm::interactionFields());
    if (const ApiResponse *answer = std::get_if<ApiResponse>(&draft))
        return *answer;
    m_queued.append(std::get<InteractionDraft>(std::move(draft)));
    m_queuedPeople.append(m_database.actingPerson());
    return ApiResponse::queuedForCommit();
}

QList<ApiResponse> InteractionResource::createQueued()
{
    const QList<InteractionDraft> drafts = std::exchange(m_queued, {});
    const QList<std::optional<qint64>> people = std::exchange(m_queuedPeople, {});
    QList<ApiResponse> answers;
    answers.reserve(drafts.size());
    for (const StoreResult<Interaction> &result : m_store.createMany(drafts, people))
        answers.append(RecordEndpoints::created(result, JsonForm::interactionFields()));
    return answers;
}

ApiResponse InteractionResource::retrieve(qint64 id) const
{
    const StoreResult<QByteArray> stored = m_store.getJson(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    return ApiResponse::json(200, stored.value);
}

ApiResponse InteractionResource::queueRetrieve(qint64 id)
{
    m_queuedReads.append(id);
    return ApiResponse::queuedForCommit();
}

QList<ApiResponse> InteractionResource::retrieveQueued()
{
    const QList<qint64> ids = std::exchange(m_queuedReads, {});
    QList<ApiResponse> answers;
    if (ids.isEmpty())
        return answers;
    answers.reserve(ids.size());
    const StoreResult<QHash<qint64, QByteArray>> read = m_store.getManyJson(ids);
    for (const qint64 id : ids) {
        if (!read.ok())
            answers.append(ApiResponse::failure(read, {}));
        else if (const auto found = read.value.constFind(id); found != read.value.cend())
            answers.append(ApiResponse::json(200, *found));
        else
            answers.append(ApiResponse::failure(StoreResult<QByteArray>::notFound(), {}));
    }
    return answers;
}

ApiResponse InteractionResource::update(qint64 id, const ApiRequest &request)
{
    return RecordEndpoints::update(m_store, id, request, &JsonForm::readInteraction,
                                   JsonForm::interactionFields());
}

ApiResponse InteractionResource::remove(qint64 id)
{
    return RecordEndpoints::remove(
        m_store, id, QByteArrayLiteral(R"({"message":"Interaction deleted successfully."})"));
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
