#pragma once

// SQLite's own shared lock on a database file, held while the file is looked at without a
// connection that would lock it (an "immutable" one, which leaves no -wal or -shm behind).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3_file;
struct sqlite3_vfs;

class SqliteFileLock final
{
    Q_DISABLE_COPY_MOVE(SqliteFileLock)

public:
    // Opens path read-only through SQLite's file layer and takes the shared lock, waiting up to
    // timeoutMs while another connection holds the file's exclusive lock. While it is held, no
    // connection writes the file in rollback mode and the last connection of a WAL file cannot
    // copy its log into the file as it closes (that needs the exclusive lock): the file changes
    // only by the checkpoint of a connection whose -wal file is there to be seen.
    SqliteFileLock(const QString &path, int timeoutMs);
    ~SqliteFileLock();

    bool isHeld() const { return m_held; }

    // Up to length bytes from offset, fewer at the end of the file; empty when it cannot be
    // read. Through SQLite's own descriptor: in one process SQLite's locks on a file are shared
    // by all its descriptors, and closing any other (a QFile) would release them all.
    QByteArray read(qint64 offset, int length) const;

private:
    sqlite3_vfs *m_vfs = nullptr;
    sqlite3_file *m_file = nullptr;
    const char *m_name = nullptr; // SQLite's form of the name, which the file keeps until closed
    bool m_open = false;
    bool m_held = false;
};
