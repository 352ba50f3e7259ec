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
    // Port 0 picks a free port; false with errorString() when the address cannot be bound, or is
    // not a loopback address while no token is set (anyone on the network could write then).
    // ReusePort listens beside other processes on the same port (`serve --workers`).
    // Why listen() would refuse address, or empty: what the parent of `serve --workers` checks
    // before it starts any worker.
    static QString refusalToListen(const QHostAddress &address, bool hasToken);
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
