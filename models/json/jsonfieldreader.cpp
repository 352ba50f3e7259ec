#include "json/jsonfieldreader.h"

#include "core/isotimestamp.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace {

// DRF names the received type with Python's words.
QString pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return value.toInteger(std::numeric_limits<qint64>::min())
                == std::numeric_limits<qint64>::min()
            ? QStringLiteral("float")
            : QStringLiteral("int");
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("dict");
    default:
        return QStringLiteral("NoneType");
    }
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(sentinel);
    if (number != sentinel)
        return number;
    return std::nullopt;
}

std::optional<qint64> digits(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace

std::optional<QJsonValue> JsonFieldReader::present(const QString &field)
{
    const auto it = m_object.constFind(field);
    if (it == m_object.constEnd())
        return std::nullopt;
    if (it->isNull()) {
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "This field may not be null."));
        return std::nullopt;
    }
    return *it;
}

std::optional<qint64> JsonFieldReader::primaryKey(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    std::optional<qint64> key;
    if (value->isDouble())
        key = wholeNumber(*value);
    else if (value->isString())
        key = digits(value->toString());
    if (!key)
        m_errors.add(field,
                     QT_TRANSLATE_NOOP("Rules", "Incorrect type. Expected pk value, received %1."),
                     { pythonTypeName(*value) });
    return key;
}

std::optional<qint64> JsonFieldReader::integer(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    std::optional<qint64> number;
    if (value->isDouble())
        number = wholeNumber(*value);
    else if (value->isString())
        number = digits(value->toString());
    if (!number)
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "A valid integer is required."));
    return number;
}

std::optional<QString> JsonFieldReader::text(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "Not a valid string."));
        return std::nullopt;
    }
    const QString text = value->toString();
    if (text.contains(QChar(0))) {
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "Null characters are not allowed."));
        return std::nullopt;
    }
    if (!text.isValidUtf16()) {
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "Not a valid string."));
        return std::nullopt;
    }
    return text.trimmed();
}

std::optional<bool> JsonFieldReader::boolean(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    if (value->isBool())
        return value->toBool();
    // The spellings DRF's BooleanField takes.
    static const QStringList truths { QStringLiteral("true"), QStringLiteral("True"),
                                      QStringLiteral("TRUE"), QStringLiteral("1"),
                                      QStringLiteral("yes"),  QStringLiteral("on") };
    static const QStringList falsehoods { QStringLiteral("false"), QStringLiteral("False"),
                                          QStringLiteral("FALSE"), QStringLiteral("0"),
                                          QStringLiteral("no"),    QStringLiteral("off") };
    if (value->isString()) {
        if (truths.contains(value->toString()))
            return true;
        if (falsehoods.contains(value->toString()))
            return false;
    }
    if (value->isDouble()) {
        if (const std::optional<qint64> number = wholeNumber(*value);
            number && (*number == 0 || *number == 1))
            return *number == 1;
    }
    m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "Must be a valid boolean."));
    return std::nullopt;
}

std::optional<QDateTime> JsonFieldReader::dateTime(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    std::optional<QDateTime> time;
    if (value->isString())
        time = IsoTimestamp::parse(value->toString().trimmed());
    if (!time)
        m_errors.add(field,
                     QT_TRANSLATE_NOOP("Rules",
                                       "Datetime has wrong format. Use "
                                       "YYYY-MM-DDThh:mm[:ss[.uuuuuu]] followed by Z, +HH:MM or "
                                       "-HH:MM, such as 2024-12-24T15:30:00Z."));
    return time;
}

std::optional<Money> JsonFieldReader::money(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    Money::ParseError error = Money::ParseError::NotANumber;
    std::optional<Money> amount;
    if (value->isDouble())
        amount = Money::fromJsonNumber(value->toDouble(), &error);
    else if (value->isString())
        amount = Money::fromDecimalText(value->toString(), &error);
    if (amount)
        return amount;
    switch (error) {
    case Money::ParseError::NotANumber:
        m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "A valid number is required."));
        break;
    case Money::ParseError::TooManyDecimals:
        m_errors.add(
            field,
            QT_TRANSLATE_NOOP("Rules", "Ensure that there are no more than 2 decimal places."));
        break;
    case Money::ParseError::TooManyDigits:
        m_errors.add(
            field,
            QT_TRANSLATE_NOOP("Rules", "Ensure that there are no more than 10 digits in total."));
        break;
    }
    return std::nullopt;
}

std::optional<QString> JsonFieldReader::rawChoice(const QString &field)
{
    const std::optional<QJsonValue> value = present(field);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        invalidChoice(
            field, value->isDouble() ? QString::number(value->toDouble()) : pythonTypeName(*value));
        return std::nullopt;
    }
    return value->toString();
}

void JsonFieldReader::invalidChoice(const QString &field, const QString &code)
{
    m_errors.add(field, QT_TRANSLATE_NOOP("Rules", "\"%1\" is not a valid choice."),
                 { code.left(100) });
}
