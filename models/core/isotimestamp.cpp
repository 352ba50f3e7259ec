#include "core/isotimestamp.h"

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
// calendar machinery and was a large part of the cost of answering a list of interactions; the days
// become a date by Howard Hinnant's civil_from_days (proleptic Gregorian, as QDate).
int formatSeconds(qint64 secondsSinceEpoch, char (&text)[32])
{
    constexpr qint64 secondsPerDay = 86400;
    qint64 days = secondsSinceEpoch / secondsPerDay;
    qint64 rest = secondsSinceEpoch % secondsPerDay;
    if (rest < 0) {
        rest += secondsPerDay;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        // Outside what the contract's four-digit years can say; never stored by the rules.
        return std::snprintf(text, sizeof text, "%lld-%02d-%02dT%02d:%02d:%02dZ",
                             static_cast<long long>(year), int(month), int(day), int(rest / 3600),
                             int(rest / 60 % 60), int(rest % 60));
    }
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, rest / 3600, 2);
    text[13] = ':';
    put(14, rest / 60 % 60, 2);
    text[16] = ':';
    put(17, rest % 60, 2);
    text[19] = 'Z';
    text[20] = '\0';
    return 20;
}

QString formatSeconds(qint64 secondsSinceEpoch)
{
    char text[32];
    const int length = formatSeconds(secondsSinceEpoch, text);
    return QString::fromLatin1(text, length);
}

} // namespace IsoTimestamp
