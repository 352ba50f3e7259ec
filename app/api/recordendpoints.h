#pragma once

// What the lead, contact and interaction endpoints do alike, written once for any store with
// check(), create(), get(), update() and remove(): DRF's create, retrieve, partial update, destroy
// and list, each answering as DRF would.

#include "apirequest.h"
#include "apiresponse.h"
#include "listpaging.h"
#include "requestbody.h"
#include "json/jsonform.h"

#include <QJsonObject>

#include <type_traits>

#include <variant>

namespace RecordEndpoints {

template<typename Draft> using DraftReader = Draft (*)(const QJsonObject &, ValidationErrors &);

// The first half of create(): the draft a body holds, or the answer when it cannot be read.
template<typename Store, typename Draft>
std::variant<Draft, ApiResponse> readNew(const Store &store, const ApiRequest &request,
                                         DraftReader<Draft> read, const QStringList &fields)
{
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    Draft draft = read(body.object(), errors);
    if (!errors.isEmpty()) {
        // Every bad field at once: what could not be read, then what the rules say of the rest.
        errors.merge(store.check(draft));
        return ApiResponse::invalid(errors, fields);
    }
    return draft;
}

// The second half: the answer for what the store made of the draft.
template<typename T> ApiResponse created(const StoreResult<T> &result, const QStringList &fields)
{
    if (!result.ok())
        return ApiResponse::failure(result, fields);
    return ApiResponse::json(201, JsonForm::write(result.value));
}

template<typename Store, typename Draft>
ApiResponse create(Store &store, const ApiRequest &request, DraftReader<Draft> read,
                   const QStringList &fields)
{
    auto draft = readNew(store, request, read, fields);
    if (const ApiResponse *answer = std::get_if<ApiResponse>(&draft))
        return *answer;
    return created(store.create(std::get<Draft>(draft)), fields);
}

template<typename Store> ApiResponse retrieve(const Store &store, qint64 id)
{
    const auto stored = store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    return ApiResponse::json(200, JsonForm::write(stored.value));
}

template<typename Store, typename Draft>
ApiResponse update(Store &store, qint64 id, const ApiRequest &request, DraftReader<Draft> read,
                   const QStringList &fields)
{
    // DRF looks the object up before it reads the body: an unknown id is 404 whatever was sent.
    const auto stored = store.get(id);
    if (!stored.ok())
        return ApiResponse::failure(stored, {});
    const RequestBody body(request);
    if (!body.isObject())
        return body.error();
    ValidationErrors errors;
    const Draft change = read(body.object(), errors);
    if (!errors.isEmpty()) {
        errors.merge(store.check(change, id));
        return ApiResponse::invalid(errors, fields);
    }
    const auto updated = store.update(id, change);
    if (!updated.ok())
        return ApiResponse::failure(updated, fields);
    return ApiResponse::json(200, JsonForm::write(updated.value));
}

template<typename Store> ApiResponse remove(Store &store, qint64 id, const QByteArray &answer)
{
    const auto removed = store.remove(id);
    if (!removed.ok())
        return ApiResponse::failure(removed, {});
    return ApiResponse::json(200, answer);
}

// One page of a list, or the whole list when paging is off; items(offset, limit) and count()
// ask the store.
template<typename Items, typename Count>
ApiResponse list(const ApiRequest &request, const ListPaging &paging, Items items, Count count)
{
    const auto found = items(paging.offset(), paging.limit());
    if (!found.ok())
        return ApiResponse::failure(found, {});
    QByteArray results;
    if constexpr (std::is_same_v<std::decay_t<decltype(found.value)>, QByteArray>)
        results = found.value; // already JSON
    else
        results = JsonForm::writeList(found.value);
    if (!paging.isEnabled())
        return ApiResponse::json(200, results);
    const StoreResult<qint64> total = count();
    if (!total.ok())
        return ApiResponse::failure(total, {});
    return ApiResponse::json(200, paging.page(request, total.value, results));
}

} // namespace RecordEndpoints
