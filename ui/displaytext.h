#pragma once

// How the window writes amounts and moments for people: in the user's locale and local time.

#include <QString>

class Money;
class QDateTime;
class QLocale;

class DisplayText final
{
public:
    // "21,720.00" in English, as the locale groups digits; always two decimals.
    static QString amount(Money money, const QLocale &locale);
    static QString amount(Money money);
    // "Monday, 13 January 2025, 11:37": the local day and time in words, for reading.
    static QString longDateTime(const QDateTime &moment);
};
