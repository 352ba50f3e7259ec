#pragma once

// A QTcpServer whose every connection gets a RequestGuard before QtHttpServer sees it, over TLS
// when given a configuration (`serve --tls-cert`), so that the guard reads the decrypted bytes.

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // With tls, connections are QSslSockets that start the server's side of the handshake.
    explicit GuardedTcpServer(std::optional<QSslConfiguration> tls = std::nullopt,
                              QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};
