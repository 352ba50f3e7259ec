#include "storage/databasebackup.h"

#include "storage/database.h"
#include "storage/schemamigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <functional>

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QStringList sidecars { QStringLiteral("-wal"), QStringLiteral("-shm") };

QString backupName(const QString &databasePath, const QDateTime &when, const QString &reason)
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(databasePath).completeBaseName(), when.toUTC().toString(stampFormat),
             reason);
}

// A path in the backups folder that nothing holds yet: two files in the same second get
// distinct names rather than one failing or replacing the other.
QString freshPath(const QString &databasePath, const QString &reason)
{
    const QString folder = DatabaseBackup::folderFor(databasePath) + QLatin1Char('/');
    const QDateTime when = QDateTime::currentDateTimeUtc();
    QString target = folder + backupName(databasePath, when, reason);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target
            = folder + backupName(databasePath, when, QStringLiteral("%1-%2").arg(reason).arg(n));
    return target;
}

// Like freshPath(), but the name is taken by creating the file, empty, in one step that fails if
// it exists (VACUUM INTO writes into an empty file): two processes that back up one database in
// the same second, as two that open it at once before a migration do, would otherwise both pick
// the same free name and write into one file.
QString reservedPath(const QString &databasePath, const QString &reason, QString *error)
{
    const QString folder = DatabaseBackup::folderFor(databasePath) + QLatin1Char('/');
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (int n = 1;; ++n) {
        const QString target = folder
            + backupName(databasePath, when,
                         n == 1 ? reason : QStringLiteral("%1-%2").arg(reason).arg(n));
        QFile file(target);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return target;
        if (!file.exists()) {
            *error = file.errorString();
            return {};
        }
    }
}

// Runs work on a connection of its own to path, and removes the connection afterwards.
template<typename Work> auto withConnection(const QString &path, const QString &options, Work work)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("touchpoint-backup-%1").arg(++counter);
    decltype(work(std::declval<QSqlDatabase &>())) result {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

const QString readOnly = QStringLiteral("QSQLITE_OPEN_READONLY");

// SQLite's primary result codes, as Qt's driver reports them in nativeErrorCode().
constexpr int sqliteBusy = 5;

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

QString DatabaseBackup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString DatabaseBackup::create(const QSqlDatabase &db, const QString &databasePath,
                               const QString &reason, QString *error)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return {};
    }
    const QString target = reservedPath(databasePath, reason, error);
    if (target.isEmpty()) {
        *error = tr("Cannot write the backup %1: %2").arg(folder, *error);
        return {};
    }
    // VACUUM INTO reads one snapshot in one read transaction: what others commit meanwhile is
    // simply not in it, and nobody waits for it.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error = tr("Cannot write the backup %1: %2").arg(target, query.lastError().text());
        QFile::remove(target);
        return {};
    }
    return target;
}

QString DatabaseBackup::createFromFile(const QString &databasePath, const QString &reason,
                                       QString *error)
{
    // VACUUM INTO reads a read-only database too; the timeout rides out a writer's commit.
    return withConnection(
        databasePath, readOnly + QStringLiteral(";QSQLITE_BUSY_TIMEOUT=5000"),
        [&](QSqlDatabase &db) {
            if (!db.open()) {
                *error = tr("Cannot open %1: %2").arg(databasePath, db.lastError().text());
                return QString();
            }
            return create(db, databasePath, reason, error);
        });
}

QList<DatabaseBackup::Entry> DatabaseBackup::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    // Anchored on the database's own name, so that the backups of "shop.sqlite" are not taken
    // for those of "shop-2.sqlite" kept in the same folder.
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z]+(?:-[a-z]+)*)(?:-\\d+)?\\.sqlite$")
            .arg(QRegularExpression::escape(base)));
    QList<Entry> entries;
    const QFileInfoList files
        = QDir(folderFor(databasePath))
              .entryInfoList({ base + QStringLiteral("-*.sqlite") }, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), stampFormat);
        created.setTimeZone(QTimeZone::utc());
        if (!created.isValid())
            continue;
        entries.append({ file.absoluteFilePath(), created, match.captured(2), file.size() });
    }
    // Same second: the numbered name ("-2") is the later one.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.created != b.created)
            return a.created > b.created;
        if (a.path.size() != b.path.size())
            return a.path.size() > b.path.size();
        return a.path > b.path;
    });
    return entries;
}

std::optional<DatabaseBackup::Entry> DatabaseBackup::latest(const QString &databasePath,
                                                            const QString &reason)
{
    for (const Entry &entry : list(databasePath)) {
        if (reason.isEmpty() ? entry.reason != QLatin1String("before-restore")
                             : entry.reason == reason)
            return entry;
    }
    return std::nullopt;
}

void DatabaseBackup::prune(const QString &databasePath, const QString &reason, int keep)
{
    int kept = 0;
    for (const Entry &entry : list(databasePath)) {
        if (entry.reason != reason)
            continue;
        if (++kept > keep) {
            QFile::remove(entry.path);
            for (const QString &suffix : sidecars)
                QFile::remove(entry.path + suffix);
        }
    }
}

