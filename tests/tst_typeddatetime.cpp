// TypedDateTime: every form a person may type a date in is read as exactly that moment, and
// every other text, or a day or time that does not exist, is refused with its reason.
#include "core/typeddatetime.h"
#include "core/validationerrors.h"

#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(TypedDateTime::Kind)

namespace {

// The day the tests read "today" as: two-digit years are read near it, examples are of it.
const QDate today(2026, 12, 2);

QDateTime at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

} // namespace

class TestTypedDateTime : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatWasTyped_data();
    void readsWhatWasTyped();
    void refusesWithAReason_data();
    void refusesWithAReason();
    void formatsAsTheFieldsShow();
};

void TestTypedDateTime::readsWhatWasTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TypedDateTime::Kind>("kind");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("hasTime");
    const auto both = TypedDateTime::Kind::DateAndTime;
    const auto dateOnly = TypedDateTime::Kind::DateOnly;

    // ISO, in every locale.
    for (const char *locale : { "C", "en_US", "en_GB", "hi_IN", "de_DE" }) {
        const QString l = QString::fromLatin1(locale);
        QTest::addRow("%s ISO with time", locale)
            << "2026-11-28 15:30" << both << l << at(2026, 11, 28, 15, 30) << true;
        QTest::addRow("%s ISO date only", locale)
            << "2026-11-28" << both << l << at(2026, 11, 28) << false;
        QTest::addRow("%s ISO in a date field", locale)
            << "2026-11-28" << dateOnly << l << at(2026, 11, 28) << false;
    }
    QTest::newRow("ISO with T") << "2026-11-28T15:30" << both << "C" << at(2026, 11, 28, 15, 30)
                                << true;
    QTest::newRow("ISO with seconds")
        << "2026-11-28 15:30:45" << both << "C" << at(2026, 11, 28, 15, 30, 45) << true;
    QTest::newRow("ISO spaces around")
        << "  2026-11-28   09:05 " << both << "C" << at(2026, 11, 28, 9, 5) << true;
    QTest::newRow("ISO without leading zeros")
        << "2026-1-5 9:05" << both << "C" << at(2026, 1, 5, 9, 5) << true;
    QTest::newRow("leap day") << "2028-02-29" << both << "C" << at(2028, 2, 29) << false;
    QTest::newRow("midnight") << "2026-11-28 00:00" << both << "C" << at(2026, 11, 28) << true;
    QTest::newRow("last minute") << "2026-12-31 23:59" << both << "C" << at(2026, 12, 31, 23, 59)
                                 << true;

    // en_GB's short format is dd/MM/yyyy.
    QTest::newRow("en_GB short") << "28/11/2026" << both << "en_GB" << at(2026, 11, 28) << false;
    QTest::newRow("en_GB short with time")
        << "28/11/2026 15:30" << both << "en_GB" << at(2026, 11, 28, 15, 30) << true;
    QTest::newRow("en_GB dots") << "28.11.2026" << both << "en_GB" << at(2026, 11, 28) << false;
    QTest::newRow("en_GB two-digit year")
        << "28/11/26" << dateOnly << "en_GB" << at(2026, 11, 28) << false;
    QTest::newRow("en_GB with pm")
        << "28/11/2026 3:30 pm" << both << "en_GB" << at(2026, 11, 28, 15, 30) << true;
    // en_US's is M/d/yy, and its time h:mm AP.
    QTest::newRow("en_US short") << "11/28/26" << both << "en_US" << at(2026, 11, 28) << false;
    QTest::newRow("en_US four-digit year")
        << "11/28/2026" << both << "en_US" << at(2026, 11, 28) << false;
    QTest::newRow("en_US with PM")
        << "11/28/26 3:30 PM" << both << "en_US" << at(2026, 11, 28, 15, 30) << true;
    QTest::newRow("en_US 12 AM is midnight")
        << "11/28/26 12:15 AM" << both << "en_US" << at(2026, 11, 28, 0, 15) << true;
    QTest::newRow("en_US 12 PM is noon")
        << "11/28/26 12:15 PM" << both << "en_US" << at(2026, 11, 28, 12, 15) << true;
    QTest::newRow("en_US 24-hour time")
        << "11/28/2026 15:30" << both << "en_US" << at(2026, 11, 28, 15, 30) << true;
    QTest::newRow("en_US year of the past century")
        << "7/4/76" << both << "en_US" << at(1976, 7, 4) << false;
    QTest::newRow("en_US year twenty ahead")
        << "1/1/46" << both << "en_US" << at(2046, 1, 1) << false;
    // hi_IN's is d/M/yy, with Devanagari digits read too.
    QTest::newRow("hi_IN short") << "28/11/26" << both << "hi_IN" << at(2026, 11, 28) << false;
    QTest::newRow("hi_IN short with time")
        << "28/11/2026 15:30" << both << "hi_IN" << at(2026, 11, 28, 15, 30) << true;
    QTest::newRow("hi_IN Devanagari digits")
        << QString::fromUtf8("२८/११/२०२६") << both << "hi_IN" << at(2026, 11, 28) << false;
    QTest::newRow("hi_IN with pm")
        << "5/1/27 9:00 pm" << both << "hi_IN" << at(2027, 1, 5, 21, 0) << true;
    // de_DE's is dd.MM.yy; "28.11.2026" is how the reporter wrote it.
    QTest::newRow("de_DE short") << "28.11.2026" << both << "de_DE" << at(2026, 11, 28) << false;
    QTest::newRow("de_DE short with time")
        << "28.11.26 15:30" << both << "de_DE" << at(2026, 11, 28, 15, 30) << true;
    // C's is "d MMM yyyy": month names, the locale's or English ones.
    QTest::newRow("C month name") << "28 Nov 2026" << both << "C" << at(2026, 11, 28) << false;
    QTest::newRow("C long month name")
        << "28 november 2026 15:30" << both << "C" << at(2026, 11, 28, 15, 30) << true;
    QTest::newRow("English month name anywhere")
        << "28 Nov 2026" << both << "en_GB" << at(2026, 11, 28) << false;
    QTest::newRow("year first locale")
        << "2026/11/28" << both << "ja_JP" << at(2026, 11, 28) << false;
    QTest::newRow("hu_HU trailing dot")
        << "2026. 11. 28." << both << "hu_HU" << at(2026, 11, 28) << false;
}

