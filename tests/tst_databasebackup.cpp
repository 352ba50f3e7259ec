// DatabaseBackup and the Database's use of it: snapshots taken while the file is in use, the list
// and its pruning, restore that moves the old file aside, refusal of damaged files and backups,
// the backup taken before a migration, and a damaged file reported at open.
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/leadstore.h"
#include "storage/replicaregistry.h"
#include "storage/schemamigrations.h"
#include "storage/sqltransaction.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

bool addLeads(Database &database, int count, const QString &prefix)
{
    LeadStore leads(database);
    for (int i = 0; i < count; ++i) {
        LeadDraft draft;
        draft.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
        draft.notes = QString(200, QLatin1Char('n')); // rows big enough to fill many pages
        if (!leads.create(draft).ok())
            return false;
    }
    return true;
}

QString makeFile(const QString &path, const QByteArray &content = "x")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestDatabaseBackup final : public QObject
{
    Q_OBJECT

private slots:
    void createWhileOpenAndInUse();
    void listNewestFirst();
    void pruneKeepsPerReason();
    void restorePutsBackupInPlace();
    void restoreRefusedWhileOpen();
    void damagedBackupRestoresNothing();
    void foreignBackupRestoresNothing();
    void isSoundDetectsCorruption();
    void backupBeforeMigration();
    void noBackupForNewOrCurrentFile();
    void damagedFileDetectedAtOpen();
};

void TestDatabaseBackup::createWhileOpenAndInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(addLeads(database, 20, QStringLiteral("committed")));

    // Another connection holds the write lock with a change not yet committed.
    Database other;
    QVERIFY(other.open(path));
    SqlTransaction pending(other);
    QVERIFY(pending.isActive());
    QSqlQuery insert(other.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO leads (name) VALUES ('uncommitted')")));

    QString error;
    const QString backup
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("manual"), &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    QVERIFY(backup.startsWith(DatabaseBackup::folderFor(path) + QLatin1Char('/')));
    QVERIFY(DatabaseBackup::isSound(backup, &error));
    QCOMPARE(leadCount(backup), 20); // the committed rows, not the pending one

    // The original keeps working and the pending change can still commit.
    QVERIFY(pending.commit());
    QCOMPARE(LeadStore(database).count().value, 21);
}

void TestDatabaseBackup::listNewestFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    const QString folder = DatabaseBackup::folderFor(path);
    QVERIFY(QDir().mkpath(folder));
    makeFile(folder + QStringLiteral("/shop-20240105-090000-scheduled.sqlite"));
    makeFile(folder + QStringLiteral("/shop-20231231-235959-before-migration.sqlite"));
    makeFile(folder + QStringLiteral("/shop-20240301-120000-manual.sqlite"));
    makeFile(folder + QStringLiteral("/shop-20240301-120000-manual-2.sqlite"));
    // Not ours: another database's backups in the same folder, and stray files.
    makeFile(folder + QStringLiteral("/shop-2-20250101-000000-manual.sqlite"));
    makeFile(folder + QStringLiteral("/shop-20250101-000000-manual.sqlite-wal"));
    makeFile(folder + QStringLiteral("/shop-notes.sqlite"));

    const QList<DatabaseBackup::Entry> entries = DatabaseBackup::list(path);
    QStringList names;
    for (const DatabaseBackup::Entry &entry : entries)
        names << QFileInfo(entry.path).fileName();
    QCOMPARE(
        names,
        QStringList({ "shop-20240301-120000-manual-2.sqlite", "shop-20240301-120000-manual.sqlite",
                      "shop-20240105-090000-scheduled.sqlite",
                      "shop-20231231-235959-before-migration.sqlite" }));
    QCOMPARE(entries[0].reason, QStringLiteral("manual"));
    QCOMPARE(entries[3].reason, QStringLiteral("before-migration"));
    QCOMPARE(entries[2].created, QDateTime(QDate(2024, 1, 5), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(entries[2].size, 1);
    QCOMPARE(DatabaseBackup::latest(path)->path, entries[0].path);
    QCOMPARE(DatabaseBackup::latest(path, QStringLiteral("scheduled"))->path, entries[2].path);
    QVERIFY(!DatabaseBackup::latest(path, QStringLiteral("before-restore")));
    // What a restore moved aside is not offered as "the latest backup".
    makeFile(folder + QStringLiteral("/shop-20240401-000000-before-restore.sqlite"));
    QCOMPARE(DatabaseBackup::latest(path)->path, entries[0].path);
    QVERIFY(DatabaseBackup::latest(path, QStringLiteral("before-restore")));

    // Real backups taken one after the other list the last one first.
    Database database;
    QVERIFY(database.open(path));
    QString error;
    const QString first
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("scheduled"), &error);
    const QString second
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("scheduled"), &error);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QCOMPARE(DatabaseBackup::list(path).value(0).path, second);
    QCOMPARE(DatabaseBackup::list(path).value(1).path, first);
}

