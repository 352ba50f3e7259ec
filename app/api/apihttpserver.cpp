#include "apihttpserver.h"

#include "guardedtcpserver.h"
#include "httpresponsehead.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr int listenBacklog = 4096;

// Literals: no allocation per request.
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        // 6.4 does not tell which other method (PROPFIND, ...) was sent; none is allowed anyway.
        return QByteArrayLiteral("UNKNOWN");
    }
}

bool asksToClose(const ApiRequest &request)
{
    const std::optional<QByteArray> connection = request.header("connection");
    if (!connection)
        return false;
    for (const QByteArray &token : connection->split(',')) {
        if (token.trimmed().toLower() == "close")
            return true;
    }
    return false;
}

} // namespace

ApiHttpServer::ApiHttpServer(Handler handler, QueueHandler answerQueued, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_answerQueued(std::move(answerQueued))
{
    // A zero timer fires once the event loop has delivered what had already arrived: every
    // request sent at about the same time joins the same commit, and none waits for a later one.
    m_queueTimer.setSingleShot(true);
    m_queueTimer.setInterval(0);
    connect(&m_queueTimer, &QTimer::timeout, this, &ApiHttpServer::answerQueued);
}

// What was queued was accepted: it is written even when the server goes away first.
ApiHttpServer::~ApiHttpServer()
{
    answerQueued();
}

// QAbstractHttpServer::listen() only warns when it fails: listening on our own QTcpServer keeps
// its error for the caller.
bool ApiHttpServer::listen(const QHostAddress &address, quint16 port,
                           SharedPortSocket::Sharing sharing)
{
    close();
    // Not QAbstractHttpServer::sslSetup(): in 6.4 it only reaches the QSslServer that the base's
    // own listen() makes, with no guard on its connections.
    auto server = std::make_unique<GuardedTcpServer>(m_tls);
    // Qt's default queue of 50 connections not yet accepted overflows when hundreds connect at
    // once; the kernel drops the overflow and the client retries a second later
    // (docs/benchmarks.md). The kernel caps it at net.core.somaxconn.
    server->setListenBacklogSize(listenBacklog);
    if (sharing == SharedPortSocket::Sharing::ReusePort) {
        SharedPortSocket socket;
        if (!socket.bind(address, port, sharing) || !socket.listen(server->listenBacklogSize())) {
            m_errorString = socket.errorString();
            return false;
        }
        if (!server->setSocketDescriptor(socket.release())) {
            m_errorString = server->errorString();
            return false;
        }
    } else if (!server->listen(address, port)) {
        m_errorString = server->errorString();
        return false;
    }
    m_errorString.clear();
    m_tcpServer = server.release();
    bind(m_tcpServer); // takes ownership
    return true;
}

void ApiHttpServer::close()
{
    answerQueued();
    if (!m_tcpServer)
        return;
    m_tcpServer->close();
    // Later, as a request may be being answered on one of its connections right now.
    m_tcpServer->deleteLater();
    m_tcpServer = nullptr;
}

bool ApiHttpServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

quint16 ApiHttpServer::serverPort() const
{
    return isListening() ? m_tcpServer->serverPort() : 0;
}

QHostAddress ApiHttpServer::serverAddress() const
{
    return isListening() ? m_tcpServer->serverAddress() : QHostAddress();
}

ApiRequest ApiHttpServer::toApiRequest(const QHttpServerRequest &request,
                                       const QTcpSocket *socket) const
{
    ApiRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    result.rawPath = encodedPath.toLatin1(); // percent-encoded: ASCII
    // Without a '%' there is nothing to decode, and a second pass of QUrl was a large part of a
    // read (docs/benchmarks.md).
    result.path = result.rawPath.contains('%') ? url.path(QUrl::FullyDecoded) : encodedPath;
    result.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    result.headers = request.headers();
    result.host = result.header("host").value_or(QByteArray());
    if (result.host.isEmpty()) {
        const QHostAddress local = socket->localAddress();
        const QString address = local.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(local.toString())
            : local.toString();
        result.host = QStringLiteral("%1:%2").arg(address).arg(socket->localPort()).toUtf8();
    }
    result.body = request.body();
    result.tls = m_tls.has_value()
        || (m_forwardedProtoTrusted
            && result.header("x-forwarded-proto").value_or(QByteArray()).trimmed().toLower()
                == "https");
    return result;
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    // A connection's answers go out in the order of its requests: one still waiting for its
    // commit is answered before the next request on the same connection is handled.
    for (const Queued &queued : std::as_const(m_queued)) {
        if (queued.socket == socket) {
            answerQueued();
            break;
        }
    }
    ApiRequest apiRequest = toApiRequest(request, socket);
    const ApiResponse response = m_handler(apiRequest);
    if (response.queued && m_answerQueued) {
        m_queued.append({ &request, QPointer<QTcpSocket>(socket), std::move(apiRequest), timer });
        if (m_queued.size() >= maxQueued)
            answerQueued();
        else if (!m_queueTimer.isActive())
            m_queueTimer.start();
        return true;
    }
    send(request, socket, apiRequest, response);
    logAnswer(apiRequest, response.status, timer);
    return true;
}

void ApiHttpServer::answerQueued()
{
    m_queueTimer.stop();
    if (m_queued.isEmpty())
        return;
    const QList<Queued> queued = std::exchange(m_queued, {});
    const QList<ApiResponse> answers = m_answerQueued();
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const Queued &waiting = queued.at(i);
        const ApiResponse answer = i < answers.size()
            ? answers.at(i)
            : ApiResponse::unavailable(QStringLiteral("the request was not answered"));
        // A client that went away meanwhile gets nothing; its write stands, as it was accepted.
        // The request object lives as long as its socket (QtHttpServer 6.4 deletes both together).
        if (waiting.socket && waiting.socket->state() == QAbstractSocket::ConnectedState)
            send(*waiting.request, waiting.socket, waiting.apiRequest, answer);
        logAnswer(waiting.apiRequest, answer.status, waiting.timer);
    }
}

