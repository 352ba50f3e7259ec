#include "displaytext.h"

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QString DisplayText::amount(Money money)
{
    return amount(money, QLocale());
}

QString DisplayText::amount(Money money, const QLocale &locale)
{
    // Whole units and cents apart: a double would round large amounts.
    const qint64 cents = money.cents();
    const qint64 whole = (cents < 0 ? -cents : cents) / 100;
    const qint64 fraction = (cents < 0 ? -cents : cents) % 100;
    QString text = locale.toString(whole) + locale.decimalPoint()
        + locale.toString(fraction).rightJustified(2, locale.zeroDigit().at(0));
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString DisplayText::longDateTime(const QDateTime &moment)
{
    const QLocale locale;
    const QDateTime local = moment.toLocalTime();
    //: A date in words, then the time of day.
    return QCoreApplication::translate("DisplayText", "%1, %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             // Hours and minutes, as everywhere in the window; seconds are noise here.
             locale.toString(local.time(), QStringLiteral("HH:mm")));
}
