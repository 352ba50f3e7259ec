// `touchpoint backup` and `touchpoint restore` as a user runs them: a backup taken while the file
// is in use, a restore that only explains without --yes, that refuses a file still open or a
// damaged backup, and that keeps what it replaces.
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/leadstore.h"
#include "support/testfiles.h"
#include "support/testrecords.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run touchpoint(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(TOUCHPOINT_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// Lead A, a backup taken by the command, then lead B: the backup's path, or empty when any step
// failed.
QString backUpBetweenTwoLeads(Database &database, const QString &path)
{
    if (!addLead(database, QStringLiteral("A"))
        || touchpoint({ "backup", "--database", path }).exitCode != 0)
        return {};
    const std::optional<DatabaseBackup::Entry> backup = DatabaseBackup::latest(path);
    if (!backup || !addLead(database, QStringLiteral("B")))
        return {};
    return backup->path;
}

} // namespace

class TestBackupCommands final : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileInUse();
    void restoreAsksFirst();
    void restoreWithYes();
    void restoreRefusedWhileOpen();
    void restoreRefusesDamagedBackup();
    void damagedDatabaseNamesLatestBackup();
    void usageErrors();
    void postgresDatabaseIsLeftToPgDump_data();
    void postgresDatabaseIsLeftToPgDump();
    void helpNamesTheCommand();
    void helpSaysDatabaseTakesAUri();
};

void TestBackupCommands::backupWhileInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(addLead(database, QStringLiteral("Spice Garden")));
    const Run run = touchpoint({ "backup", "--database", path });
    QCOMPARE(run.exitCode, 0);
    const std::optional<DatabaseBackup::Entry> backup = DatabaseBackup::latest(path);
    QVERIFY(backup);
    QCOMPARE(backup->reason, QStringLiteral("manual"));
    QVERIFY2(run.out.contains(backup->path), qPrintable(run.out));
    QCOMPARE(leadCount(backup->path), 1);
    QVERIFY(addLead(database, QStringLiteral("still writable")));

    const Run list = touchpoint({ "backup", "--list", "--database", path });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(backup->path));
}

void TestBackupCommands::restoreAsksFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(!backUpBetweenTwoLeads(database, path).isEmpty());
    }
    const QByteArray hash = fileHash(path);
    const QStringList backups = QDir(DatabaseBackup::folderFor(path)).entryList(QDir::Files);
    const Run run = touchpoint({ "restore", "latest", "--database", path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("--yes")), qPrintable(run.out));
    QVERIFY(run.out.contains(DatabaseBackup::latest(path)->path));
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(DatabaseBackup::folderFor(path)).entryList(QDir::Files), backups);
    QCOMPARE(leadCount(path), 2);
}

void TestBackupCommands::restoreWithYes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    QString backup;
    {
        Database database;
        QVERIFY(database.open(path));
        backup = backUpBetweenTwoLeads(database, path);
        QVERIFY(!backup.isEmpty());
    }
    const QByteArray hash = fileHash(path);
    const Run run = touchpoint({ "restore", backup, "--database", path, "--yes" });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(leadCount(path), 1);
    const std::optional<DatabaseBackup::Entry> aside
        = DatabaseBackup::latest(path, QStringLiteral("before-restore"));
    QVERIFY(aside);
    QVERIFY2(run.out.contains(aside->path), qPrintable(run.out));
    QCOMPARE(fileHash(aside->path), hash);
    QCOMPARE(leadCount(aside->path), 2);
}

void TestBackupCommands::restoreRefusedWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(!backUpBetweenTwoLeads(database, path).isEmpty());
    const Run run = touchpoint({ "restore", "latest", "--database", path, "--yes" });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("open in another program")), qPrintable(run.err));
    QCOMPARE(LeadStore(database).count().value, 2);
    QVERIFY(addLead(database, QStringLiteral("C")));
    QVERIFY(!DatabaseBackup::latest(path, QStringLiteral("before-restore")));
}

void TestBackupCommands::restoreRefusesDamagedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(addLead(database, QStringLiteral("A")));
    }
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
    }
    const QByteArray hash = fileHash(path);
    const Run run = touchpoint({ "restore", damaged, "--database", path, "--yes" });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QCOMPARE(fileHash(path), hash);
}

