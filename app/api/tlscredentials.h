#pragma once

// The certificate and private key that `serve --tls-cert --tls-key` answers HTTPS with: read
// from their files, and checked to belong together, before anything listens.

#include <QSslConfiguration>
#include <QString>

#include <optional>

class TlsCredentials final
{
public:
    // The server's side of TLS from a PEM certificate file (the server's certificate first, then
    // any intermediate ones) and a PEM private key file (RSA or EC, not encrypted); or nullopt
    // with *error saying which file is wrong and why: unreadable, holding no certificate or key,
    // or a key that is not the certificate's.
    static std::optional<QSslConfiguration> load(const QString &certificatePath,
                                                 const QString &keyPath, QString *error);
};
