// LocalApiServer, the REST API the window runs: the token set from Settings is what the server
// asks for, a token that cannot be used is refused and the previous one kept, and clearing it
// lets requests in again.
#include "localapiserver.h"
#include "storage/database.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestLocalApiServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tokenIsRequiredOnceSet();

private:
    int get(quint16 port, const QByteArray &token = {});
    QNetworkAccessManager m_network;
};

int TestLocalApiServer::get(quint16 port, const QByteArray &token)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/track/interactions/").arg(port)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Token " + token);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestLocalApiServer::tokenIsRequiredOnceSet()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    LocalApiServer server(database);
    QVERIFY2(server.start(0), qPrintable(server.errorString()));
    const quint16 port = server.port();
    QVERIFY(!server.requiresToken());
    QCOMPARE(get(port), 200);

    const QByteArray key = "a-long-enough-token-1234";
    QString problem;
    QVERIFY(server.problemWithToken(key).isEmpty());
    QVERIFY(server.setToken(key, &problem));
    QVERIFY(server.requiresToken());
    QCOMPARE(get(port), 401);
    QCOMPARE(get(port, "a-long-enough-token-9999"), 401);
    QCOMPARE(get(port, key), 200);

    // Refused, with a reason; the token in force stays.
    QVERIFY(!server.problemWithToken("short").isEmpty());
    QVERIFY(!server.setToken("short", &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!server.problemWithToken("has a space in it, long enough").isEmpty());
    QCOMPARE(get(port), 401);
    QCOMPARE(get(port, key), 200);

    QVERIFY(server.setToken({}, &problem));
    QVERIFY(!server.requiresToken());
    QCOMPARE(get(port), 200);
}

QTEST_GUILESS_MAIN(TestLocalApiServer)
#include "tst_localapiserver.moc"
