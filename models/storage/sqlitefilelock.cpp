#include "storage/sqlitefilelock.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <cstdlib>
#include <iterator>

SqliteFileLock::SqliteFileLock(const QString &path, int timeoutMs)
    : m_vfs(sqlite3_vfs_find(nullptr))
{
    if (!m_vfs)
        return;
    m_file = static_cast<sqlite3_file *>(std::calloc(1, size_t(m_vfs->szOsFile)));
    // The file layer reads the URI parameters that follow a name; this one has none.
    m_name = sqlite3_create_filename(QFileInfo(path).absoluteFilePath().toUtf8().constData(), "",
                                     "", 0, nullptr);
    if (!m_file || !m_name)
        return;
    int flags = 0;
    int rc
        = m_vfs->xOpen(m_vfs, m_name, m_file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &flags);
    if (rc != SQLITE_OK) {
        // SQLite's rule: a file whose open failed is still closed if it was given methods.
        if (m_file->pMethods)
            m_file->pMethods->xClose(m_file);
        return;
    }
    m_open = true;
    // The file layer takes the lock or answers busy at once; SQLite's busy timeout belongs to a
    // connection. The same backing off as SQLite's own busy handler, which also sleeps: a writer
    // holds the exclusive lock only while it copies its pages into the file.
    static constexpr int delaysMs[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
    int waitedMs = 0;
    for (int attempt = 0;; ++attempt) {
        rc = m_file->pMethods->xLock(m_file, SQLITE_LOCK_SHARED);
        if (rc != SQLITE_BUSY || waitedMs >= timeoutMs)
            break;
        const int delayMs = delaysMs[qMin(attempt, int(std::size(delaysMs)) - 1)];
        m_vfs->xSleep(m_vfs, delayMs * 1000);
        waitedMs += delayMs;
    }
    m_held = rc == SQLITE_OK;
}

SqliteFileLock::~SqliteFileLock()
{
    if (m_open) {
        if (m_held)
            m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
        m_file->pMethods->xClose(m_file);
    }
    std::free(m_file);
    sqlite3_free_filename(m_name);
}

QByteArray SqliteFileLock::read(qint64 offset, int length) const
{
    if (!m_open || length <= 0)
        return {};
    QByteArray bytes(length, '\0');
    const int rc = m_file->pMethods->xRead(m_file, bytes.data(), length, offset);
    if (rc == SQLITE_OK)
        return bytes;
    if (rc != SQLITE_IOERR_SHORT_READ)
        return {};
    // A short read fills the rest with zeros: the file's own bytes end at its size.
    sqlite3_int64 size = 0;
    if (m_file->pMethods->xFileSize(m_file, &size) != SQLITE_OK)
        return {};
    bytes.truncate(int(qBound(qint64(0), qint64(size) - offset, qint64(length))));
    return bytes;
}
