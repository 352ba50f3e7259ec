#include "localapiserver.h"

#include "apiserver.h"
#include "apitoken.h"

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

bool LocalApiServer::setToken(const QByteArray &key, QString *problem)
{
    if (key.isEmpty()) {
        m_server->setToken(ApiToken());
        m_requiresToken = false;
        return true;
    }
    if (const QString found = problemWithToken(key); !found.isEmpty()) {
        *problem = found;
        return false;
    }
    m_server->setToken(ApiToken(key));
    m_requiresToken = true;
    return true;
}

QString LocalApiServer::problemWithToken(const QByteArray &key) const
{
    // ApiToken's rule, said in the window's language (its own text is the API's English).
    if (ApiToken::problemWith(key))
        return tr("A token must be 16 to 256 printable ASCII characters, without spaces.");
    return {};
}
