#include "requestguard.h"

#include "httpresponsehead.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

#include <sys/socket.h>

namespace {

// Just past the blank line that ends a head of CRLF lines in data, or -1: none yet, or a line
// ends in a bare LF before it (such a head is read line by line instead). memchr, as searching
// for "\r\n\r\n" with QByteArrayView::indexOf was a cost every request paid (docs/benchmarks.md).
qsizetype endOfCrlfHead(QByteArrayView data)
{
    const char *const begin = data.data();
    const char *const end = begin + data.size();
    for (const char *lf = begin; lf < end; ++lf) {
        lf = static_cast<const char *>(std::memchr(lf, '\n', size_t(end - lf)));
        if (!lf || lf == begin || lf[-1] != '\r')
            return -1;
        if (end - lf >= 3 && lf[1] == '\r' && lf[2] == '\n')
            return lf + 3 - begin;
    }
    return -1;
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_refused)
            m_socket->abort();
        else if (m_state != State::Head || !m_line.isEmpty())
            refuse(408, "The request was not sent in time.");
    });
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
}

// Sees the bytes that have just arrived (peek: the server reads them after this) and keeps
// track of where each request's head and body begin and end.
void RequestGuard::inspect()
{
    if (m_refused) {
        discard();
        return;
    }
    // Into a buffer kept between calls: a new one each time cost an allocation a request.
    m_fresh.resize(m_socket->bytesAvailable());
    m_fresh.resize(qMax<qint64>(0, m_socket->peek(m_fresh.data(), m_fresh.size())));
    const QByteArray &fresh = m_fresh;
    qsizetype at = 0;
    while (at < fresh.size() && !m_refused) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 taken = std::min<qint64>(m_left, fresh.size() - at);
            m_left -= taken;
            at += taken;
            if (m_left == 0)
                m_state = m_state == State::Body ? State::Head : State::ChunkSize;
            continue;
        }
        // A whole head in what just arrived, the common case: read where it lies, uncopied.
        if (m_state == State::Head && m_line.isEmpty()) {
            while (fresh.size() - at >= 2 && fresh.at(at) == '\r' && fresh.at(at + 1) == '\n')
                at += 2; // blank lines before a request line are allowed (RFC 9112, 2.2)
            // Looked for within a head's largest size, so that many requests sent at once
            // cost no more than one each.
            const QByteArrayView window = QByteArrayView(fresh).sliced(
                at, std::min<qsizetype>(fresh.size() - at, maxHeadBytes));
            const qsizetype end = endOfCrlfHead(window);
            if (end >= 0) {
                if (!endOfHead(window.first(end)))
                    return;
                at += end;
                continue;
            }
        }
        // A line-based part: the head up to its blank line, a chunk size, a trailer line.
        const qsizetype newline = fresh.indexOf('\n', at);
        const qsizetype upTo = newline < 0 ? fresh.size() : newline + 1;
        m_line.append(fresh.constData() + at, upTo - at);
        at = upTo;
        if (m_line.size() > maxHeadBytes)
            return refuse(431, "The request line and headers are larger than 64 KiB.");
        if (newline < 0) {
            if (m_state == State::Head && lineTooLong(m_line))
                return;
            break;
        }
        const bool blank = m_line == "\r\n" || m_line == "\n";
        switch (m_state) {
        case State::Head:
            // Blank lines before a request line are allowed (RFC 9112, 2.2).
            if (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n")) {
                if (!endOfHead(m_line))
                    return;
                m_line.clear();
            } else if (blank) {
                m_line.clear();
            }
            break;
        case State::ChunkSize: {
            // The size in hex, maybe with extensions after ';'.
            const qsizetype semicolon = m_line.indexOf(';');
            const QByteArray digits = (semicolon < 0 ? m_line : m_line.left(semicolon)).trimmed();
            bool ok = false;
            const qint64 size = digits.size() <= 15 ? digits.toLongLong(&ok, 16) : -1;
            m_line.clear();
            if (!ok || size < 0)
                return refuse(400, "A chunk size of the body is not valid.");
            m_bodySize += size;
            if (m_bodySize > maxBodyBytes)
                return refuse(413, "Request body is larger than the 1 MiB limit.");
            if (size == 0) {
                m_state = State::Trailer;
            } else {
                m_state = State::ChunkData;
                m_left = size + 2; // and its CRLF
            }
            break;
        }
        case State::Trailer:
            if (blank)
                m_state = State::Head;
            m_line.clear();
            break;
        case State::Body:
        case State::ChunkData:
            break;
        }
    }
    // Waiting for more of a request: it must go on arriving.
    if (m_refused)
        return;
    if (m_state != State::Head || !m_line.isEmpty())
        m_idle.start();
    else
        m_idle.stop();
}

