// `touchpoint serve --tls-cert --tls-key`: HTTPS with a certificate the test makes with openssl,
// the request limits over TLS, the refusals of files that will not do, and the rule that an
// address other than loopback is served over TLS unless --insecure-http says a proxy does it.
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString binary = QStringLiteral(TOUCHPOINT_BINARY);
const QByteArray token = "tls-test-token-0123456789";

// Everything the server sends until it closes the connection, within ms; false when it does not
// close in time.
bool readUntilClosed(QAbstractSocket &socket, QByteArray &received, int ms)
{
    const bool closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        ms);
    received += socket.readAll();
    return closed;
}

// Runs openssl with arguments in dir; empty when it succeeded, else what it said.
QString openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("openssl did not finish: %1").arg(process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll());
    return QString();
}

} // namespace

class TestServeTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void answersHttps();
    void plainHttpGetsNoAnswer();
    void limitsHoldOverTls_data();
    void limitsHoldOverTls();
    void refusalBehindUnsentAnswersArrives();
    void workersServeHttps();
    void refusesToStart_data();
    void refusesToStart();
    void insecureHttpStartsBeyondLoopback();

private:
    // Starts serve with extra arguments; answers its port, read from its first line.
    quint16 startServer(const QStringList &arguments,
                        const QString &database = QStringLiteral("serve.sqlite"));
    QSslConfiguration trustingTheCertificate() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QProcess m_server;
};

void TestServeTls::initTestCase()
{
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
    // A certificate for 127.0.0.1 signed by its own key, and a second key that is not its.
    QString problem
        = openssl(m_dir.path(),
                  { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out",
                    "cert.pem", "-days", "2", "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost" });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = openssl(m_dir.path(),
                      { "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
                        "other-key.pem" });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile notAKey(path("not-a-key.pem"));
    QVERIFY(notAKey.open(QIODevice::WriteOnly));
    notAKey.write("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
    notAKey.close();
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(path("cert.pem"), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
}

void TestServeTls::cleanup()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(10000))
        m_server.kill();
    m_server.waitForFinished(10000);
}

quint16 TestServeTls::startServer(const QStringList &arguments, const QString &database)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOUCHPOINT_API_TOKEN"), QString::fromLatin1(token));
    m_server.setProcessEnvironment(environment);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(
        binary, QStringList { "serve", "--port", "0", "--database", path(database) } + arguments);
    // Without --quiet: the line that says where it serves names the port.
    QByteArray seen;
    const QRegularExpression url(QStringLiteral("https?://[^:]+:(\\d+)/"));
    for (int i = 0; i < 200; ++i) {
        m_server.waitForReadyRead(100);
        seen += m_server.readAllStandardError();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
        if (m_server.state() == QProcess::NotRunning)
            break;
    }
    qWarning("serve said: %s", seen.constData());
    return 0;
}

QSslConfiguration TestServeTls::trustingTheCertificate() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ m_certificate });
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

void TestServeTls::answersHttps()
{
    const quint16 port
        = startServer({ "--tls-cert", path("cert.pem"), "--tls-key", path("key.pem") });
    QVERIFY(port);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/leads/").arg(port)));
    request.setSslConfiguration(trustingTheCertificate());
    request.setRawHeader("Authorization", "Token " + token);
    QNetworkReply *reply = network.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).isArray());
    delete reply;

    // Links to further pages name the scheme the client used.
    for (const char *name : { "Asha Traders", "Bharat Mills" }) {
        request.setUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/leads/").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = network.post(request, QByteArray("{\"name\": \"") + name + "\"}");
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        delete reply;
    }
    request.setUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/leads/?limit=1").arg(port)));
    reply = network.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
    const QByteArray page = reply->readAll();
    delete reply;
    QCOMPARE(QJsonDocument::fromJson(page)["next"].toString(),
             QStringLiteral("https://127.0.0.1:%1/leads/?limit=1&offset=1").arg(port));
}

