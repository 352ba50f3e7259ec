#include "guardedtcpserver.h"

#include "requestguard.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

GuardedTcpServer::GuardedTcpServer(std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
{ }

// QtHttpServer 6.4's own TLS (sslSetup()) works only through QAbstractHttpServer::listen(),
// which makes a QSslServer of its own with no guard on its connections; this does what that
// QSslServer does, with the guard in place before the server reads anything.
void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        new RequestGuard(socket); // first to hear of its data, before the server connects
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // readyRead() of a QSslSocket brings decrypted bytes only: the guard sees what the server
    // will read, as without TLS.
    new RequestGuard(socket);
    // A handshake that fails (a client speaking plain HTTP, say) or never ends closes the
    // connection; QtHttpServer deletes a socket once it is disconnected.
    auto *handshakeTimer = new QTimer(socket);
    handshakeTimer->setSingleShot(true);
    connect(handshakeTimer, &QTimer::timeout, socket, &QSslSocket::abort);
    connect(socket, &QSslSocket::encrypted, handshakeTimer, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    handshakeTimer->start(RequestGuard::idleTimeoutMs);
    // Handed over now rather than once encrypted: the server then owns and deletes it whatever
    // becomes of the handshake.
    addPendingConnection(socket);
    socket->startServerEncryption();
}
