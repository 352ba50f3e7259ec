#include "isotimestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace IsoTimestamp {

std::optional<QDateTime> parse(const QString &text)
{
    // Qt's ISO reader is lenient about what it leaves out; the pattern pins down the form.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
                       "(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)$"));
    if (text.size() > 64 || !pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    normalised[10] = QLatin1Char('T');
    if (normalised.endsWith(QLatin1Char('z')))
        normalised.back() = QLatin1Char('Z');
    // Qt reads at most milliseconds: drop the finer digits rather than refuse them.
    static const QRegularExpression fraction(QStringLiteral("[.,](\\d{1,3})\\d*"));
    normalised.replace(fraction, QStringLiteral(".\\1"));
    const QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    const QDateTime utc = time.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    // The contract speaks in whole seconds.
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), QTimeZone::utc());
}

QString format(const QDateTime &time)
{
    return formatSeconds(time.toSecsSinceEpoch());
}

// Written out by hand rather than with QDateTime::toString(), which goes through the locale and
// calendar machinery and was a tenth of the cost of answering a list of interactions.
int formatSeconds(qint64 secondsSinceEpoch, char (&text)[32])
{
    constexpr qint64 secondsPerDay = 86400;
    constexpr qint64 julianDayOfEpoch = 2440588;
    qint64 days = secondsSinceEpoch / secondsPerDay;
    qint64 rest = secondsSinceEpoch % secondsPerDay;
    if (rest < 0) {
        rest += secondsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(julianDayOfEpoch + days);
    return std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(),
                         date.month(), date.day(), int(rest / 3600), int(rest / 60 % 60),
                         int(rest % 60));
}

QString formatSeconds(qint64 secondsSinceEpoch)
{
    char text[32];
    const int length = formatSeconds(secondsSinceEpoch, text);
    return QString::fromLatin1(text, length);
}

} // namespace IsoTimestamp