// A head not yet whole: is the line it ends in, still being sent, already too long? Each line
// of a whole head is judged by endOfHead().
bool RequestGuard::lineTooLong(QByteArrayView partOfHead)
{
    const qsizetype lineStart = partOfHead.lastIndexOf('\n') + 1;
    if (partOfHead.size() - lineStart <= maxLineBytes)
        return false;
    if (partOfHead.first(lineStart).trimmed().isEmpty())
        refuse(431, "The request line is longer than 8 KiB.");
    else
        refuse(431, "A header line is longer than 8 KiB.");
    return true;
}

// The head is complete: where does its body end, and is it allowed?
bool RequestGuard::endOfHead(QByteArrayView head)
{
    qint64 length = 0;
    bool lengthSeen = false;
    bool chunked = false;
    qsizetype lineStart = head.indexOf('\n') + 1; // after the request line
    if (lineStart - 1 > maxLineBytes) {
        refuse(431, "The request line is longer than 8 KiB.");
        return false;
    }
    int headerLines = 0;
    while (lineStart > 0 && lineStart < head.size()) {
        qsizetype lineEnd = head.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (line.size() > maxLineBytes) {
            refuse(431, "A header line is longer than 8 KiB.");
            return false;
        }
        // The blank line that ends the head is not a header.
        if (!(line.isEmpty() || line == "\r") && ++headerLines > maxHeaderLines) {
            refuse(431, "The request has more than 100 header lines.");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        constexpr QByteArrayView transferEncoding = "transfer-encoding";
        constexpr QByteArrayView contentLength = "content-length";
        // Most headers are neither: told by their length alone.
        if (name.size() != transferEncoding.size() && name.size() != contentLength.size())
            continue;
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare(transferEncoding, Qt::CaseInsensitive) == 0) {
            chunked = value.toByteArray().toLower().contains("chunked");
        } else if (name.compare(contentLength, Qt::CaseInsensitive) == 0) {
            // Digits only (no sign, no spaces inside), and one value if given twice.
            const bool digits = !value.isEmpty() && value.size() <= 18
                && std::all_of(value.cbegin(), value.cend(),
                               [](char c) { return c >= '0' && c <= '9'; });
            const qint64 parsed = digits ? value.toLongLong() : -1;
            if (!digits || (lengthSeen && parsed != length)) {
                refuse(400, "The Content-Length header is not valid.");
                return false;
            }
            length = parsed;
            lengthSeen = true;
        }
    }
    if (chunked) {
        m_state = State::ChunkSize;
        m_bodySize = 0;
        return true;
    }
    if (length > maxBodyBytes) {
        refuse(413, "Request body is larger than the 1 MiB limit.");
        return false;
    }
    m_left = length;
    m_state = length > 0 ? State::Body : State::Head;
    return true;
}

void RequestGuard::refuse(int status, const QByteArray &detail)
{
    m_refused = true;
    const QByteArray body = "{\"detail\":\"" + detail + "\"}";
    HttpResponseHead head;
    head.status = status;
    Q_ASSERT(!HttpResponseHead::statusLine(status).isEmpty());
    head.contentLength = body.size();
    head.closesConnection = true;
    m_socket->write(head.toByteArray(body));
    m_socket->flush();
    // What was received of this request is read here, so the server never parses it; what
    // follows is read and dropped while the client goes on sending, then the connection is
    // closed.
    m_sinceRefusal.start();
    m_idle.setInterval(drainIdleMs);
    discard();
    // Once the answer is out, only our side is shut: a full close while the client is still
    // sending would reset the connection, and the client might lose the answer with it.
    // Over TLS, bytesWritten() means encrypted, not yet sent: what is left to send is counted
    // until encryptedBytesWritten() says it went out too.
    auto *tls = qobject_cast<QSslSocket *>(m_socket);
    const auto shutWriting = [this, tls] {
        const qint64 unsent = m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
        if (unsent == 0 && m_socket->socketDescriptor() >= 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, shutWriting);
    if (tls)
        connect(tls, &QSslSocket::encryptedBytesWritten, this, shutWriting);
    shutWriting();
}

void RequestGuard::discard()
{
    while (m_socket->bytesAvailable() > 0)
        m_socket->skip(m_socket->bytesAvailable());
    if (m_sinceRefusal.elapsed() > lingerMs) {
        m_socket->abort();
        return;
    }
    m_idle.start(); // drainIdleMs more for the client to go on sending
}
