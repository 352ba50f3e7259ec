#pragma once

// A QTcpServer whose every connection gets a RequestGuard before QtHttpServer sees it.

#include <QTcpServer>

class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