void TestServeTls::plainHttpGetsNoAnswer()
{
    const quint16 port
        = startServer({ "--tls-cert", path("cert.pem"), "--tls-key", path("key.pem") });
    QVERIFY(port);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(10000));
    socket.write("GET /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token " + token
                 + "\r\n\r\n");
    QByteArray received;
    QVERIFY(readUntilClosed(socket, received, 20000));
    QVERIFY2(!received.contains("HTTP/1.1"), received.constData());
    QVERIFY(!received.contains("[")); // no list of leads either
}

void TestServeTls::limitsHoldOverTls_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray head = "POST /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token "
        + token + "\r\nContent-Type: application/json\r\n";
    // Sent whole: the answer must still come back while the rest of the body is read and
    // dropped.
    const QByteArray body = "{\"name\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    QTest::newRow("body over 1 MiB") << head + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body << QByteArray("HTTP/1.1 413");
    QTest::newRow("chunked body over 1 MiB") << head
            + "Transfer-Encoding: chunked\r\n\r\n100001\r\n" + QByteArray(0x100001, ' ')
            + "\r\n0\r\n\r\n" << QByteArray("HTTP/1.1 413");
    QTest::newRow("header line over 8 KiB")
        << "GET /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + QByteArray(9000, 'x')
            + "\r\n\r\n"
        << QByteArray("HTTP/1.1 431");
}

void TestServeTls::limitsHoldOverTls()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, statusLine);
    const quint16 port
        = startServer({ "--tls-cert", path("cert.pem"), "--tls-key", path("key.pem") });
    QVERIFY(port);
    QSslSocket socket;
    socket.setSslConfiguration(trustingTheCertificate());
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY2(socket.waitForEncrypted(20000), qPrintable(socket.errorString()));
    socket.write(bytes);
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return (received.contains("\r\n\r\n") && received.endsWith('}'))
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        20000));
    received += socket.readAll();
    QVERIFY2(received.startsWith(statusLine), received.left(300).constData());
    QVERIFY2(received.contains("\"detail\""), received.left(300).constData());
}

// A refusal while earlier answers still wait to be sent (the client reads slowly): over TLS they
// wait, encrypted, in a buffer of their own, and the connection's writing is shut only once that
// is sent too, else the client got a cut stream and no 413.
void TestServeTls::refusalBehindUnsentAnswersArrives()
{
    QProcess generate;
    generate.start(binary,
                   { "generate", "--database", path("many.sqlite"), "--leads", "3000",
                     "--contacts-per-lead", "1", "--interactions", "0" });
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 0);
    const quint16 port = startServer(
        { "--tls-cert", path("cert.pem"), "--tls-key", path("key.pem") }, "many.sqlite");
    QVERIFY(port);
    QSslSocket socket;
    socket.setSslConfiguration(trustingTheCertificate());
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY2(socket.waitForEncrypted(20000), qPrintable(socket.errorString()));
    // Each answer is about 490 KB (3000 leads): 30 of them are more than the kernel's buffers
    // hold while the client reads nothing.
    socket.setReadBufferSize(16 * 1024);
    constexpr int requests = 30;
    const QByteArray get
        = "GET /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token " + token + "\r\n\r\n";
    socket.write(get.repeated(requests));
    // Answered (the log says so), and stuck on their way.
    QByteArray log;
    QVERIFY(QTest::qWaitFor(
        [&] {
            log += m_server.readAllStandardError();
            return log.count("GET /leads/ 200") == requests;
        },
        30000));
    socket.write("POST /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 5000000\r\n\r\n");
    QTest::qWait(300); // refused
    socket.setReadBufferSize(0);
    QByteArray received;
    QVERIFY(readUntilClosed(socket, received, 30000));
    QList<int> statuses;
    for (qsizetype at = received.indexOf("HTTP/1.1 "); at >= 0;
         at = received.indexOf("HTTP/1.1 ", at + 1))
        statuses.append(received.mid(at + 9, 3).toInt());
    QCOMPARE(statuses.size(), requests + 1);
    QCOMPARE(statuses.count(200), requests);
    QCOMPARE(statuses.last(), 413);
}

