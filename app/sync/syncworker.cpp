#include "syncworker.h"

#include "storage/database.h"

SyncWorker::SyncWorker(const QString &path)
    : m_path(path)
{ }

SyncWorker::~SyncWorker() = default;

Database *SyncWorker::database(ReplicaSync::Summary &summary)
{
    m_database = std::make_unique<Database>();
    if (m_database->open(m_path))
        return m_database.get();
    summary.outcome = ReplicaSync::Outcome::Failed;
    summary.failure = m_database->errorMessage();
    m_database.reset();
    return nullptr;
}

void SyncWorker::join(const QUrl &server, const QByteArray &token, const QString &name)
{
    ReplicaSync::Summary summary;
    Database *file = database(summary);
    if (!file) {
        emit finished(summary);
        return;
    }
    // A ReplicaSync a job: a cancelled one stays cancelled.
    ReplicaSync sync(*file);
    sync.setProgress([this](qint64 done, qint64 total) { emit progressed(done, total); });
    m_running = &sync;
    summary = sync.join(server, token, name);
    m_running = nullptr;
    close();
    emit finished(summary);
}

void SyncWorker::round()
{
    ReplicaSync::Summary summary;
    Database *file = database(summary);
    if (!file) {
        emit finished(summary);
        return;
    }
    ReplicaSync sync(*file);
    m_running = &sync;
    summary = sync.round();
    m_running = nullptr;
    close();
    emit finished(summary);
}

void SyncWorker::close()
{
    m_database.reset();
}

void SyncWorker::cancel()
{
    if (m_running)
        m_running->cancel();
}
