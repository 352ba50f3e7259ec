#include "core/typeddatetime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

const char *const emptyDateTime = QT_TRANSLATE_NOOP("Rules", "Enter a date and time, such as %1.");
const char *const emptyDate = QT_TRANSLATE_NOOP("Rules", "Enter a date, such as %1.");
const char *const unreadable = QT_TRANSLATE_NOOP("Rules", "Type the date as %1 or %2.");
const char *const unreadableIsoOnly = QT_TRANSLATE_NOOP("Rules", "Type the date as %1.");
const char *const noSuchMonth = QT_TRANSLATE_NOOP("Rules", "There is no month %1.");
const char *const noSuchDay = QT_TRANSLATE_NOOP("Rules", "There is no day %1 in %2.");
const char *const noSuchTime = QT_TRANSLATE_NOOP("Rules", "There is no time %1 in a day.");
const char *const noTimeHere
    = QT_TRANSLATE_NOOP("Rules", "Type a date without a time, such as %1.");

// Digits of any script as ASCII, without the invisible direction marks some locales write
// (Arabic's short format has them), and with runs of spaces as one.
QString plain(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.isDigit() && c.digitValue() >= 0)
            result.append(QChar(u'0' + c.digitValue()));
        else
            result.append(c);
    }
    return result.simplified();
}

// The order of day, month and year in a format such as "d/M/yy" or "yyyy. MM. dd.": "dMy".
QString fieldOrder(const QString &format)
{
    QString order;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == u'd' || c == u'M' || c == u'y') && !order.contains(c))
            order.append(c);
    }
    return order.size() == 3 ? order : QString();
}

QString folded(const QString &word)
{
    QString result = word.toCaseFolded();
    result.remove(u'.');
    return result;
}

// 1 to 12 for a month's name (long or short) in the locale or in English; 0 for anything else.
int monthNamed(const QString &word, const QLocale &locale)
{
    const QString wanted = folded(word);
    for (const QLocale &names : { locale, QLocale::c() }) {
        for (int month = 1; month <= 12; ++month) {
            for (QLocale::FormatType type : { QLocale::LongFormat, QLocale::ShortFormat }) {
                if (folded(names.monthName(month, type)) == wanted
                    || folded(names.standaloneMonthName(month, type)) == wanted)
                    return month;
            }
        }
    }
    return 0;
}

// A two-digit year lies within the eighty years before today and the twenty after, as
// spreadsheets read them.
int yearNear(int twoDigits, const QDate &today)
{
    const int latest = today.year() + 20;
    const int year = latest / 100 * 100 + twoDigits;
    return year > latest ? year - 100 : year;
}

// 0 for the morning's designator, 12 for the afternoon's, -1 for a word that is neither.
int halfOfDay(const QString &designator, const QLocale &locale)
{
    const QString word = folded(designator);
    if (word == folded(locale.amText()) || word == QLatin1String("am"))
        return 0;
    if (word == folded(locale.pmText()) || word == QLatin1String("pm"))
        return 12;
    return -1;
}

bool isDigits(const QString &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

TypedDateTime TypedDateTime::read(const QString &text, Kind kind, const QLocale &locale,
                                  const QDate &today)
{
    TypedDateTime result;
    const QString timeExample = kind == Kind::DateAndTime ? QStringLiteral(" 15:30") : QString();
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const QString isoExample = today.toString(QStringLiteral("yyyy-MM-dd")) + timeExample;
    const QString localeExample = locale.toString(today, shortFormat) + timeExample;
    auto refuse = [&result](const char *problem, const QStringList &arguments) {
        result.m_date = QDate();
        result.m_problem = problem;
        result.m_arguments = arguments;
        return result;
    };
    auto refuseForm = [&] {
        return plain(localeExample) == isoExample
            ? refuse(unreadableIsoOnly, { isoExample })
            : refuse(unreadable, { isoExample, localeExample });
    };

    const QString typed = plain(text);
    if (typed.isEmpty())
        return refuse(kind == Kind::DateAndTime ? emptyDateTime : emptyDate, { isoExample });

    // A date, then perhaps a time (after a space, or ISO's T) with perhaps "PM" after it.
    static const QRegularExpression parts(
        QStringLiteral("^(.*?)(?:(?:\\s+|(?<=\\d)T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                       "\\s*([^\\d\\s:][^\\d\\s]*)?)?$"));
    const QRegularExpressionMatch match = parts.match(typed);
    if (!match.hasMatch())
        return refuseForm();
    QString datePart = match.captured(1).trimmed();
    while (datePart.endsWith(u',') || datePart.endsWith(u'.'))
        datePart.chop(1);

    int year = 0;
    int month = 0;
    int day = 0;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression separators(QStringLiteral("[\\s./,-]+"));
    if (const QRegularExpressionMatch isoMatch = iso.match(datePart); isoMatch.hasMatch()) {
        year = isoMatch.captured(1).toInt();
        month = isoMatch.captured(2).toInt();
        day = isoMatch.captured(3).toInt();
    } else {
        const QString order = fieldOrder(shortFormat);
        const QStringList fields = datePart.split(separators, Qt::SkipEmptyParts);
        if (order.isEmpty() || fields.size() != 3)
            return refuseForm();
        for (int i = 0; i < 3; ++i) {
            const QString &field = fields.at(i);
            switch (order.at(i).unicode()) {
            case u'd':
                if (!isDigits(field, 1, 2))
                    return refuseForm();
                day = field.toInt();
                break;
            case u'M':
                if (isDigits(field, 1, 2))
                    month = field.toInt();
                else if (!(month = monthNamed(field, locale)))
                    return refuseForm();
                break;
            default:
                if (isDigits(field, 4, 4))
                    year = field.toInt();
                else if (isDigits(field, 2, 2))
                    year = yearNear(field.toInt(), today);
                else
                    return refuseForm();
            }
        }
    }

    if (month < 1 || month > 12)
        return refuse(noSuchMonth, { QString::number(month) });
    if (!QDate::isValid(year, month, day))
        return refuse(noSuchDay,
                      { QString::number(day),
                        locale.standaloneMonthName(month) + u' ' + QString::number(year) });

    if (match.hasCaptured(2)) {
        if (kind == Kind::DateOnly)
            return refuse(noTimeHere, { isoExample });
        const QString timeText = typed.mid(match.capturedStart(2));
        int hour = match.captured(2).toInt();
        const int minute = match.captured(3).toInt();
        const int second = match.hasCaptured(4) ? match.captured(4).toInt() : 0;
        if (match.hasCaptured(5)) {
            const int half = halfOfDay(match.captured(5), locale);
            if (half < 0)
                return refuseForm();
            if (hour < 1 || hour > 12)
                return refuse(noSuchTime, { timeText });
            hour = hour % 12 + half;
        }
        if (hour > 23 || minute > 59 || second > 59)
            return refuse(noSuchTime, { timeText });
        result.m_time = QTime(hour, minute, second);
        result.m_hasTime = true;
    }
    result.m_date = QDate(year, month, day);
    return result;
}

QString TypedDateTime::format(const QDateTime &time, Kind kind)
{
    if (kind == Kind::DateOnly)
        return time.date().toString(QStringLiteral("yyyy-MM-dd"));
    return time.toString(time.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                   : QStringLiteral("yyyy-MM-dd HH:mm"));
}