void TestServeTls::workersServeHttps()
{
    // The parent prints where it serves once every worker is ready.
    const quint16 port = startServer(
        { "--workers", "2", "--tls-cert", path("cert.pem"), "--tls-key", path("key.pem") });
    QVERIFY(port);
    // Several connections, so that more than one worker is likely to answer; each must speak
    // TLS with the certificate.
    for (int i = 0; i < 8; ++i) {
        QSslSocket socket;
        socket.setSslConfiguration(trustingTheCertificate());
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(socket.waitForEncrypted(20000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), m_certificate);
        socket.write("GET /leads/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token " + token
                     + "\r\nConnection: close\r\n\r\n");
        QByteArray received;
        QVERIFY(readUntilClosed(socket, received, 20000));
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.left(300).constData());
    }
}

void TestServeTls::refusesToStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString cert = path("cert.pem");
    const QString key = path("key.pem");
    QTest::newRow("missing certificate")
        << QStringList { "--tls-cert", path("none.pem"), "--tls-key", key } << 2
        << QStringLiteral("Cannot read the TLS certificate %1").arg(path("none.pem"));
    QTest::newRow("certificate file holds a key")
        << QStringList { "--tls-cert", key, "--tls-key", key } << 2
        << QStringLiteral("%1 holds no PEM certificate").arg(key);
    QTest::newRow("missing key") << QStringList {
        "--tls-cert", cert, "--tls-key", path("none.pem")
    } << 2 << QStringLiteral("Cannot read the TLS private key %1").arg(path("none.pem"));
    QTest::newRow("unreadable key")
        << QStringList { "--tls-cert", cert, "--tls-key", path("not-a-key.pem") } << 2
        << QStringLiteral("%1 holds no private key that can be read").arg(path("not-a-key.pem"));
    QTest::newRow("key of another certificate")
        << QStringList { "--tls-cert", cert, "--tls-key", path("other-key.pem") } << 2
        << QStringLiteral("The private key in %1 does not go with the certificate in %2")
               .arg(path("other-key.pem"), cert);
    QTest::newRow("certificate without key")
        << QStringList { "--tls-cert", cert } << 2
        << QStringLiteral("--tls-cert and --tls-key are given together.");
    QTest::newRow("TLS and insecure HTTP")
        << QStringList { "--tls-cert", cert, "--tls-key", key, "--insecure-http" } << 2
        << QStringLiteral("--insecure-http is for serving without TLS");
    QTest::newRow("all addresses without TLS")
        << QStringList { "--bind", "0.0.0.0" } << 1
        << QStringLiteral("refusing to listen on 0.0.0.0 without TLS");
    QTest::newRow("all addresses without TLS, workers")
        << QStringList { "--bind", "0.0.0.0", "--workers", "2" } << 1
        << QStringLiteral("refusing to listen on 0.0.0.0 without TLS");
}

void TestServeTls::refusesToStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOUCHPOINT_API_TOKEN"), QString::fromLatin1(token));
    m_server.setProcessEnvironment(environment);
    m_server.start(
        binary,
        QStringList { "serve", "--port", "0", "--database", path(QStringLiteral("refused.sqlite")) }
            + arguments);
    QVERIFY(m_server.waitForFinished(20000));
    const QString error = QString::fromUtf8(m_server.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("serves the REST API")), qPrintable(error));
    QCOMPARE(m_server.exitCode(), exitCode);
}

void TestServeTls::insecureHttpStartsBeyondLoopback()
{
    const quint16 port = startServer({ "--bind", "0.0.0.0", "--insecure-http" });
    QVERIFY(port);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/leads/").arg(port)));
    request.setRawHeader("Authorization", "Token " + token);
    QNetworkReply *reply = network.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

QTEST_GUILESS_MAIN(TestServeTls)
#include "tst_servetls.moc"
