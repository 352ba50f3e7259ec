#include "syncconnection.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

SyncConnection::SyncConnection(const QUrl &server, const QByteArray &token,
                               const QByteArray &caCertificates)
    : m_server(server)
    , m_token(token)
    , m_authorities(QSslCertificate::fromData(caCertificates, QSsl::Pem))
{ }

SyncConnection::Reply SyncConnection::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body)
{
    Reply reply;
    if (m_cancelled) {
        reply.cancelled = true;
        reply.failure = tr("Cancelled.");
        return reply;
    }
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(base + path.left(question));
    url.setQuery(question < 0 ? QString() : path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Token " + m_token);
    request.setRawHeader("Accept", "application/json");
    if (!m_authorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_authorities);
        request.setSslConfiguration(tls);
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *answer = m_network.sendCustomRequest(request, method, body);
    m_current = answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        answer->abort();
    });
    QObject::connect(answer, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeout);
    if (!answer->isFinished())
        loop.exec();
    m_current = nullptr;
    reply.status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = answer->readAll();
    if (m_cancelled) {
        reply.status = 0;
        reply.cancelled = true;
        reply.failure = tr("Cancelled.");
    } else if (timedOut) {
        reply.status = 0;
        reply.failure = tr("The server at %1 did not answer within %2 s.")
                            .arg(m_server.toDisplayString())
                            .arg(m_timeout / 1000);
    } else if (reply.status == 0) {
        reply.failure = tr("Cannot reach the server at %1: %2")
                            .arg(m_server.toDisplayString(), answer->errorString());
    }
    answer->deleteLater();
    return reply;
}

void SyncConnection::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->abort();
}
