#pragma once

// One answer of the REST API: a status, a JSON body and any headers beyond the content ones.

#include "storage/storeresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct ApiResponse
{
    int status = 200;
    QByteArray body; // always JSON: every answer, errors included, is application/json
    QList<QPair<QByteArray, QByteArray>> headers;
    // Not an answer yet: the request waits for a group commit and is answered when it is done.
    bool queued = false;

    static ApiResponse queuedForCommit();

    static ApiResponse json(int status, const QByteArray &body);
    // DRF's {"detail": "..."} shape.
    static ApiResponse detail(int status, const QString &message);
    static ApiResponse notFound(); // 404 {"detail": "Not found."}
    // 400 {"field": ["message", ...]} with the fields in the contract's order.
    static ApiResponse invalid(const ValidationErrors &errors, const QStringList &fieldOrder);
    // 503: the database failed; never caused by what a client sends.
    static ApiResponse unavailable(const QString &failure);
    // The answer for a store result that is not Ok.
    template<typename T>
    static ApiResponse failure(const StoreResult<T> &result, const QStringList &fieldOrder)
    {
        switch (result.status) {
        case StoreStatus::NotFound:
            return notFound();
        case StoreStatus::Invalid:
            return invalid(result.errors, fieldOrder);
        case StoreStatus::Ok:
        case StoreStatus::Failed:
            break;
        }
        return unavailable(result.failure);
    }

    std::optional<QByteArray> header(const QByteArray &name) const;
};
