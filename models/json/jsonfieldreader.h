#pragma once

// Reads the fields of a request body as DRF's serializer fields would, recording a problem for
// every field that is present but not of its kind. A field left out reads as empty.

#include "core/money.h"
#include "core/validationerrors.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

class JsonFieldReader final
{
public:
    JsonFieldReader(const QJsonObject &object, ValidationErrors &errors)
        : m_object(object)
        , m_errors(errors)
    { }

    std::optional<qint64> primaryKey(const QString &field);
    std::optional<qint64> integer(const QString &field);
    std::optional<QString> text(const QString &field); // trimmed, as DRF's CharField
    std::optional<bool> boolean(const QString &field);
    std::optional<QDateTime> dateTime(const QString &field);
    std::optional<Money> money(const QString &field);

    template<typename T>
    std::optional<T> choice(const QString &field,
                            const std::function<std::optional<T>(const QString &)> &fromCode)
    {
        const std::optional<QString> code = rawChoice(field);
        if (!code)
            return std::nullopt;
        const std::optional<T> value = fromCode(*code);
        if (!value)
            invalidChoice(field, *code);
        return value;
    }

private:
    // The value when the field is there and not null; records "may not be null" for null.
    std::optional<QJsonValue> present(const QString &field);
    std::optional<QString> rawChoice(const QString &field);
    void invalidChoice(const QString &field, const QString &code);

    const QJsonObject &m_object;
    ValidationErrors &m_errors;
};
