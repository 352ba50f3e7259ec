#pragma once

// A TCP socket bound with SO_REUSEPORT, so that several `touchpoint serve` worker processes listen
// on one port and the kernel spreads the connections among them.

#include <QHostAddress>
#include <QString>

class SharedPortSocket final
{
    Q_DISABLE_COPY(SharedPortSocket)

public:
    enum class Sharing { Exclusive, ReusePort };

    SharedPortSocket() = default;
    ~SharedPortSocket();

    // Port 0 lets the system pick one (see port()). Exclusive fails where anyone else, a group
    // of workers too, is bound to the port; ReusePort joins others that set it, as this user.
    bool bind(const QHostAddress &address, quint16 port, Sharing sharing);
    // backlog: as a QTcpServer's listenBacklogSize(), so that a worker queues as one server does.
    bool listen(int backlog);
    // The descriptor, now the caller's (QTcpServer::setSocketDescriptor); -1 when there is none.
    qintptr release();
    void close();

    quint16 port() const;
    QString errorString() const { return m_errorString; }

private:
    bool failWithErrno();

    int m_descriptor = -1;
    QString m_errorString;
};
