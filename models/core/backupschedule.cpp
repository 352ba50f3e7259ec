#include "core/backupschedule.h"

#include <algorithm>

BackupSchedule::BackupSchedule(std::chrono::seconds interval, int keep)
    : m_interval(std::max(interval, std::chrono::seconds(0)))
    , m_keep(std::max(keep, 1)) // a schedule that keeps nothing would delete each backup it takes
{ }

bool BackupSchedule::due(const QDateTime &now, const QDateTime &last) const
{
    if (!isOn())
        return false;
    if (!last.isValid() || last > now)
        return true;
    return last.secsTo(now) >= m_interval.count();
}

QDateTime BackupSchedule::nextAt(const QDateTime &now, const QDateTime &last) const
{
    if (!isOn())
        return {};
    if (due(now, last))
        return now;
    return last.addSecs(m_interval.count());
}
