#pragma once

// The JSON object a POST, PATCH or PUT carries, read as DRF's JSONParser reads it; or the answer
// (415, or 400 with DRF's words) when the body is not one.

#include "apiresponse.h"

#include <QJsonObject>

#include <optional>

struct ApiRequest;

class RequestBody final
{
public:
    explicit RequestBody(const ApiRequest &request);

    bool isObject() const { return !m_error.has_value(); }
    const QJsonObject &object() const { return m_object; }
    // The answer to give instead when isObject() is false.
    const ApiResponse &error() const { return *m_error; }

private:
    QJsonObject m_object;
    std::optional<ApiResponse> m_error;
};
