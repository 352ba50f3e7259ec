// IsoTimestamp: ISO 8601 with an offset or Z in, UTC "YYYY-MM-DDTHH:MM:SSZ" out.
#include "core/isotimestamp.h"

#include <QTest>
#include <QTimeZone>

class TestIsoTimestamp final : public QObject
{
    Q_OBJECT

private slots:
    void formatAgreesWithQtAcrossTheYears();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void format_data();
    void format();
    void formatSeconds();
};

void TestIsoTimestamp::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("Z") << "2024-12-24T15:30:00Z"
                       << "2024-12-24T15:30:00Z";
    QTest::newRow("lower z") << "2024-12-24T15:30:00z"
                             << "2024-12-24T15:30:00Z";
    QTest::newRow("+05:30") << "2024-12-24T21:00:00+05:30"
                            << "2024-12-24T15:30:00Z";
    QTest::newRow("-08:00") << "2024-12-24T07:30:00-08:00"
                            << "2024-12-24T15:30:00Z";
    QTest::newRow("-08:00 across midnight") << "2024-12-31T20:00:00-08:00"
                                            << "2025-01-01T04:00:00Z";
    QTest::newRow("+00:00") << "2024-12-24T15:30:00+00:00"
                            << "2024-12-24T15:30:00Z";
    QTest::newRow("+0530") << "2024-12-24T21:00:00+0530"
                           << "2024-12-24T15:30:00Z";
    QTest::newRow("milliseconds") << "2024-12-24T15:30:00.123Z"
                                  << "2024-12-24T15:30:00Z";
    QTest::newRow("microseconds") << "2024-12-24T15:30:00.123456Z"
                                  << "2024-12-24T15:30:00Z";
    QTest::newRow("nanoseconds") << "2024-12-24T15:30:59.999999999+01:00"
                                 << "2024-12-24T14:30:59Z";
    QTest::newRow("comma fraction") << "2024-12-24T15:30:00,5Z"
                                    << "2024-12-24T15:30:00Z";
    QTest::newRow("no seconds") << "2024-12-24T15:30Z"
                                << "2024-12-24T15:30:00Z";
    QTest::newRow("space separator") << "2024-12-24 15:30:00Z"
                                     << "2024-12-24T15:30:00Z";
    QTest::newRow("year 1") << "0001-01-01T00:00:00Z"
                            << "0001-01-01T00:00:00Z";
    QTest::newRow("year 9999") << "9999-12-31T23:59:59Z"
                               << "9999-12-31T23:59:59Z";
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z"
                              << "2024-02-29T12:00:00Z";
}

void TestIsoTimestamp::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const std::optional<QDateTime> time = IsoTimestamp::parse(text);
    QVERIFY2(time.has_value(), qPrintable(text));
    QVERIFY(time->isValid());
    QCOMPARE(time->offsetFromUtc(), 0);
    QCOMPARE(time->time().msec(), 0); // whole seconds
    QCOMPARE(IsoTimestamp::format(*time), utc);
}

void TestIsoTimestamp::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no offset") << "2024-12-24T15:30:00";
    QTest::newRow("no offset, fraction") << "2024-12-24T15:30:00.5";
    QTest::newRow("date only") << "2024-12-24";
    QTest::newRow("empty") << "";
    QTest::newRow("garbage") << "yesterday";
    QTest::newRow("garbage with Z") << "not a dateZ";
    QTest::newRow("month 13") << "2024-13-01T00:00:00Z";
    QTest::newRow("day 32") << "2024-01-32T00:00:00Z";
    QTest::newRow("not a leap year") << "2023-02-29T00:00:00Z";
    QTest::newRow("hour 25") << "2024-12-24T25:00:00Z";
    QTest::newRow("minute 60") << "2024-12-24T15:60:00Z";
    QTest::newRow("two-digit year") << "24-12-24T15:30:00Z";
    QTest::newRow("five-digit year") << "12024-12-24T15:30:00Z";
    QTest::newRow("year 0") << "0000-06-01T00:00:00Z";
    QTest::newRow("before year 1 in UTC") << "0001-01-01T00:30:00+01:00";
    QTest::newRow("after year 9999 in UTC") << "9999-12-31T23:30:00-01:00";
    QTest::newRow("trailing text") << "2024-12-24T15:30:00Z tomorrow";
    QTest::newRow("leading space") << " 2024-12-24T15:30:00Z";
    QTest::newRow("slashes") << "2024/12/24T15:30:00Z";
    QTest::newRow("named zone") << "2024-12-24T15:30:00 UTC";
    QTest::newRow("too long") << QStringLiteral("2024-12-24T15:30:00.")
            + QString(60, QLatin1Char('1')) + QStringLiteral("Z");
}

void TestIsoTimestamp::refused()
{
    QFETCH(QString, text);
    QVERIFY2(!IsoTimestamp::parse(text).has_value(), qPrintable(text));
}

void TestIsoTimestamp::format_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    QTest::newRow("utc") << QDateTime(QDate(2024, 12, 24), QTime(15, 30), QTimeZone::utc())
                         << "2024-12-24T15:30:00Z";
    QTest::newRow("offset") << QDateTime(QDate(2024, 12, 24), QTime(21, 0),
                                         QTimeZone(5 * 3600 + 1800))
                            << "2024-12-24T15:30:00Z";
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc())
        << "2024-01-02T03:04:05Z";
    QTest::newRow("padded") << QDateTime(QDate(5, 1, 2), QTime(3, 4, 5), QTimeZone::utc())
                            << "0005-01-02T03:04:05Z";
}

void TestIsoTimestamp::format()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(IsoTimestamp::format(time), text);
}

void TestIsoTimestamp::formatSeconds()
{
    QCOMPARE(IsoTimestamp::formatSeconds(0), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(IsoTimestamp::formatSeconds(1735054200), QStringLiteral("2024-12-24T15:30:00Z"));
    QCOMPARE(IsoTimestamp::formatSeconds(-1), QStringLiteral("1969-12-31T23:59:59Z"));
}

// The hand-written date arithmetic against QDateTime's own, every 13 days and 7 hours from the
// year 1 to 9999 (leap years, centuries and the 400-year rule all fall inside).
void TestIsoTimestamp::formatAgreesWithQtAcrossTheYears()
{
    const qint64 first
        = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 last
        = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    int checked = 0;
    for (qint64 seconds = first; seconds <= last; seconds += 13 * 86400 + 7 * 3600 + 59) {
        const QString expected = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        const QString written = IsoTimestamp::formatSeconds(seconds);
        if (written != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2, not %3").arg(seconds).arg(written, expected)));
        ++checked;
    }
    QCOMPARE(IsoTimestamp::formatSeconds(last), QStringLiteral("9999-12-31T23:59:59Z"));
    QCOMPARE(IsoTimestamp::formatSeconds(-1), QStringLiteral("1969-12-31T23:59:59Z"));
    QCOMPARE(IsoTimestamp::formatSeconds(951782400), QStringLiteral("2000-02-29T00:00:00Z"));
    QVERIFY(checked > 250000);
}

QTEST_APPLESS_MAIN(TestIsoTimestamp)
#include "tst_isotimestamp.moc"
