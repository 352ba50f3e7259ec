#include "guardedtcpserver.h"

#include "requestguard.h"

#include <QTcpSocket>

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new RequestGuard(socket); // first to hear of its data, before the server connects
    addPendingConnection(socket);
}
