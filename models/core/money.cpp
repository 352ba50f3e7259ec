#include "core/money.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

std::optional<Money> Money::fromDecimalText(const QString &text, ParseError *error)
{
    static const QRegularExpression pattern(QStringLiteral("^([-+]?)([0-9]+)(?:\\.([0-9]+))?$"));
    auto fail = [error](ParseError reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(ParseError::NotANumber);
    const bool negative = match.captured(1) == QLatin1String("-");
    QString whole = match.captured(2);
    const QString fraction = match.captured(3);
    if (fraction.size() > 2)
        return fail(ParseError::TooManyDecimals);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.size() > 8)
        return fail(ParseError::TooManyDigits);
    const qint64 cents
        = whole.toLongLong() * 100 + fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    return Money(negative ? -cents : cents);
}

std::optional<Money> Money::fromJsonNumber(double value, ParseError *error)
{
    if (!std::isfinite(value)) {
        if (error)
            *error = ParseError::NotANumber;
        return std::nullopt;
    }
    if (std::fabs(value) >= 1e8) {
        if (error)
            *error = ParseError::TooManyDigits;
        return std::nullopt;
    }
    return fromDecimalText(QString::number(value, 'f', QLocale::FloatingPointShortest), error);
}

QString Money::toLocaleText(const QLocale &locale) const
{
    // Whole units and cents apart: a double would round large amounts.
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + locale.toString(magnitude % 100).rightJustified(2, locale.zeroDigit().at(0));
    if (m_cents < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::toDecimalText() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
