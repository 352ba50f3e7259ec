#pragma once

// One HTTP request as the REST API sees it, free of any HTTP server library.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

struct ApiRequest
{
    QByteArray method; // upper case: "GET", "POST", ...
    QString path; // percent-decoded, as routes are matched
    QByteArray rawPath; // as sent, percent-encoded: links are built from it
    QByteArray rawQuery; // as sent, without the '?'
    QByteArray host; // the Host header, or the server's own address when it is missing
    // Came over TLS (`serve --tls-cert`), or through a reverse proxy that did (X-Forwarded-Proto
    // with `serve --insecure-http`): links to the API say https.
    bool tls = false;
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;

    // The last value of a header, as Django's request.META holds one; names ignore case.
    std::optional<QByteArray> header(QByteArrayView name) const;

    // The query as Django and Python's parse_qsl read it: split on '&', '+' is a space, blank
    // values kept, in the order sent.
    QList<QPair<QString, QString>> queryItems() const;
    // The last value given for key, as Django's QueryDict answers request.GET[key].
    std::optional<QString> queryValue(const QString &key) const;
};
