#pragma once

// An amount of money exact to the cent, kept as a whole number of cents: never a binary float.

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

class Money final
{
public:
    // The contract's limit (ten digits, two of them after the point), as DRF's DecimalField.
    static constexpr qint64 maximumCents = 9'999'999'999;

    enum class ParseError { NotANumber, TooManyDecimals, TooManyDigits };

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    // Reads "500", "500.5", "500.00", "-3.10"; nothing else.
    static std::optional<Money> fromDecimalText(const QString &text, ParseError *error = nullptr);
    // A JSON number arrives as a double; its shortest decimal form is the text the client sent.
    static std::optional<Money> fromJsonNumber(double value, ParseError *error = nullptr);

    constexpr qint64 cents() const { return m_cents; }
    QString toDecimalText() const; // always two decimals: "500.00"
    // For people: the locale's digits, group separators and decimal point ("21,720.00").
    QString toLocaleText(const QLocale &locale) const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }
    qint64 m_cents = 0;
};
