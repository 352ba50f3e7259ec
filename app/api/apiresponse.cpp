#include "apiresponse.h"

#include "json/jsonform.h"

ApiResponse ApiResponse::json(int status, const QByteArray &body)
{
    return { status, body, {} };
}

ApiResponse ApiResponse::detail(int status, const QString &message)
{
    return json(status, JsonForm::writeDetail(message));
}

ApiResponse ApiResponse::notFound()
{
    return detail(404, QStringLiteral("Not found."));
}

ApiResponse ApiResponse::invalid(const ValidationErrors &errors, const QStringList &fieldOrder)
{
    return json(400, JsonForm::writeErrors(errors, fieldOrder));
}

ApiResponse ApiResponse::unavailable(const QString &failure)
{
    return detail(503, QStringLiteral("The database could not answer: %1").arg(failure));
}

std::optional<QByteArray> ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

ApiResponse ApiResponse::queuedForCommit()
{
    ApiResponse response;
    response.queued = true;
    return response;
}
