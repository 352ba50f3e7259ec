#include "apiserver.h"

#include "apihttpserver.h"
#include "apitoken.h"
#include "restapi.h"
#include "storage/personstore.h"

#include <QCoreApplication>
#include <QMetaMethod>

class ApiServer::Private
{
public:
    explicit Private(Database &database)
        : database(database)
        , api(database)
        , http([this](const ApiRequest &request) { return api.handleOrQueue(request); },
               [this] { return api.answerQueued(); })
    { }

    Database &database;
    RestApi api;
    ApiHttpServer http;
    bool hasToken = false;
    bool plainHttpAllowed = false;
    QMetaObject::Connection forwarding;
    QString refusal;
};

ApiServer::ApiServer(Database &database, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(database))
{ }

// Forwarded only once something listens: `serve --quiet` then spends nothing on the log line.
void ApiServer::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ApiServer::requestHandled) && !d->forwarding)
        d->forwarding
            = connect(&d->http, &ApiHttpServer::requestHandled, this, &ApiServer::requestHandled);
}

ApiServer::~ApiServer() = default;

void ApiServer::setCacheCapacity(qsizetype bytes)
{
    d->api.setCacheCapacity(bytes);
}

void ApiServer::setToken(const ApiToken &token)
{
    d->api.setToken(token);
    d->hasToken = token.isSet();
}

QString ApiServer::refusalToListen(const QHostAddress &address, bool hasToken, bool tls,
                                   bool plainHttpAllowed)
{
    if (address.isLoopback())
        return QString();
    if (!hasToken)
        return QCoreApplication::translate(
                   "ApiServer",
                   "refusing to listen on %1 without an API token: anyone who can reach it could "
                   "read and change the data. Set a token (--token-file or TOUCHPOINT_API_TOKEN), "
                   "give people tokens of their own (touchpoint users add), or listen on "
                   "127.0.0.1.")
            .arg(address.toString());
    if (!tls && !plainHttpAllowed)
        return QCoreApplication::translate(
                   "ApiServer",
                   "refusing to listen on %1 without TLS: the token and the data would cross the "
                   "network readable by anyone on the way. Give a certificate and key "
                   "(--tls-cert and --tls-key), or, behind a reverse proxy that does TLS, "
                   "--insecure-http.")
            .arg(address.toString());
    return QString();
}

bool ApiServer::hasPeople(Database &database)
{
    const StoreResult<PersonStore::Census> census = PersonStore(database).census();
    return census.ok() && census.value.people > 0;
}

void ApiServer::setTls(const QSslConfiguration &configuration)
{
    d->http.setTls(configuration);
}

void ApiServer::setPlainHttpAllowed(bool allowed)
{
    d->plainHttpAllowed = allowed;
    // Plain HTTP is allowed off loopback only for a reverse proxy in front, which says how its
    // client came.
    d->http.setForwardedProtoTrusted(allowed);
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, SharedPortSocket::Sharing sharing)
{
    d->refusal = refusalToListen(address, d->hasToken || hasPeople(d->database), d->http.isTls(),
                                 d->plainHttpAllowed);
    if (!d->refusal.isEmpty())
        return false;
    return d->http.listen(address, port, sharing);
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
    return d->refusal.isEmpty() ? d->http.errorString() : d->refusal;
}
