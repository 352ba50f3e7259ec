// The API token as `touchpoint serve` applies it: DRF's header and 401 answers, the key never in
// the log, and no listening beyond loopback without a token.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray key = "s3cret-key-0123456789abcdef";

} // namespace

class TestApiToken final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answers_data();
    void answers();
    void keyNeverLogged();
    void nonLoopbackNeedsToken();
    void badTokenFileRefused();
    void peopleCountAsATokenBeyondLoopback_data();
    void peopleCountAsATokenBeyondLoopback();
    // Last: once people are added, the shared key is refused.
    void peopleAddedWhileServingReplaceTheSharedToken();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_logPath;
    quint16 m_port = 0;
};

void TestApiToken::initTestCase()
{
    m_logPath = m_dir.filePath(QStringLiteral("serve.log"));
    m_server.setStandardErrorFile(m_logPath);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOUCHPOINT_API_TOKEN"), QString::fromLatin1(key));
    m_server.setProcessEnvironment(environment);
    m_server.start(QStringLiteral(TOUCHPOINT_BINARY),
                   { "serve", "--port", "0", "--database", m_dir.filePath("token.sqlite") });
    QVERIFY(m_server.waitForStarted());
    const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    for (int i = 0; i < 100 && !m_port; ++i) {
        QTest::qWait(100);
        QFile log(m_logPath);
        if (log.open(QIODevice::ReadOnly)) {
            const QRegularExpressionMatch match = url.match(QString::fromUtf8(log.readAll()));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
        }
    }
    QVERIFY(m_port);
}

void TestApiToken::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(10000))
        m_server.kill();
}

void TestApiToken::answers_data()
{
    QTest::addColumn<QByteArray>("authorization"); // "-": no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("none") << QByteArray("-") << 401
                          << "Authentication credentials were not provided.";
    QTest::newRow("other scheme") << QByteArray("Bearer " + key) << 401
                                  << "Authentication credentials were not provided.";
    QTest::newRow("wrong key") << QByteArray("Token wrong-key-0123456789abcdef") << 401
                               << "Invalid token.";
    QTest::newRow("prefix of the key")
        << QByteArray("Token " + key.left(10)) << 401 << "Invalid token.";
    QTest::newRow("no key") << QByteArray("Token") << 401
                            << "Invalid token header. No credentials provided.";
    QTest::newRow("spaces") << QByteArray("Token " + key + " extra") << 401
                            << "Invalid token header. Token string should not contain spaces.";
    QTest::newRow("right") << QByteArray("Token " + key) << 200 << QString();
    QTest::newRow("keyword in lower case") << QByteArray("token " + key) << 200 << QString();
}

void TestApiToken::answers()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/leads/").arg(m_port)));
    if (authorization != "-")
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QByteArray body = reply->readAll();
    if (status == 401) {
        QCOMPARE(QJsonDocument::fromJson(body)["detail"].toString(), detail);
        QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArray("Token"));
    }
    QVERIFY(reply->rawHeader("Access-Control-Allow-Origin").isEmpty()); // no CORS
    reply->deleteLater();
}

void TestApiToken::keyNeverLogged()
{
    QFile log(m_logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains("/leads/")); // the requests were logged
    QVERIFY(!text.contains(key));
    QVERIFY(!text.contains(key.left(10)));
}

void TestApiToken::nonLoopbackNeedsToken()
{
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOUCHPOINT_API_TOKEN"));
    server.setProcessEnvironment(environment);
    server.start(QStringLiteral(TOUCHPOINT_BINARY),
                 { "serve", "--bind", "0.0.0.0", "--port", "0", "--database",
                   m_dir.filePath("open.sqlite") });
    QVERIFY(server.waitForFinished(20000));
    QVERIFY(server.exitCode() != 0);
    const QByteArray error = server.readAllStandardError();
    QVERIFY2(error.contains("without an API token"), error.constData());
}

void TestApiToken::badTokenFileRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("short.token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("short\n");
    file.close();
    QProcess server;
    server.start(QStringLiteral(TOUCHPOINT_BINARY),
                 { "serve", "--token-file", path, "--port", "0", "--database",
                   m_dir.filePath("short.sqlite") });
    QVERIFY(server.waitForFinished(20000));
    QCOMPARE(server.exitCode(), 2);
    const QByteArray error = server.readAllStandardError();
    QVERIFY2(error.contains("16 to 256"), error.constData());
    QVERIFY(!error.contains("short\n"));
}

