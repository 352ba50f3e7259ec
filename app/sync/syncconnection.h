#pragma once

// One replica's HTTP conversation with the team server (docs/sync.md): each request waits for
// its answer, or a time limit, or a cancel, with the replica's token on every request.

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkReply;

class SyncConnection final
{
    Q_DECLARE_TR_FUNCTIONS(SyncConnection)

public:
    struct Reply
    {
        int status = 0; // the HTTP status; 0 when no answer came
        QByteArray body;
        QString failure; // why no answer came: unreachable, timed out, cancelled
        bool cancelled = false;
        bool answered() const { return status != 0; }
    };

    // caCertificates (PEM): trusted for the server's certificate besides the system's.
    SyncConnection(const QUrl &server, const QByteArray &token,
                   const QByteArray &caCertificates = {});

    // path is the API's, such as "/sync/changes/?since=3"; body is JSON (or empty).
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // Ends the request under way, and every later one, as cancelled.
    void cancel();
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    QUrl server() const { return m_server; }

private:
    QUrl m_server;
    QByteArray m_token;
    QList<QSslCertificate> m_authorities;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_current;
    bool m_cancelled = false;
    int m_timeout = 30'000;
};
