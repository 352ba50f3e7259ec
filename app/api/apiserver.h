#pragma once

// The local REST API of the contract, served over HTTP: the one object the command line and the
// window create to run it.

#include "sharedportsocket.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class ApiToken;
class Database;
class QSslConfiguration;

class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    explicit ApiServer(Database &database, QObject *parent = nullptr);
    ~ApiServer() override;

    // Requests must then carry the token (see ApiToken); also what lets listen() take an address
    // other than loopback.
    void setToken(const ApiToken &token);
    // Bytes of answers to list requests kept until the data changes; 0 keeps none.
    void setCacheCapacity(qsizetype bytes);
    // HTTPS with configuration from the next listen() on (see TlsCredentials).
    void setTls(const QSslConfiguration &configuration);
    // Lets listen() take an address other than loopback without TLS (`serve --insecure-http`),
    // for a reverse proxy in front that ends TLS: its X-Forwarded-Proto header then decides
    // whether paging links say https.
    void setPlainHttpAllowed(bool allowed);
    // Why listen() would refuse address, or empty: what the parent of `serve --workers` checks
    // before it starts any worker. Beyond loopback, a token is needed, and TLS unless
    // plainHttpAllowed (a reverse proxy in front ends TLS).
    static QString refusalToListen(const QHostAddress &address, bool hasToken, bool tls,
                                   bool plainHttpAllowed);
    // Whether the database has people (`touchpoint users`): then every request needs one of
    // their tokens, which counts as a token for listen(). False when it cannot be told.
    static bool hasPeople(Database &database);
    // Port 0 picks a free port; false with errorString() when the address cannot be bound, or is
    // not a loopback address while no token is set (anyone on the network could write then) or
    // without TLS unless plain HTTP is allowed (anyone on the way could read the token then).
    // ReusePort listens beside other processes on the same port (`serve --workers`).
    bool listen(const QHostAddress &address, quint16 port,
                SharedPortSocket::Sharing sharing = SharedPortSocket::Sharing::Exclusive);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;

signals:
    // Once per answered request, for the request log and the window's status bar.
    void requestHandled(const QString &method, const QString &path, int status,
                        double milliseconds);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};