void TestApiToken::peopleCountAsATokenBeyondLoopback_data()
{
    QTest::addColumn<QString>("workers");
    QTest::newRow("one process") << QStringLiteral("1");
    QTest::newRow("workers") << QStringLiteral("2");
}

// No shared token, but people with tokens of their own: every request needs one of theirs, so
// serve listens beyond loopback (plain HTTP here, as behind a reverse proxy).
void TestApiToken::peopleCountAsATokenBeyondLoopback()
{
    QFETCH(QString, workers);
    const QString database = m_dir.filePath(QStringLiteral("people-%1.sqlite").arg(workers));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TOUCHPOINT_API_TOKEN"));
    const auto serveOnAnyAddress = [&] {
        auto server = std::make_unique<QProcess>();
        server->setProcessEnvironment(environment);
        server->start(QStringLiteral(TOUCHPOINT_BINARY),
                      { "serve", "--bind", "0.0.0.0", "--port", "0", "--insecure-http", "--workers",
                        workers, "--database", database });
        return server;
    };
    // Without anyone, refused.
    std::unique_ptr<QProcess> refused = serveOnAnyAddress();
    QVERIFY(refused->waitForFinished(20000));
    QCOMPARE(refused->exitCode(), 1);
    QVERIFY2(refused->readAllStandardError().contains("without an API token"), "");

    QProcess users;
    users.start(QStringLiteral(TOUCHPOINT_BINARY),
                { "users", "add", "Asha", "--database", database });
    QVERIFY(users.waitForFinished(20000));
    QCOMPARE(users.exitCode(), 0);
    std::unique_ptr<QProcess> server = serveOnAnyAddress();
    QByteArray said;
    for (int i = 0; i < 100 && !said.contains("http://0.0.0.0:"); ++i) {
        server->waitForReadyRead(100);
        said += server->readAllStandardError();
        QVERIFY2(server->state() == QProcess::Running, said.constData());
    }
    QVERIFY2(said.contains("serves the REST API at http://0.0.0.0:"), said.constData());
    server->terminate();
    QVERIFY(server->waitForFinished(20000));
}

namespace {

struct Reply
{
    int status = 0;
    QString detail;
};

Reply get(quint16 port, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/leads/").arg(port)));
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QElapsedTimer waited;
    waited.start();
    while (!reply->isFinished() && waited.elapsed() < 10000)
        QTest::qWait(10);
    Reply answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   QJsonDocument::fromJson(reply->readAll())["detail"].toString() };
    reply->deleteLater();
    return answer;
}

} // namespace

// `touchpoint users` on the database a server is serving, as an administrator runs it.
void TestApiToken::peopleAddedWhileServingReplaceTheSharedToken()
{
    const QString database = m_dir.filePath("token.sqlite");
    const auto users = [&database](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(TOUCHPOINT_BINARY),
                      QStringList { "users" } + arguments + QStringList { "--database", database });
        process.waitForFinished(20000);
        return std::tuple(process.exitCode(), process.readAllStandardOutput(),
                          process.readAllStandardError());
    };
    const auto [added, token, addNote] = users({ "add", "Asha Rao" });
    QCOMPARE(added, 0);
    const QByteArray asha = token.trimmed();
    QCOMPARE(asha.size(), 43);
    QVERIFY2(addNote.contains("Asha Rao"), addNote.constData());
    QVERIFY(!addNote.contains(asha)); // the token goes to stdout alone

    QCOMPARE(get(m_port, "Token " + asha).status, 200);
    const Reply shared = get(m_port, "Token " + key);
    QCOMPARE(shared.status, 401);
    QCOMPARE(shared.detail, QStringLiteral("Invalid token."));

    const auto [listed, list, listNote] = users({ "list" });
    QCOMPARE(listed, 0);
    QVERIFY2(list.startsWith("Asha Rao\t"), list.constData());
    QVERIFY(!list.contains(asha));
    QCOMPARE(std::get<0>(users({ "add", "Asha Rao" })), 1); // a name is never given twice

    const auto [revoked, revokeOut, revokeNote] = users({ "revoke", "Asha Rao" });
    QCOMPARE(revoked, 0);
    const Reply refused = get(m_port, "Token " + asha);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.detail, QStringLiteral("User inactive or deleted."));
    QCOMPARE(std::get<0>(users({ "revoke", "Nobody" })), 1);
    QCOMPARE(std::get<0>(users({ "shout" })), 2);

    QFile log(m_logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains(asha));
}

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_apitoken.moc"
