#pragma once

// The worker processes of `touchpoint serve --workers N`: starts them, restarts one that ends while
// the others serve, and stops them all on request. Each worker is the same program run as
// `serve --worker-of <this pid>`: its own database connection, group commit and cache of answers,
// listening on the shared port (SharedPortSocket).

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QStringList>

class QProcess;

class ServeWorkerPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeWorkerPool)

public:
    // Restarts within restartWindowMs beyond this many mean the workers cannot keep running.
    static constexpr int maxRestarts = 5;
    static constexpr int restartWindowMs = 60 * 1000;
    // How long a worker has to finish what it accepted once told to stop, before it is killed.
    static constexpr int stopTimeoutMs = 30 * 1000;
    // What a worker writes to its standard output once it listens.
    static constexpr char readyLine[] = "ready\n";

    ServeWorkerPool(const QString &program, const QStringList &workerArguments, int count,
                    QObject *parent = nullptr);
    ~ServeWorkerPool() override;

    void start();
    // Asks every worker to stop (SIGTERM) and waits for them; kills one that does not stop in
    // time. True when every worker stopped by itself with exit code 0.
    bool stop();

    QList<qint64> processIds() const;

signals:
    // Once, when every worker of the first start listens.
    void ready();
    // A worker ended while it served (how: a sentence that says so); another is being started in
    // its place.
    void workerRestarted(const QString &how, qint64 newPid);
    // The workers cannot serve: one ended before it listened, or they end too often. Nothing is
    // stopped yet: the caller stops the others.
    void failed(const QString &message);

private:
    struct Worker
    {
        QProcess *process = nullptr;
        qint64 pid = 0; // kept: QProcess forgets it once the process has ended
        bool listening = false;
    };

    void startWorker(qsizetype slot);
    void readReady(qsizetype slot);
    void workerEnded(qsizetype slot);
    static QString howItEnded(const QProcess &process, qint64 pid);

    QString m_program;
    QStringList m_arguments;
    QList<Worker> m_workers;
    QList<QDeadlineTimer> m_restarts;
    bool m_announcedReady = false;
    bool m_stopping = false;
};
