#include "sharedportsocket.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>

namespace {

socklen_t toSockAddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        in6->sin6_scope_id = address.scopeId().toUInt();
        return sizeof(sockaddr_in6);
    }
    auto *in4 = reinterpret_cast<sockaddr_in *>(storage);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace

SharedPortSocket::~SharedPortSocket()
{
    close();
}

bool SharedPortSocket::failWithErrno()
{
    m_errorString = QString::fromLocal8Bit(std::strerror(errno));
    close();
    return false;
}

bool SharedPortSocket::bind(const QHostAddress &address, quint16 port, Sharing sharing)
{
    close();
    m_errorString.clear();
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    m_descriptor
        = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_descriptor < 0)
        return failWithErrno();
    // As QTcpServer does: a restarted server binds again while old connections linger.
    const int on = 1;
    if (::setsockopt(m_descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0)
        return failWithErrno();
    // As QTcpServer binds an IPv6 address: IPv6 alone, not IPv4 as well.
    if (ipv6 && ::setsockopt(m_descriptor, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) != 0)
        return failWithErrno();
    if (sharing == Sharing::ReusePort
        && ::setsockopt(m_descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0)
        return failWithErrno();
    sockaddr_storage storage;
    const socklen_t length = toSockAddr(address, port, &storage);
    if (::bind(m_descriptor, reinterpret_cast<const sockaddr *>(&storage), length) != 0)
        return failWithErrno();
    return true;
}

bool SharedPortSocket::listen(int backlog)
{
    if (m_descriptor < 0)
        return false;
    if (::listen(m_descriptor, backlog) != 0)
        return failWithErrno();
    return true;
}

qintptr SharedPortSocket::release()
{
    return std::exchange(m_descriptor, -1);
}

void SharedPortSocket::close()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    m_descriptor = -1;
}

quint16 SharedPortSocket::port() const
{
    sockaddr_storage storage;
    socklen_t length = sizeof(storage);
    if (m_descriptor < 0
        || ::getsockname(m_descriptor, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return 0;
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    return ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
}
