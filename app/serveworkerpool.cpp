#include "serveworkerpool.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <csignal>

ServeWorkerPool::ServeWorkerPool(const QString &program, const QStringList &workerArguments,
                                 int count, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(workerArguments)
    , m_workers(count)
{ }

ServeWorkerPool::~ServeWorkerPool()
{
    stop();
}

void ServeWorkerPool::start()
{
    for (qsizetype slot = 0; slot < m_workers.size(); ++slot)
        startWorker(slot);
}

void ServeWorkerPool::startWorker(qsizetype slot)
{
    auto *process = new QProcess(this);
    // Their request log and their errors go where ours go; the standard output says "ready".
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setInputChannelMode(QProcess::ForwardedInputChannel);
    m_workers[slot] = { process, 0, false };
    connect(process, &QProcess::readyReadStandardOutput, this, [this, slot] { readReady(slot); });
    connect(process, &QProcess::finished, this, [this, slot] { workerEnded(slot); });
    connect(process, &QProcess::errorOccurred, this, [this, slot](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            workerEnded(slot);
    });
    process->start(m_program, m_arguments);
    m_workers[slot].pid = process->processId();
}

void ServeWorkerPool::readReady(qsizetype slot)
{
    Worker &worker = m_workers[slot];
    if (!worker.process || worker.listening)
        return;
    if (!worker.process->readAllStandardOutput().contains(readyLine))
        return;
    worker.listening = true;
    if (m_announcedReady)
        return;
    if (std::all_of(m_workers.cbegin(), m_workers.cend(),
                    [](const Worker &each) { return each.listening; })) {
        m_announcedReady = true;
        emit ready();
    }
}

QString ServeWorkerPool::howItEnded(const QProcess &process, qint64 pid)
{
    if (process.error() == QProcess::FailedToStart)
        return tr("A worker process could not be started: %1.").arg(process.errorString());
    if (process.exitStatus() == QProcess::CrashExit)
        return tr("Worker process %1 was ended by a signal.").arg(pid);
    return tr("Worker process %1 ended with exit code %2.").arg(pid).arg(process.exitCode());
}

void ServeWorkerPool::workerEnded(qsizetype slot)
{
    Worker ended = m_workers.at(slot);
    if (m_stopping || !ended.process)
        return;
    m_workers[slot] = {};
    ended.process->deleteLater();
    const qint64 pid = ended.pid;
    const QString how = howItEnded(*ended.process, pid);
    // One that never listened would end the same way again (the port, the database, the token).
    if (!ended.listening) {
        m_stopping = true; // one failure is said once, and the others are stopped
        emit failed(tr("%1 It had not begun to serve.").arg(how));
        return;
    }
    m_restarts.erase(std::remove_if(m_restarts.begin(), m_restarts.end(),
                                    [](const QDeadlineTimer &t) { return t.hasExpired(); }),
                     m_restarts.end());
    if (m_restarts.size() >= maxRestarts) {
        m_stopping = true;
        emit failed(tr("Worker processes ended %1 times within a minute. %2")
                        .arg(m_restarts.size() + 1)
                        .arg(how));
        return;
    }
    m_restarts.append(QDeadlineTimer(restartWindowMs));
    startWorker(slot);
    emit workerRestarted(how, m_workers.at(slot).pid);
}

bool ServeWorkerPool::stop()
{
    m_stopping = true;
    for (const Worker &worker : std::as_const(m_workers)) {
        if (worker.process && worker.process->state() != QProcess::NotRunning)
            ::kill(pid_t(worker.process->processId()), SIGTERM);
    }
    bool clean = true;
    const QDeadlineTimer deadline(stopTimeoutMs);
    for (Worker &worker : m_workers) {
        if (!worker.process)
            continue;
        if (worker.process->state() != QProcess::NotRunning
            && !worker.process->waitForFinished(int(deadline.remainingTime()))) {
            worker.process->kill();
            worker.process->waitForFinished();
            clean = false;
        }
        clean = clean && worker.process->exitStatus() == QProcess::NormalExit
            && worker.process->exitCode() == 0;
        delete worker.process;
        worker = {};
    }
    return clean;
}

QList<qint64> ServeWorkerPool::processIds() const
{
    QList<qint64> ids;
    for (const Worker &worker : m_workers) {
        if (worker.process)
            ids.append(worker.pid);
    }
    return ids;
}
