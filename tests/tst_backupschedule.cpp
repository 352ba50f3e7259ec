// BackupSchedule: when a scheduled backup is due, and that off means never.
#include "core/backupschedule.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

class TestBackupSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void offIsNeverDue();
    void due_data();
    void due();
    void nextAt();
    void keepsAtLeastOne();
};

namespace {
const QDateTime noon(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
}

void TestBackupSchedule::offIsNeverDue()
{
    const BackupSchedule off;
    QVERIFY(!off.isOn());
    QVERIFY(!off.due(noon, QDateTime()));
    QVERIFY(!off.due(noon, noon.addDays(-400)));
    QVERIFY(!off.nextAt(noon, QDateTime()).isValid());
    QVERIFY(!BackupSchedule(-5s, 3).isOn());
    QVERIFY(!BackupSchedule(-5s, 3).due(noon, QDateTime()));
}

void TestBackupSchedule::due_data()
{
    QTest::addColumn<qint64>("intervalSeconds");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<bool>("expected");
    const qint64 day = 24 * 3600;
    QTest::newRow("no backup yet") << day << QDateTime() << true;
    QTest::newRow("one second short") << day << noon.addSecs(-day + 1) << false;
    QTest::newRow("exactly the interval") << day << noon.addSecs(-day) << true;
    QTest::newRow("long ago") << day << noon.addDays(-30) << true;
    QTest::newRow("just now") << qint64(3600) << noon << false;
    QTest::newRow("clock set back") << qint64(3600) << noon.addDays(2) << true;
    QTest::newRow("other time zone, same instant")
        << qint64(3600) << noon.addSecs(-3599).toOffsetFromUtc(5 * 3600 + 1800) << false;
}

void TestBackupSchedule::due()
{
    QFETCH(qint64, intervalSeconds);
    QFETCH(QDateTime, last);
    QFETCH(bool, expected);
    const BackupSchedule schedule(std::chrono::seconds(intervalSeconds), 5);
    QVERIFY(schedule.isOn());
    QCOMPARE(schedule.due(noon, last), expected);
}

void TestBackupSchedule::nextAt()
{
    const BackupSchedule hourly(1h, 24);
    QCOMPARE(hourly.nextAt(noon, noon.addSecs(-600)), noon.addSecs(3000));
    QCOMPARE(hourly.nextAt(noon, QDateTime()), noon);
    QCOMPARE(hourly.nextAt(noon, noon.addSecs(-7200)), noon);
}

void TestBackupSchedule::keepsAtLeastOne()
{
    QCOMPARE(BackupSchedule(1h, 0).keep(), 1);
    QCOMPARE(BackupSchedule(1h, 7).keep(), 7);
    QCOMPARE(BackupSchedule(1h, 7).interval(), 3600s);
    QVERIFY(BackupSchedule(1h, 7) == BackupSchedule(3600s, 7));
    QVERIFY(BackupSchedule(1h, 7) != BackupSchedule(1h, 8));
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backupschedule.moc"
