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
    return money.toLocaleText(locale);
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
