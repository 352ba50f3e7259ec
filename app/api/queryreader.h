#pragma once

// Reads the filter and paging values of a request's query, recording DRF's message for each bad
// one under its parameter's name, so that every bad value is reported at once.

#include <QString>

#include <limits>
#include <optional>

struct ApiRequest;
class ValidationErrors;

class QueryReader final
{
public:
    QueryReader(const ApiRequest &request, ValidationErrors &errors)
        : m_request(request)
        , m_errors(errors)
    { }

    bool has(const QString &key) const;
    // A whole number of at least minimum; nothing when the parameter is absent or blank (as
    // django-filter ignores an empty filter). Anything else is recorded as an error.
    std::optional<qint64> integer(const QString &key,
                                  qint64 minimum = std::numeric_limits<qint64>::min());

private:
    const ApiRequest &m_request;
    ValidationErrors &m_errors;
};