void TestDatabaseBackup::pruneKeepsPerReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    const QString folder = DatabaseBackup::folderFor(path);
    QVERIFY(QDir().mkpath(folder));
    for (int day = 1; day <= 5; ++day)
        makeFile(folder + QStringLiteral("/shop-2024010%1-080000-scheduled.sqlite").arg(day));
    makeFile(folder + QStringLiteral("/shop-20230102-080000-manual.sqlite"));
    makeFile(folder + QStringLiteral("/shop-20230101-080000-before-migration.sqlite"));

    DatabaseBackup::prune(path, QStringLiteral("scheduled"), 2);
    QStringList names;
    for (const DatabaseBackup::Entry &entry : DatabaseBackup::list(path))
        names << QFileInfo(entry.path).fileName();
    QCOMPARE(
        names,
        QStringList({ "shop-20240105-080000-scheduled.sqlite",
                      "shop-20240104-080000-scheduled.sqlite", "shop-20230102-080000-manual.sqlite",
                      "shop-20230101-080000-before-migration.sqlite" }));
}

void TestDatabaseBackup::restorePutsBackupInPlace()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
    Database database;
    QVERIFY(database.open(live));
    QVERIFY(addLeads(database, 3, QStringLiteral("before")));
    const QString history = ReplicaRegistry(database).historyId().value;
    QVERIFY(!history.isEmpty());
    QString error;
    const QString backup
        = DatabaseBackup::create(database.connection(), live, QStringLiteral("manual"), &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    QVERIFY(addLeads(database, 4, QStringLiteral("after")));
    // The file as a crash would leave it: the later commits still only in its -wal.
    QVERIFY(QFileInfo::exists(live + QStringLiteral("-wal")));
    QVERIFY(QFile::copy(live, crashed));
    QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    database.close();

    QString aside;
    QVERIFY2(DatabaseBackup::restore(backup, crashed, &aside, &error), qPrintable(error));
    QCOMPARE(leadCount(crashed), 3);
    // The file that was there is kept aside with every commit, also those that were only in
    // its -wal (moved with it, or checkpointed into it), and nothing of it stays at the path.
    QVERIFY(!aside.isEmpty());
    QVERIFY(aside.startsWith(DatabaseBackup::folderFor(crashed)));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
    QCOMPARE(DatabaseBackup::latest(crashed, QStringLiteral("before-restore"))->path, aside);
    QCOMPARE(leadCount(aside), 7);
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral(".restoring")));
    // A restored history is a new one to the replicas of the old.
    {
        Database restored;
        QVERIFY(restored.open(crashed));
        const QString renamed = ReplicaRegistry(restored).historyId().value;
        QVERIFY(!renamed.isEmpty());
        QVERIFY(renamed != history);
    }
    // The backup itself is unchanged and can be restored again.
    QVERIFY(DatabaseBackup::isSound(backup, &error));
    QCOMPARE(leadCount(backup), 3);

    // Onto a path where nothing is yet: nothing to move aside.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY2(DatabaseBackup::restore(backup, fresh, &aside, &error), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(leadCount(fresh), 3);
}

void TestDatabaseBackup::restoreRefusedWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(addLeads(database, 2, QStringLiteral("lead")));
    QString error;
    const QString backup
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("manual"), &error);
    QVERIFY(addLeads(database, 1, QStringLiteral("later")));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);

    QString aside;
    QVERIFY(!DatabaseBackup::restore(backup, path, &aside, &error));
    QVERIFY2(error.contains(QStringLiteral("open in another program")), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
    QCOMPARE(LeadStore(database).count().value, 3);
    QVERIFY(addLeads(database, 1, QStringLiteral("still writable")));
}

