#include "backuptimer.h"

#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The timer is set for the next backup, but no further than an hour ahead: a computer that
// slept, or a clock that was changed, is noticed within the hour.
constexpr qint64 longestWaitMs = 60 * 60 * 1000;
constexpr qint64 shortestWaitMs = 60 * 1000;

} // namespace

BackupTimer::BackupTimer(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        backUpIfDue();
        planNext();
    });
}

void BackupTimer::setSchedule(const BackupSchedule &schedule)
{
    m_schedule = schedule;
    backUpIfDue();
    planNext();
}

QDateTime BackupTimer::lastBackup() const
{
    const std::optional<DatabaseBackup::Entry> last
        = DatabaseBackup::latest(m_database.path(), BackupSchedule::reason());
    return last ? last->created : QDateTime();
}

BackupTimer::~BackupTimer()
{
    // A backup half written is no backup: the window waits for it as it closes.
    if (m_running)
        m_running->waitForFinished();
}

bool BackupTimer::backUpIfDue(const QDateTime &now)
{
    if (m_running || !m_database.isOpen() || !m_schedule.due(now, lastBackup()))
        return false;
    const QString databasePath = m_database.path();
    const int keep = m_schedule.keep();
    m_running = new QFutureWatcher<Outcome>(this);
    connect(m_running, &QFutureWatcherBase::finished, this, &BackupTimer::finish);
    m_running->setFuture(QtConcurrent::run([databasePath, keep] {
        Outcome outcome;
        outcome.path = DatabaseBackup::createFromFile(databasePath, BackupSchedule::reason(),
                                                      &outcome.error);
        if (!outcome.path.isEmpty())
            DatabaseBackup::prune(databasePath, BackupSchedule::reason(), keep);
        return outcome;
    }));
    return true;
}

void BackupTimer::waitForBackup()
{
    if (!m_running)
        return;
    m_running->waitForFinished();
    finish();
}

void BackupTimer::finish()
{
    if (!m_running)
        return;
    const Outcome outcome = m_running->result();
    m_running->disconnect(this);
    m_running->deleteLater();
    m_running = nullptr;
    if (outcome.path.isEmpty())
        emit failed(outcome.error);
    else
        emit backedUp(outcome.path);
    planNext();
}

QString BackupTimer::backUp(const QString &reason, QString *error)
{
    if (!m_database.isOpen()) {
        *error = tr("The database is not open.");
        emit failed(*error);
        return {};
    }
    const QString path
        = DatabaseBackup::create(m_database.connection(), m_database.path(), reason, error);
    if (path.isEmpty())
        emit failed(*error);
    else
        emit backedUp(path);
    return path;
}

void BackupTimer::planNext()
{
    m_timer->stop();
    if (!m_schedule.isOn())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime next = m_schedule.nextAt(now, lastBackup());
    const qint64 wait = qBound(shortestWaitMs, now.msecsTo(next), longestWaitMs);
    m_timer->start(std::chrono::milliseconds(wait));
}
