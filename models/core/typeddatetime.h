#pragma once

// A date, or a date and time, read from what a person typed: ISO (2026-11-28 15:30) or the
// locale's short date format, with or without a time. Nothing is guessed or rolled over: text in
// no such form, or naming no real day or time, is refused with a message saying so.

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>

class QLocale;

class TypedDateTime final
{
public:
    enum class Kind { DateAndTime, DateOnly };

    // today: the day a two-digit year is read near, and the example the messages give.
    static TypedDateTime read(const QString &text, Kind kind, const QLocale &locale,
                              const QDate &today);
    // The form every field shows: "2026-11-28 15:30" (seconds only when there are some), or
    // "2026-11-28".
    static QString format(const QDateTime &time, Kind kind);

    bool isValid() const { return m_date.isValid() && m_problem == nullptr; }
    QDate date() const { return m_date; }
    // The time typed; midnight when only a date was.
    QTime time() const { return m_time; }
    bool hasTime() const { return m_hasTime; }
    // In local time, as a person means it.
    QDateTime dateTime() const { return QDateTime(m_date, m_time); }

    // Why the text was refused: source text marked in the "Rules" context, and its arguments,
    // for ValidationErrors::add.
    const char *problem() const { return m_problem; }
    QStringList problemArguments() const { return m_arguments; }

private:
    QDate m_date;
    QTime m_time { 0, 0 };
    bool m_hasTime = false;
    const char *m_problem = nullptr;
    QStringList m_arguments;
};
