#include "displaytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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