void TestDatabaseBackup::damagedBackupRestoresNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    QString backup;
    QString error;
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(addLeads(database, 300, QStringLiteral("lead")));
        backup
            = DatabaseBackup::create(database.connection(), path, QStringLiteral("manual"), &error);
        QVERIFY(!backup.isEmpty());
    }
    QVERIFY(corrupt(backup));
    const QByteArray hash = fileHash(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    const QStringList backups = QDir(DatabaseBackup::folderFor(path)).entryList(QDir::Files);

    QString aside;
    QVERIFY(!DatabaseBackup::restore(backup, path, &aside, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
    QCOMPARE(QDir(DatabaseBackup::folderFor(path)).entryList(QDir::Files), backups);
    QCOMPARE(leadCount(path), 300);

    // A backup that does not exist restores nothing either.
    QVERIFY(!DatabaseBackup::restore(dir.filePath(QStringLiteral("missing.sqlite")), path, &aside,
                                     &error));
    QCOMPARE(fileHash(path), hash);
}

void TestDatabaseBackup::foreignBackupRestoresNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(addLeads(database, 1, QStringLiteral("lead")));
    }
    // A sound SQLite file of another program.
    const QString foreign = dir.filePath(QStringLiteral("songs.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "songs");
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("songs"));
    const QByteArray hash = fileHash(path);
    QString aside, error;
    QVERIFY(!DatabaseBackup::restore(foreign, path, &aside, &error));
    QVERIFY2(error.contains(QStringLiteral("not a backup of a Touchpoint database")),
             qPrintable(error));
    QCOMPARE(fileHash(path), hash);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
}

void TestDatabaseBackup::isSoundDetectsCorruption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(addLeads(database, 300, QStringLiteral("lead")));
    QString error;
    const QString backup
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("manual"), &error);
    QString problem;
    QVERIFY2(DatabaseBackup::isSound(backup, &problem), qPrintable(problem));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(backup, copy));
    QVERIFY(corrupt(copy));
    QVERIFY(!DatabaseBackup::isSound(copy, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(DatabaseBackup::isSound(backup, &problem)); // the original is untouched

    QVERIFY(!DatabaseBackup::isSound(makeFile(dir.filePath(QStringLiteral("text.sqlite")),
                                              "not a database at all, just some text"),
                                     &problem));
    QVERIFY(!DatabaseBackup::isSound(dir.filePath(QStringLiteral("missing.sqlite")), &problem));
}

void TestDatabaseBackup::backupBeforeMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path, 1));
        QVERIFY(QSqlQuery(database.connection())
                    .exec(QStringLiteral("INSERT INTO leads (name) VALUES ('Spice Garden')")));
    }
    QVERIFY(DatabaseBackup::list(path).isEmpty());

    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QCOMPARE(database.schemaVersion(), SchemaMigrations::latestVersion());
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups[0].reason, QStringLiteral("before-migration"));
    // The backup is the file as it was: version 1, with its lead.
    QString problem;
    QVERIFY(DatabaseBackup::isSound(backups[0].path, &problem));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "check");
        db.setDatabaseName(backups[0].path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM leads")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Spice Garden"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // The next open has nothing to migrate and takes no backup.
    database.close();
    QVERIFY(database.open(path));
    QCOMPARE(DatabaseBackup::list(path).size(), 1);
}

void TestDatabaseBackup::noBackupForNewOrCurrentFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(!QFileInfo::exists(DatabaseBackup::folderFor(path)));
    database.close();
    QVERIFY(database.open(path));
    QVERIFY(!QFileInfo::exists(DatabaseBackup::folderFor(path)));
}

void TestDatabaseBackup::damagedFileDetectedAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    QString backup;
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(addLeads(database, 300, QStringLiteral("lead")));
        QString error;
        backup = DatabaseBackup::create(database.connection(), path, QStringLiteral("scheduled"),
                                        &error);
        QVERIFY(!backup.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // all in the main file
    QVERIFY(corrupt(path));
    const QByteArray hash = fileHash(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);

    Database database;
    QVERIFY(!database.open(path));
    QCOMPARE(database.openError(), Database::OpenError::Damaged);
    QVERIFY(!database.isOpen());
    QVERIFY2(database.errorMessage().contains(path), qPrintable(database.errorMessage()));
    QVERIFY2(database.errorMessage().contains(backup), qPrintable(database.errorMessage()));
    QCOMPARE(fileHash(path), hash); // left untouched
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);

    // The way out that the window and the CLI offer: restore the latest backup.
    QString aside, error;
    QVERIFY2(DatabaseBackup::restore(DatabaseBackup::latest(path)->path, path, &aside, &error),
             qPrintable(error));
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QCOMPARE(LeadStore(database).count().value, 300);
    QCOMPARE(fileHash(aside), hash); // the damaged file is kept, as it was

    // A file whose first page is damaged is reported as damaged too, not as foreign.
    database.close();
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QVERIFY(QFile::copy(backup, broken));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100)); // just past the 100-byte file header: page 1's b-tree header
        QVERIFY(file.write(QByteArray(400, '\xa5')) == 400);
    }
    QVERIFY(!database.open(broken));
    QCOMPARE(database.openError(), Database::OpenError::Damaged);
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
