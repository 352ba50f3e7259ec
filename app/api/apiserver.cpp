#include "apiserver.h"

#include "apihttpserver.h"
#include "restapi.h"

class ApiServer::Private
{
public:
    explicit Private(Database &database)
        : api(database)
        , http([this](const ApiRequest &request) { return api.handle(request); })
    { }

    RestApi api;
    ApiHttpServer http;
};

ApiServer::ApiServer(Database &database, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(database))
{
    connect(&d->http, &ApiHttpServer::requestHandled, this, &ApiServer::requestHandled);
}

ApiServer::~ApiServer() = default;

bool ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return d->http.listen(address, port);
}

void ApiServer::close()
{
    d->http.close();
}

bool ApiServer::isListening() const
{
    return d->http.isListening();
}

quint16 ApiServer::serverPort() const
{
    return d->http.serverPort();
}

QHostAddress ApiServer::serverAddress() const
{
    return d->http.serverAddress();
}

QString ApiServer::errorString() const
{
    return d->http.errorString();
}
