#pragma once

// Stands between a connection and QtHttpServer 6.4, which reads any request whole into memory:
// reads each request's head before the server does, and answers 413 (body over the limit),
// 431 (a line of the head, the head or its number of headers too large), 400 (unreadable length)
// or 408 (a request left half sent) itself, closing the connection, so that nothing of such a
// request reaches the API or memory. Bodies sent in chunks are counted chunk by chunk against the
// same limit. After a refusal it reads and drops what the client goes on sending, as nginx's
// lingering close does, so that a client still sending its body reads the answer, not a reset.

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

class RequestGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGuard)

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024; // 1 MiB
    static constexpr qint64 maxHeadBytes = 64 * 1024;
    // As gunicorn's limit_request_line, limit_request_field_size and limit_request_fields, and
    // nginx's large_client_header_buffers: a longer line or more headers is answered 431.
    static constexpr qint64 maxLineBytes = 8 * 1024;
    static constexpr int maxHeaderLines = 100;
    // After a refusal: the connection is closed once the client has sent nothing for
    // drainIdleMs, or lingerMs after the refusal at the latest (nginx's lingering_timeout and
    // lingering_time).
    static constexpr int drainIdleMs = 2000;
    static constexpr int lingerMs = 30000;
    static constexpr int idleTimeoutMs = 30000; // a request begun must go on arriving

    // Watches socket, which must not have been read from yet: connect this before anyone else
    // connects to its readyRead(), so that this sees every byte first. Becomes its child.
    explicit RequestGuard(QTcpSocket *socket);

private:
    enum class State { Head, Body, ChunkSize, ChunkData, Trailer };

    void inspect();
    bool endOfHead(QByteArrayView head); // false when refused
    bool lineTooLong(QByteArrayView partOfHead); // refuses when so
    void refuse(int status, const QByteArray &detail);
    void discard();

    QTcpSocket *m_socket;
    QTimer m_idle;
    State m_state = State::Head;
    QByteArray m_fresh; // what the last readyRead brought, peeked
    QByteArray m_line; // the head (until its blank line), or a chunk size or trailer line
    qint64 m_left = 0; // bytes of the body or of the chunk (with its CRLF) still to come
    qint64 m_bodySize = 0; // of the chunks so far
    bool m_refused = false;
    QElapsedTimer m_sinceRefusal;
};
