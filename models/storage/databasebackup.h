#pragma once

// Copies of the Touchpoint file kept beside it: taken while it is in use, listed newest first, and
// put back in its place without ever overwriting anything that was not itself saved first.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    struct Entry
    {
        QString path;
        QDateTime created; // UTC, from the file name
        QString reason; // "before-migration", "scheduled", "manual", "before-restore"
        qint64 size = 0;
    };

    // <folder of the database>/backups
    static QString folderFor(const QString &databasePath);

    // A consistent snapshot of an open database (VACUUM INTO), safe while others read and write.
    // Answers the new file's path, or an empty string with error set.
    static QString create(const QSqlDatabase &db, const QString &databasePath,
                          const QString &reason, QString *error);
    // The same through a read-only connection of its own, opened and closed in the calling
    // thread: for a backup taken in a worker thread while the window goes on.
    static QString createFromFile(const QString &databasePath, const QString &reason,
                                  QString *error);
    // Newest first.
    static QList<Entry> list(const QString &databasePath);
    // The newest backup of one reason; with reason empty, the newest that is worth offering in
    // place of the file: any but "before-restore" (the file a restore replaced, maybe damaged).
    static std::optional<Entry> latest(const QString &databasePath, const QString &reason = {});
    // Removes the oldest of one reason's backups beyond keep; other reasons are left alone.
    static void prune(const QString &databasePath, const QString &reason, int keep);

    // Puts backupPath in the place of databasePath, which must not be open anywhere (refused
    // when another connection has it open). The file that was there is first moved aside (its
    // name is answered in setAside) and the backup is checked before anything moves: a damaged
    // backup, or one that is not a Touchpoint database, changes nothing.
    static bool restore(const QString &backupPath, const QString &databasePath, QString *setAside,
                        QString *error);

    // PRAGMA quick_check on a file, read-only: true when SQLite finds it sound.
    static bool isSound(const QString &path, QString *problem);
};
