#pragma once

// The one class that speaks QtHttpServer 6.4: turns its requests into ApiRequest values, hands
// them to a handler and writes the ApiResponse back. A later Qt changes this file alone.

#include "apirequest.h"
#include "apiresponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

class QTcpServer;

class ApiHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    explicit ApiHttpServer(Handler handler, QObject *parent = nullptr);
    ~ApiHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const { return m_errorString; }

signals:
    void requestHandled(const QString &method, const QString &path, int status,
                        double milliseconds);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiRequest toApiRequest(const QHttpServerRequest &request, const QTcpSocket *socket) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &apiRequest,
              const ApiResponse &response);

    Handler m_handler;
    QTcpServer *m_tcpServer = nullptr; // owned by QAbstractHttpServer once bound
    QString m_errorString;
};
