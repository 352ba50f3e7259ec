#include "isotimestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

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
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString formatSeconds(qint64 secondsSinceEpoch)
{
    return format(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()));
}

} // namespace IsoTimestamp
