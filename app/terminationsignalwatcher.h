#pragma once

// Turns SIGINT and SIGTERM into a Qt signal in the event loop, through a self-pipe, so that a
// server can stop cleanly: a signal handler itself may do nothing but write a byte.

#include <QObject>

class QSocketNotifier;

class TerminationSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignalWatcher)

public:
    explicit TerminationSignalWatcher(QObject *parent = nullptr);
    // Puts back the handlers that were there before.
    ~TerminationSignalWatcher() override;

    // False with errorString() when the pipe or the handlers could not be set up.
    bool isWatching() const { return m_notifier != nullptr; }
    QString errorString() const { return m_errorString; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QString m_errorString;
};
