#include "replicarounds.h"

#include "storage/database.h"
#include "storage/replicastore.h"
#include "storage/syncfeed.h"
#include "syncworker.h"

#include <QThread>
#include <QTimer>

ReplicaRounds::ReplicaRounds(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(database.path()))
    , m_debounce(new QTimer(this))
    , m_interval(new QTimer(this))
{
    qRegisterMetaType<ReplicaSync::Summary>();
    m_thread->setObjectName(QStringLiteral("replicaRounds"));
    m_worker->moveToThread(m_thread);
    // The worker's connection is closed in its own thread, as it was opened there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progressed, this, &ReplicaRounds::joinProgressed);
    connect(m_worker, &SyncWorker::finished, this, &ReplicaRounds::finished);
    m_thread->start();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(defaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReplicaRounds::syncNow);
    m_interval->setInterval(defaultIntervalMs);
    connect(m_interval, &QTimer::timeout, this, &ReplicaRounds::syncNow);
    m_ownChangesSeen = m_database.changeStamp().ownChanges;
    m_revisionSeen = SyncFeed(m_database).currentRevision().value;
    connect(&m_database, &Database::changed, this, &ReplicaRounds::heardOfChange);
    updateTimers();
}

ReplicaRounds::~ReplicaRounds()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool ReplicaRounds::isReplica() const
{
    const StoreResult<std::optional<ReplicaStore::Membership>> member
        = ReplicaStore(m_database).membership();
    return member.ok() && member.value && member.value->downloaded();
}

void ReplicaRounds::setDebounce(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void ReplicaRounds::setInterval(int milliseconds)
{
    m_interval->setInterval(milliseconds);
    updateTimers();
}

void ReplicaRounds::updateTimers()
{
    if (isReplica()) {
        if (!m_interval->isActive())
            m_interval->start();
    } else {
        m_interval->stop();
    }
}

void ReplicaRounds::heardOfChange()
{
    // This window's own writes ask for a round, and so do another process's writes that will be
    // sent (the laptop's own API): those move this file's revision. A round's writes are made
    // on the worker's connection and move no revision (what the server sent is not history
    // here), so they never start the next round (and that one the next, for ever).
    const qint64 own = m_database.changeStamp().ownChanges;
    const bool local = own != m_ownChangesSeen;
    m_ownChangesSeen = own;
    const StoreResult<qint64> revision = SyncFeed(m_database).currentRevision();
    const bool toSend = revision.ok() && revision.value > m_revisionSeen;
    if (revision.ok())
        m_revisionSeen = std::max(m_revisionSeen, revision.value);
    emit statusMayHaveChanged();
    if ((local || toSend) && isReplica())
        m_debounce->start();
}

void ReplicaRounds::syncNow()
{
    if (m_running != Job::None) {
        m_roundWanted = true;
        return;
    }
    if (!isReplica())
        return;
    m_debounce->stop();
    m_roundWanted = false;
    m_running = Job::Round;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::round, Qt::QueuedConnection);
}

void ReplicaRounds::join(const QUrl &server, const QByteArray &token, const QString &name)
{
    if (m_running != Job::None)
        return;
    m_running = Job::Join;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, server, token, name] { worker->join(server, token, name); },
        Qt::QueuedConnection);
}

void ReplicaRounds::cancel()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void ReplicaRounds::finished(const ReplicaSync::Summary &summary)
{
    const Job job = std::exchange(m_running, Job::None);
    m_lastFailure = summary.outcome == ReplicaSync::Outcome::Failed ? summary.failure : QString();
    updateTimers();
    if (job == Job::Join)
        emit joinFinished(summary);
    else
        emit roundFinished(summary);
    emit statusMayHaveChanged();
    if (m_roundWanted)
        syncNow();
}