void TestTypedDateTime::readsWhatWasTyped()
{
    QFETCH(QString, text);
    QFETCH(TypedDateTime::Kind, kind);
    QFETCH(QString, locale);
    QFETCH(QDateTime, expected);
    QFETCH(bool, hasTime);
    const TypedDateTime typed = TypedDateTime::read(text, kind, QLocale(locale), today);
    const FieldProblem problem { {}, typed.problem(), typed.problemArguments() };
    QVERIFY2(typed.isValid(), typed.problem() ? qPrintable(problem.english()) : "");
    QCOMPARE(typed.dateTime(), expected);
    QCOMPARE(typed.hasTime(), hasTime);
    QCOMPARE(typed.problem(), nullptr);
}

void TestTypedDateTime::refusesWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TypedDateTime::Kind>("kind");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("message");
    const auto both = TypedDateTime::Kind::DateAndTime;
    const auto dateOnly = TypedDateTime::Kind::DateOnly;
    const QString gbForms
        = QStringLiteral("Type the date as 2026-12-02 15:30 or 02/12/2026 15:30.");

    // The issue's: each was saved as another day, or ignored without a word.
    QTest::newRow("30 February") << "2026-02-30" << both << "en_GB"
                                 << "There is no day 30 in February 2026.";
    QTest::newRow("29 February of a common year") << "29/02/2027" << both << "en_GB"
                                                  << "There is no day 29 in February 2027.";
    QTest::newRow("month 13") << "2026-13-01" << both << "en_GB"
                              << "There is no month 13.";
    QTest::newRow("day first in en_US") << "28.11.2026" << both << "en_US"
                                        << "There is no month 28.";
    QTest::newRow("day 0") << "2026-11-00" << both << "en_GB"
                           << "There is no day 0 in November 2026.";
    QTest::newRow("hour 25") << "2026-11-28 25:00" << both << "en_GB"
                             << "There is no time 25:00 in a day.";
    QTest::newRow("minute 60") << "2026-11-28 15:60" << both << "en_GB"
                               << "There is no time 15:60 in a day.";
    QTest::newRow("13 PM") << "11/28/26 13:00 PM" << both << "en_US"
                           << "There is no time 13:00 PM in a day.";
    QTest::newRow("empty") << "" << both << "en_GB"
                           << "Enter a date and time, such as 2026-12-02 15:30.";
    QTest::newRow("blank") << "   " << dateOnly << "en_GB"
                           << "Enter a date, such as 2026-12-02.";
    QTest::newRow("words") << "tomorrow" << both << "en_GB" << gbForms;
    QTest::newRow("two parts") << "28/11" << both << "en_GB" << gbForms;
    QTest::newRow("four parts") << "28/11/2026/1" << both << "en_GB" << gbForms;
    QTest::newRow("three-digit year") << "28/11/202" << both << "en_GB" << gbForms;
    QTest::newRow("five-digit year") << "20266-11-28" << both << "en_GB" << gbForms;
    QTest::newRow("day of three digits") << "028/11/2026" << both << "en_GB" << gbForms;
    QTest::newRow("unknown month name") << "28 Novem 2026" << both << "en_GB" << gbForms;
    QTest::newRow("no minutes") << "2026-11-28 15" << both << "en_GB" << gbForms;
    QTest::newRow("unknown designator") << "28/11/2026 3:30 xm" << both << "en_GB" << gbForms;
    QTest::newRow("garbage after") << "2026-11-28 15:30 tomorrow" << both << "en_GB" << gbForms;
    QTest::newRow("the year selected and typed over")
        << "2026-11-28 15:30-12-02 10:14" << both << "en_GB" << gbForms;
    QTest::newRow("time in a date field") << "2026-11-28 15:30" << dateOnly << "en_GB"
                                          << "Type a date without a time, such as 2026-12-02.";
    QTest::newRow("en_US forms") << "x" << both << "en_US"
                                 << "Type the date as 2026-12-02 15:30 or 12/2/26 15:30.";
    QTest::newRow("hi_IN forms") << "x" << dateOnly << "hi_IN"
                                 << "Type the date as 2026-12-02 or 2/12/26.";
    // Where the locale's own form is ISO, it is named once.
    QTest::newRow("sv_SE forms") << "x" << dateOnly << "sv_SE"
                                 << "Type the date as 2026-12-02.";
}

