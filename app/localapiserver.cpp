#include "localapiserver.h"

#include "apiserver.h"

#include <QHostAddress>

LocalApiServer::LocalApiServer(Database &database, QObject *parent)
    : LocalApi(parent)
    , m_server(new ApiServer(database, this))
{
    connect(m_server, &ApiServer::requestHandled, this, &LocalApi::requestHandled);
}

LocalApiServer::~LocalApiServer() = default;

bool LocalApiServer::start(quint16 port)
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
}

void LocalApiServer::stop()
{
    m_server->close();
}

bool LocalApiServer::isRunning() const
{
    return m_server->isListening();
}

quint16 LocalApiServer::port() const
{
    return m_server->serverPort();
}

QString LocalApiServer::address() const
{
    return QHostAddress(QHostAddress::LocalHost).toString();
}

QString LocalApiServer::errorString() const
{
    return m_server->errorString();
}
