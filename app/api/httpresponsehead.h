#pragma once

// The bytes of an HTTP/1.1 answer with a JSON body, head and body in one buffer, made without a
// socket: the API's answers and the request guard's refusals are both written by it.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

struct HttpResponseHead final
{
    int status = 200;
    // The body's size, also when the body itself is left out (the answer to HEAD).
    qsizetype contentLength = 0;
    // Beyond Content-Type and Content-Length, in this order.
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closesConnection = false; // Connection: close

    // "HTTP/1.1 200 OK\r\n" for the statuses the API and the request guard answer with; empty for
    // any other, whose line QtHttpServer writes (it knows every reason phrase).
    static QByteArrayView statusLine(int status);

    // The status line, the headers, the blank line, then body. Without the status line when
    // statusLine(status) is empty: the caller has written it before.
    QByteArray toByteArray(QByteArrayView body = {}) const;
};
