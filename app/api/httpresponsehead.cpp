#include "httpresponsehead.h"

#include <charconv>
#include <cstring>

namespace {

// Appends to a buffer sized beforehand: QByteArray 6.4 sends every append through insert().
class HeadWriter final
{
public:
    explicit HeadWriter(char *at)
        : m_at(at)
    { }
    void append(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return; // memcpy from the null data of an empty view is undefined
        std::memcpy(m_at, bytes.data(), size_t(bytes.size()));
        m_at += bytes.size();
    }
    char *end() const { return m_at; }

private:
    char *m_at;
};

} // namespace

QByteArrayView HttpResponseHead::statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 201:
        return "HTTP/1.1 201 Created\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 401:
        return "HTTP/1.1 401 Unauthorized\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    case 405:
        return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 408:
        return "HTTP/1.1 408 Request Timeout\r\n";
    case 413:
        return "HTTP/1.1 413 Payload Too Large\r\n";
    case 415:
        return "HTTP/1.1 415 Unsupported Media Type\r\n";
    case 431:
        return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 503:
        return "HTTP/1.1 503 Service Unavailable\r\n";
    default:
        return {};
    }
}

QByteArray HttpResponseHead::toByteArray(QByteArrayView body) const
{
    const QByteArrayView line = statusLine(status);
    constexpr QByteArrayView contentHeaders = "Content-Type: application/json\r\nContent-Length: ";
    char length[24];
    const auto lengthEnd = std::to_chars(length, length + sizeof length, contentLength).ptr;
    constexpr QByteArrayView closeHeader = "Connection: close\r\n";
    qsizetype size = line.size() + contentHeaders.size() + (lengthEnd - length) + 2
        + (closesConnection ? closeHeader.size() : 0) + 2 + body.size();
    for (const auto &[name, value] : headers)
        size += name.size() + 2 + value.size() + 2;
    QByteArray bytes(size, Qt::Uninitialized);
    HeadWriter writer(bytes.data());
    writer.append(line);
    writer.append(contentHeaders);
    writer.append(QByteArrayView(length, lengthEnd - length));
    writer.append("\r\n");
    for (const auto &[name, value] : headers) {
        writer.append(name);
        writer.append(": ");
        writer.append(value);
        writer.append("\r\n");
    }
    if (closesConnection)
        writer.append(closeHeader);
    writer.append("\r\n");
    writer.append(body);
    Q_ASSERT(writer.end() == bytes.constData() + bytes.size());
    return bytes;
}
