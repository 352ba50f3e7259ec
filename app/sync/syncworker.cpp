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
    run([&](ReplicaSync &sync) {
        sync.setProgress([this](qint64 done, qint64 total) { emit progressed(done, total); });
        return sync.join(server, token, name);
    });
}

void SyncWorker::round()
{
    run([](ReplicaSync &sync) { return sync.round(); });
}

void SyncWorker::run(const std::function<ReplicaSync::Summary(ReplicaSync &)> &job)
{
    ReplicaSync::Summary summary;
    Database *file = database(summary);
    if (!file) {
        emit finished(summary);
        return;
    }
    // A ReplicaSync a job: a cancelled one stays cancelled.
    ReplicaSync sync(*file);
    m_running = &sync;
    summary = job(sync);
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
