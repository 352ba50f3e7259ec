#pragma once

// Takes the open database's scheduled backups while the window is open: at start and then
// whenever BackupSchedule says one is due; keeps as many as the schedule says and reports every
// failure, so that a backup that is not being made never goes unnoticed. A scheduled backup runs
// in a worker thread on a connection of its own: copying a large file takes seconds, and the window
// stays usable meanwhile.

#include "core/backupschedule.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

class Database;
class QTimer;

class BackupTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTimer)

public:
    explicit BackupTimer(Database &database, QObject *parent = nullptr);
    ~BackupTimer() override;

    BackupSchedule schedule() const { return m_schedule; }
    // Checks at once, and then when the next one is due.
    void setSchedule(const BackupSchedule &schedule);

    // The last scheduled backup of the open file; invalid when there is none.
    QDateTime lastBackup() const;
    // Starts a scheduled backup when one is due at now (UTC) and none is running; it prunes the
    // old ones when done. True when one was started; backedUp() or failed() tell how it ended.
    bool backUpIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isBackingUp() const { return m_running != nullptr; }
    // Blocks until a running backup is done and announced: before the file is closed or moved.
    void waitForBackup();

    // Takes a backup with another reason ("manual"), not counted by the schedule; its path,
    // or empty with error set.
    QString backUp(const QString &reason, QString *error);

signals:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    struct Outcome
    {
        QString path; // empty when it failed
        QString error;
    };

    void planNext();
    void finish();

    Database &m_database;
    BackupSchedule m_schedule;
    QTimer *m_timer;
    QFutureWatcher<Outcome> *m_running = nullptr;
};
