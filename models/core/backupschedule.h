#pragma once

// How often the open database is backed up by itself and how many of those backups are kept:
// a value the window keeps in its settings and asks, now and then, whether a backup is due.

#include <QDateTime>
#include <QString>

#include <chrono>

class BackupSchedule final
{
public:
    // The reason that scheduled backups carry in their names (see DatabaseBackup).
    static QString reason() { return QStringLiteral("scheduled"); }

    BackupSchedule() = default; // off
    BackupSchedule(std::chrono::seconds interval, int keep);

    // Off when the interval is not positive: never due.
    bool isOn() const { return m_interval.count() > 0; }
    std::chrono::seconds interval() const { return m_interval; }
    int keep() const { return m_keep; }

    // Due when on and the last scheduled backup (invalid: none yet) is interval or more before
    // now. A last backup in the future (the clock was set back) counts as none, so that a wrong
    // clock cannot stop backups for good.
    bool due(const QDateTime &now, const QDateTime &last) const;
    // When the next one is due; invalid when off.
    QDateTime nextAt(const QDateTime &now, const QDateTime &last) const;

    bool operator==(const BackupSchedule &other) const
    {
        return m_interval == other.m_interval && m_keep == other.m_keep;
    }
    bool operator!=(const BackupSchedule &other) const { return !(*this == other); }

private:
    std::chrono::seconds m_interval { 0 };
    int m_keep = 0;
};
