#pragma once

// Runs a replica's join and rounds (ReplicaSync) in a thread of its own, on a connection of its
// own to the same file, so that the window stays answering while the server is asked.

#include "replicasync.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class Database;

class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    // path: the file the window has open; opened here, in the worker's thread, for each job.
    explicit SyncWorker(const QString &path);
    ~SyncWorker() override;

public slots:
    void join(const QUrl &server, const QByteArray &token, const QString &name);
    void round();
    // Ends the job under way: queued to the worker's thread, where ReplicaSync waits for the
    // server in an event loop of its own, so the cancel reaches it between two events.
    void cancel();

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const ReplicaSync::Summary &summary);

private:
    // The connection of this thread: a Qt SQL connection belongs to the thread that opened it.
    // Open only during a job, so that between rounds nothing but the window holds the file (a
    // restore from a backup refuses a file that another connection has open).
    Database *database(ReplicaSync::Summary &summary);
    void close();
    // Runs job on a ReplicaSync of the file, then lets the file go and says how it went.
    void run(const std::function<ReplicaSync::Summary(ReplicaSync &)> &job);

    QString m_path;
    std::unique_ptr<Database> m_database;
    ReplicaSync *m_running = nullptr;
};

Q_DECLARE_METATYPE(ReplicaSync::Summary)
