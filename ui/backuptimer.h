#pragma once

// Takes the open database's scheduled backups while the window is open: at start and then
// whenever BackupSchedule says one is due; keeps as many as the schedule says and reports every
// failure, so that a backup that is not being made never goes unnoticed.

#include "backupschedule.h"

#include <QDateTime>
#include <QObject>

class Database;
class QTimer;

class BackupTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTimer)

public:
    explicit BackupTimer(Database &database, QObject *parent = nullptr);

    BackupSchedule schedule() const { return m_schedule; }
    // Checks at once, and then when the next one is due.
    void setSchedule(const BackupSchedule &schedule);

    // The last scheduled backup of the open file; invalid when there is none.
    QDateTime lastBackup() const;
    // Takes a scheduled backup when one is due at now (UTC) and prunes the old ones; true when
    // one was taken. A failure is announced with failed().
    bool backUpIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Takes a backup with another reason ("manual"), not counted by the schedule; its path,
    // or empty with error set.
    QString backUp(const QString &reason, QString *error);

signals:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    void planNext();

    Database &m_database;
    BackupSchedule m_schedule;
    QTimer *m_timer;
};