bool DatabaseBackup::isSound(const QString &path, QString *problem)
{
    if (!QFileInfo(path).isFile()) {
        *problem = tr("%1 does not exist.").arg(path);
        return false;
    }
    return withConnection(path, readOnly, [&](QSqlDatabase &db) {
        if (!db.open()) {
            *problem = db.lastError().text();
            return false;
        }
        QStringList findings;
        if (Database::quickCheck(db, &findings))
            return true;
        *problem = findings.mid(0, 5).join(QLatin1Char('\n'));
        return false;
    });
}

bool DatabaseBackup::restore(const QString &backupPath, const QString &databasePath,
                             QString *setAside, QString *error)
{
    setAside->clear();
    QString problem;
    if (!isSound(backupPath, &problem)) {
        *error = tr("The backup %1 is damaged and was not restored: %2").arg(backupPath, problem);
        return false;
    }
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    bool historyNamed = false; // the backup's schema has the history's id (version 9)
    // The copy is made by SQLite from the backup's own connection, so that it is one file that
    // holds everything, also what a backup's write-ahead log still held.
    const bool staged = withConnection(backupPath, readOnly, [&](QSqlDatabase &db) {
        if (!db.open()) {
            *error = tr("Cannot read the backup %1: %2").arg(backupPath, db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        const auto pragma = [&query](const QString &name) {
            return query.exec(QStringLiteral("PRAGMA ") + name) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        const int version = pragma(QStringLiteral("user_version"));
        if (pragma(QStringLiteral("application_id")) != Database::applicationId || version < 1
            || version > SchemaMigrations::latestVersion()) {
            *error = tr("%1 is not a backup of a Touchpoint database that this version can read; "
                        "nothing was changed.")
                         .arg(backupPath);
            return false;
        }
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(staging);
        if (!query.exec()) {
            *error = tr("Cannot copy %1 next to %2: %3")
                         .arg(backupPath, databasePath, query.lastError().text());
            return false;
        }
        historyNamed = version >= 9;
        return true;
    });
    // The restored history is not the one replicas last saw: its id is made anew when next
    // asked, so that each is told to join again rather than miss what the restore took away.
    if (staged && historyNamed) {
        const bool renamed = withConnection(staging, QString(), [&](QSqlDatabase &db) {
            if (!db.open()) {
                *error = tr("Cannot prepare %1 for its replicas: %2")
                             .arg(staging, db.lastError().text());
                return false;
            }
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("UPDATE sync_clock SET history = NULL")))
                return true;
            *error = tr("Cannot prepare %1 for its replicas: %2")
                         .arg(staging, query.lastError().text());
            return false;
        });
        if (!renamed) {
            QFile::remove(staging);
            return false;
        }
    }
    if (!staged) {
        QFile::remove(staging);
        return false;
    }

    if (QFileInfo::exists(databasePath)) {
        // A program that still has the file open would go on writing into the file moved
        // aside, and what it acknowledged would vanish from sight: refuse while anyone has it.
        // An exclusive lock is granted only when no other connection holds the file.
        const bool inUse = withConnection(databasePath, QString(), [&](QSqlDatabase &db) {
            if (!db.open())
                return false;
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE")))
                return sqliteCode(query.lastError()) == sqliteBusy;
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        });
        if (inUse) {
            QFile::remove(staging);
            *error = tr("%1 is open in another program (the window or `touchpoint serve`?). Close "
                        "it and try again; nothing was changed.")
                         .arg(databasePath);
            return false;
        }
        const QString aside = freshPath(databasePath, QStringLiteral("before-restore"));
        QDir().mkpath(folderFor(databasePath));
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(staging);
            *error = tr("Cannot move %1 aside; nothing was changed.").arg(databasePath);
            return false;
        }
        // The write-ahead log holds commits of the file it belongs to: it goes with it.
        for (const QString &suffix : sidecars) {
            if (QFileInfo::exists(databasePath + suffix))
                QFile::rename(databasePath + suffix, aside + suffix);
        }
        *setAside = aside;
    }
    for (const QString &suffix : sidecars)
        QFile::remove(databasePath + suffix);
    if (!QFile::rename(staging, databasePath)) {
        QFile::remove(staging);
        // The file goes back where it was, with its write-ahead log: a failed restore changes
        // nothing when it can.
        if (!setAside->isEmpty() && QFile::rename(*setAside, databasePath)) {
            for (const QString &suffix : sidecars) {
                if (QFileInfo::exists(*setAside + suffix))
                    QFile::rename(*setAside + suffix, databasePath + suffix);
            }
            setAside->clear();
            *error = tr("Cannot put the backup in place of %1; nothing was changed.")
                         .arg(databasePath);
            return false;
        }
        *error = tr("Cannot put the backup in place of %1 (the previous file is kept as %2).")
                     .arg(databasePath, *setAside);
        return false;
    }
    return true;
}
