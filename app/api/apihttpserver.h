#pragma once

// The one class that speaks QtHttpServer 6.4: turns its requests into ApiRequest values, hands
// them to a handler and writes the ApiResponse back. A later Qt changes this file alone.

#include "apirequest.h"
#include "apiresponse.h"
#include "sharedportsocket.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpServer;

class ApiHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHttpServer)

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    // Answers, in order, every request the handler answered with ApiResponse::queued since the
    // last call: group commit, so that many creates share one sync of the file.
    using QueueHandler = std::function<QList<ApiResponse>()>;
    // Queued requests are answered once the event loop has handled what had already arrived, or
    // at once when this many wait.
    static constexpr int maxQueued = 256;

    explicit ApiHttpServer(Handler handler, QueueHandler answerQueued = {},
                           QObject *parent = nullptr);
    ~ApiHttpServer() override;

    // The next listen() serves HTTPS with configuration (see TlsCredentials).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    // Behind a reverse proxy that ends TLS: a request whose X-Forwarded-Proto says https is
    // answered with https links. Only for a proxy that sets the header itself, as nginx's
    // proxy_set_header does: a client could say anything.
    void setForwardedProtoTrusted(bool trusted) { m_forwardedProtoTrusted = trusted; }
    bool listen(const QHostAddress &address, quint16 port,
                SharedPortSocket::Sharing sharing = SharedPortSocket::Sharing::Exclusive);
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
    struct Queued
    {
        const QHttpServerRequest *request; // owned by QtHttpServer, deleted with the socket
        QPointer<QTcpSocket> socket;
        ApiRequest apiRequest;
        QElapsedTimer timer;
    };

    void answerQueued();
    void logAnswer(const ApiRequest &apiRequest, int status, const QElapsedTimer &timer);
    ApiRequest toApiRequest(const QHttpServerRequest &request, const QTcpSocket *socket) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &apiRequest,
              const ApiResponse &response);

    Handler m_handler;
    QueueHandler m_answerQueued;
    QList<Queued> m_queued;
    QTimer m_queueTimer;
    QTcpServer *m_tcpServer = nullptr; // owned by QAbstractHttpServer once bound
    std::optional<QSslConfiguration> m_tls;
    bool m_forwardedProtoTrusted = false;
    QString m_errorString;
};
