#include "tlscredentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qint64 maxFileBytes = 1024 * 1024; // a chain of certificates is a few KiB

std::optional<QByteArray> readFile(const QString &path, const char *cannotRead, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsCredentials", cannotRead)
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(maxFileBytes);
}

// Qt asks for the key's algorithm; a file does not say it outside its PEM label, so each is tried.
QSslKey privateKeyFrom(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

// Qt has no call that tells whether a private key is the certificate's; a handshake of the
// configuration with itself over loopback tells, through the very TLS backend that will serve.
// Empty when it succeeded, else why not.
QString handshakeProblem(const QSslConfiguration &configuration)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return server.errorString();
    QString problem;
    bool done = false;
    QEventLoop loop;
    const auto finish = [&](const QString &why) {
        if (done)
            return;
        done = true;
        problem = why;
        loop.quit();
    };
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &loop,
                     [&] { finish(QString()); });
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket) { finish(socket->errorString()); });
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone); // the certificate itself is not in question
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] {
        // The server's side says why first when it is the one that failed.
        QTimer::singleShot(100, &loop, [&] { finish(client.errorString()); });
    });
    QTimer::singleShot(10000, &loop, [&] {
        finish(QCoreApplication::translate("TlsCredentials", "the handshake did not finish"));
    });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    if (!done)
        loop.exec();
    client.abort();
    return problem;
}

} // namespace

std::optional<QSslConfiguration> TlsCredentials::load(const QString &certificatePath,
                                                      const QString &keyPath, QString *error)
{
    const std::optional<QByteArray> certificateFile = readFile(
        certificatePath,
        QT_TRANSLATE_NOOP("TlsCredentials", "Cannot read the TLS certificate %1: %2"), error);
    if (!certificateFile)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QCoreApplication::translate(
                     "TlsCredentials", "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                     .arg(certificatePath);
        return std::nullopt;
    }
    const std::optional<QByteArray> keyFile = readFile(
        keyPath, QT_TRANSLATE_NOOP("TlsCredentials", "Cannot read the TLS private key %1: %2"),
        error);
    if (!keyFile)
        return std::nullopt;
    const QSslKey key = privateKeyFrom(*keyFile);
    if (key.isNull()) {
        *error = QCoreApplication::translate(
                     "TlsCredentials",
                     "%1 holds no private key that can be read: an RSA or EC key in PEM form, "
                     "not encrypted with a passphrase, is needed.")
                     .arg(keyPath);
        return std::nullopt;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (const QString problem = handshakeProblem(configuration); !problem.isEmpty()) {
        *error = QCoreApplication::translate(
                     "TlsCredentials",
                     "The private key in %1 does not go with the certificate in %2 (%3).")
                     .arg(keyPath, certificatePath, problem);
        return std::nullopt;
    }
    return configuration;
}