void ApiHttpServer::logAnswer(const ApiRequest &apiRequest, int status, const QElapsedTimer &timer)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&ApiHttpServer::requestHandled)))
        return;
    const QString target = apiRequest.rawQuery.isEmpty()
        ? QString::fromUtf8(apiRequest.rawPath)
        : QString::fromUtf8(apiRequest.rawPath + '?' + apiRequest.rawQuery);
    emit requestHandled(QString::fromLatin1(apiRequest.method), target, status,
                        double(timer.nsecsElapsed()) / 1e6);
}

// Never reached, as handleRequest() answers everything; answered as an unknown path all the same.
void ApiHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiRequest apiRequest = toApiRequest(request, socket);
    send(request, socket, apiRequest, ApiResponse::notFound());
}

void ApiHttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const ApiRequest &apiRequest, const ApiResponse &response)
{
    if (!socket->isOpen())
        return;
    // The head in one write: QtHttpServer 6.4's responder makes a write to the socket of every
    // piece of the status line and of each header, which made answering a read markedly dearer
    // (docs/benchmarks.md).
    HttpResponseHead head;
    head.status = response.status;
    if (HttpResponseHead::statusLine(response.status).isEmpty()) {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    }
    head.contentLength = response.body.size();
    head.headers = response.headers;
    // QtHttpServer 6.4 keeps every connection open; a client that asks to close gets it closed.
    head.closesConnection = asksToClose(apiRequest);
    // A HEAD answer has the headers of the GET answer and no body. Head and body go in one
    // write: as two, a large body waited for the client's delayed ACK of the head (Nagle).
    const QByteArrayView body
        = apiRequest.method != "HEAD" ? QByteArrayView(response.body) : QByteArrayView();
    socket->write(head.toByteArray(body));
    // Now, not when the socket's write notifier fires on a later pass of the event loop: a
    // pass of the loop less for every answer (docs/benchmarks.md).
    socket->flush();
    if (head.closesConnection)
        socket->disconnectFromHost(); // after the answer is written; deleted when disconnected
}
