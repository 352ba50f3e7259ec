#pragma once

// The window's rounds with the team server while its file is a replica: one at a time, in a
// worker thread (SyncWorker), after each local change (debounced), every few minutes and when
// asked; and the join, with its progress.

#include "replicasync.h"

#include <QObject>
#include <QString>
#include <QUrl>

class Database;
class QThread;
class QTimer;
class SyncWorker;

class ReplicaRounds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaRounds)

public:
    static constexpr int defaultDebounceMs = 2'000;
    static constexpr int defaultIntervalMs = 5 * 60'000;

    explicit ReplicaRounds(Database &database, QObject *parent = nullptr);
    ~ReplicaRounds() override;

    bool isReplica() const; // joined and downloaded
    bool isRunning() const { return m_running != Job::None; }
    QString lastFailure() const { return m_lastFailure; } // of the latest round; empty if none
    void setDebounce(int milliseconds);
    void setInterval(int milliseconds);

public slots:
    // A round now, or once the one under way has ended; nothing while the file is no replica.
    void syncNow();
    void join(const QUrl &server, const QByteArray &token, const QString &name);
    void cancel();

signals:
    void joinProgressed(qint64 done, qint64 total);
    void joinFinished(const ReplicaSync::Summary &summary);
    void roundFinished(const ReplicaSync::Summary &summary);
    // Something the status shows may have changed: a round ended, or a change was heard of.
    void statusMayHaveChanged();

private:
    enum class Job { None, Round, Join };
    void heardOfChange();
    void finished(const ReplicaSync::Summary &summary);
    void updateTimers();

    Database &m_database;
    QThread *m_thread;
    SyncWorker *m_worker;
    QTimer *m_debounce;
    QTimer *m_interval;
    Job m_running = Job::None;
    bool m_roundWanted = false;
    qint64 m_ownChangesSeen = 0;
    // This file's own revision (SyncFeed::currentRevision()) last seen: it moves with every
    // write that will be sent, by this window or another process (the laptop's own API), and
    // never with what a round writes.
    qint64 m_revisionSeen = 0;
    QString m_lastFailure;
};