void TestBackupCommands::damagedDatabaseNamesLatestBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(addLead(database, QStringLiteral("A")));
    }
    QCOMPARE(touchpoint({ "backup", "--database", path }).exitCode, 0);
    const QString backup = DatabaseBackup::latest(path)->path;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(600, '\xa5'));
    }
    const QByteArray hash = fileHash(path);
    const Run run = touchpoint({ "backup", "--database", path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QVERIFY2(run.err.contains(backup), qPrintable(run.err));
    QCOMPARE(fileHash(path), hash);
    // And the way back.
    QCOMPARE(touchpoint({ "restore", "latest", "--database", path, "--yes" }).exitCode, 0);
    QCOMPARE(leadCount(path), 1);
}

void TestBackupCommands::usageErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    QCOMPARE(touchpoint({ "restore", "--database", path }).exitCode, 2);
    QCOMPARE(touchpoint({ "restore", "a", "b", "--database", path }).exitCode, 2);
    QCOMPARE(touchpoint({ "backup", "extra", "--database", path }).exitCode, 2);
    QCOMPARE(touchpoint({ "backup", "--no-such-option" }).exitCode, 2);
    const Run missing = touchpoint({ "restore", "latest", "--database", path, "--yes" });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no backups")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestBackupCommands::postgresDatabaseIsLeftToPgDump_data()
{
    const QString uri = QStringLiteral("postgresql://kam:secret@db.example:5432/touchpoint");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("backup") << QStringList { "backup", "--database", uri };
    QTest::newRow("backup --list") << QStringList { "backup", "--list", "--database", uri };
    QTest::newRow("backup, postgres://")
        << QStringList { "backup", "--database", "postgres://kam@localhost/touchpoint" };
    QTest::newRow("restore latest")
        << QStringList { "restore", "latest", "--yes", "--database", uri };
    QTest::newRow("restore a file")
        << QStringList { "restore", "touchpoint.dump", "--yes", "--database", uri };
    QTest::newRow("restore, no backup named") << QStringList { "restore", "--database", uri };
}

// Nothing is made or read where the command runs: no folder named after the URI, no backups.
void TestBackupCommands::postgresDatabaseIsLeftToPgDump()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QFile dump(dir.filePath(QStringLiteral("touchpoint.dump")));
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write("not touched");
    dump.close();
    const Run run = touchpoint(arguments, dir.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("touchpoint %1: The database is on a PostgreSQL "
                                               "server")
                                    .arg(arguments.constFirst())),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("pg_dump"))
                 && run.err.contains(QStringLiteral("pg_restore")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("secret")), qPrintable(run.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList { QStringLiteral("touchpoint.dump") });
    QVERIFY(dump.open(QIODevice::ReadOnly));
    QCOMPARE(dump.readAll(), QByteArray("not touched"));
}

// --help's usage line shows how to run the command, not the path the program was started by.
void TestBackupCommands::helpNamesTheCommand()
{
    for (const auto &[command, usage] :
         { std::pair { "backup", "Usage: touchpoint backup [options]" },
           std::pair { "restore", "Usage: touchpoint restore [options] backup" },
           std::pair { "generate", "Usage: touchpoint generate [options]" } }) {
        const Run help = touchpoint({ QString::fromLatin1(command), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out.section(QLatin1Char('\n'), 0, 0), QString::fromLatin1(usage));
    }
}

// The window and generate take a PostgreSQL URI as well as a file (serve: tst_servecommand).
void TestBackupCommands::helpSaysDatabaseTakesAUri()
{
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("--help") },
           QStringList { QStringLiteral("generate"), QStringLiteral("--help") } }) {
        const Run help = touchpoint(arguments);
        QCOMPARE(help.exitCode, 0);
        const QString text = help.out.simplified();
        QVERIFY2(text.contains(QStringLiteral("a file, or a PostgreSQL database in libpq's form "
                                              "postgresql://USER@HOST:PORT/DBNAME")),
                 qPrintable(help.out));
        QVERIFY2(text.contains(QStringLiteral("PGPASSWORD or ~/.pgpass, never from the command "
                                              "line")),
                 qPrintable(help.out));
    }
}

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