void TestTypedDateTime::refusesWithAReason()
{
    QFETCH(QString, text);
    QFETCH(TypedDateTime::Kind, kind);
    QFETCH(QString, locale);
    QFETCH(QString, message);
    const TypedDateTime typed = TypedDateTime::read(text, kind, QLocale(locale), today);
    QVERIFY(!typed.isValid());
    QVERIFY(!typed.date().isValid());
    QVERIFY(typed.problem());
    QCOMPARE(FieldProblem({ {}, typed.problem(), typed.problemArguments() }).english(), message);
}

void TestTypedDateTime::formatsAsTheFieldsShow()
{
    using Kind = TypedDateTime::Kind;
    QCOMPARE(TypedDateTime::format(at(2026, 11, 28, 15, 30), Kind::DateAndTime),
             QStringLiteral("2026-11-28 15:30"));
    QCOMPARE(TypedDateTime::format(at(2026, 11, 28, 15, 30, 45), Kind::DateAndTime),
             QStringLiteral("2026-11-28 15:30:45"));
    QCOMPARE(TypedDateTime::format(at(2026, 11, 28, 15, 30), Kind::DateOnly),
             QStringLiteral("2026-11-28"));
    // What is shown reads back as the same moment.
    const QDateTime moment = at(2026, 3, 9, 7, 5, 1);
    QCOMPARE(TypedDateTime::read(TypedDateTime::format(moment, Kind::DateAndTime),
                                 Kind::DateAndTime, QLocale(QStringLiteral("hi_IN")), today)
                 .dateTime(),
             moment);
}

QTEST_GUILESS_MAIN(TestTypedDateTime)
#include "tst_typeddatetime.moc"
