// The API once a database has people (`touchpoint users`): DRF's 401 answers for no token, an
// unknown one, the shared token and a revoked one; a person's token is let in; a revocation made
// by another process is in force for the very next request; without people the shared token
// decides, as before.
#include "apiserver.h"
#include "apitoken.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray sharedKey = "shared-key-0123456789abcdef";

struct Answer
{
    int status = 0;
    QByteArray head;
    QString detail;
    QByteArray body;
};

} // namespace

class TestPeopleTokens final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void withoutPeopleTheSharedTokenDecides();
    void withPeopleOnlyTheirTokensAreTaken_data();
    void withPeopleOnlyTheirTokensAreTaken();
    void revocationByAnotherProcessIsInForceAtOnce();
    void historySaysWhoChangedWhat();

private:
    Answer ask(const QByteArray &authorization);
    Answer send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                const QByteArray &authorization);

    TestDatabase m_database;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<QTcpSocket> m_client;
};

void TestPeopleTokens::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_database->setReadBatching(true); // as `touchpoint serve` runs it
    m_server = std::make_unique<ApiServer>(*m_database);
    m_server->setToken(ApiToken(sharedKey));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(m_client->waitForConnected(5000));
}

void TestPeopleTokens::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_database.reset();
}

// One request on the kept connection; the answer is read outside the event loop, so that the
// server runs its passes only while it is waited for.
Answer TestPeopleTokens::ask(const QByteArray &authorization)
{
    return send("GET", "/leads/", {}, authorization);
}

Answer TestPeopleTokens::send(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body, const QByteArray &authorization)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: test\r\n";
    if (!authorization.isNull())
        request += "Authorization: " + authorization + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    m_client->write(request + "\r\n" + body);
    if (!m_client->waitForBytesWritten(5000))
        return {};
    QByteArray data;
    for (int pass = 0; pass < 2000; ++pass) {
        QCoreApplication::processEvents();
        if (m_client->waitForReadyRead(1))
            data += m_client->readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        const qsizetype length = data.indexOf("Content-Length: ");
        if (end < 0 || length < 0)
            continue;
        const qint64 size
            = data.mid(length + 16, data.indexOf('\r', length) - length - 16).toLongLong();
        if (data.size() < end + 4 + size)
            continue;
        Answer answer;
        answer.status = data.mid(9, 3).toInt();
        answer.head = data.left(end);
        answer.body = data.mid(end + 4, size);
        answer.detail = QJsonDocument::fromJson(data.mid(end + 4, size))
                            .object()
                            .value(QStringLiteral("detail"))
                            .toString();
        return answer;
    }
    return {};
}

void TestPeopleTokens::withoutPeopleTheSharedTokenDecides()
{
    QCOMPARE(ask("Token " + sharedKey).status, 200);
    const Answer wrong = ask("Token not-the-shared-key-at-all");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.detail, QStringLiteral("Invalid token."));
    QCOMPARE(ask({}).status, 401);
}

void TestPeopleTokens::withPeopleOnlyTheirTokensAreTaken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");
    QTest::newRow("none") << QByteArray() << "Authentication credentials were not provided.";
    QTest::newRow("another scheme")
        << QByteArray("Bearer x") << "Authentication credentials were not provided.";
    QTest::newRow("no key") << QByteArray("Token")
                            << "Invalid token header. No credentials provided.";
    QTest::newRow("spaces") << QByteArray("Token a b")
                            << "Invalid token header. Token string should not contain spaces.";
    QTest::newRow("unknown") << QByteArray("Token nobody-has-this-token-0123456789")
                             << "Invalid token.";
    QTest::newRow("the shared token") << "Token " + sharedKey << "Invalid token.";
}

void TestPeopleTokens::withPeopleOnlyTheirTokensAreTaken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);
    PersonStore people(*m_database);
    const StoreResult<PersonStore::Added> asha = people.add(QStringLiteral("Asha"));
    QVERIFY(asha.ok());
    const Answer refused = ask(authorization);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.detail, detail);
    QVERIFY(refused.head.contains("WWW-Authenticate: Token"));
    QCOMPARE(ask("Token " + asha.value.token).status, 200);
    QCOMPARE(ask("token   " + asha.value.token + "  ").status, 200); // as DRF splits it
}

void TestPeopleTokens::revocationByAnotherProcessIsInForceAtOnce()
{
    // The server learns of the people through its own reads, not through this process's stores.
    Database other;
    QVERIFY2(other.open(m_database.location()), qPrintable(other.errorMessage()));
    PersonStore people(other);
    const StoreResult<PersonStore::Added> asha = people.add(QStringLiteral("Asha"));
    const StoreResult<PersonStore::Added> ravi = people.add(QStringLiteral("Ravi"));
    QVERIFY(asha.ok() && ravi.ok());
    QCOMPARE(ask("Token " + asha.value.token).status, 200);
    QCOMPARE(ask("Token " + ravi.value.token).status, 200);

    QVERIFY(people.revoke(QStringLiteral("Asha")).ok());
    const Answer revoked = ask("Token " + asha.value.token);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.detail, QStringLiteral("User inactive or deleted."));
    QCOMPARE(ask("Token " + ravi.value.token).status, 200);

    // Someone added meanwhile is let in at once too.
    const StoreResult<PersonStore::Added> meera = people.add(QStringLiteral("Meera"));
    QVERIFY(meera.ok());
    QCOMPARE(ask("Token " + meera.value.token).status, 200);
}

// The history endpoint across edits by two people, each through their own token.
void TestPeopleTokens::historySaysWhoChangedWhat()
{
    PersonStore people(*m_database);
    const QByteArray asha = "Token " + people.add(QStringLiteral("Asha")).value.token;
    const QByteArray ravi = "Token " + people.add(QStringLiteral("Ravi")).value.token;
    QCOMPARE(send("POST", "/leads/", R"({"name":"Spice Garden"})", asha).status, 201);
    QCOMPARE(send("POST", "/contacts/", R"({"lead":1,"name":"Meera"})", asha).status, 201);
    const Answer created
        = send("POST", "/track/interactions/",
               R"({"lead":1,"contact":1,"interaction_type":"CALL","details":"First call"})", asha);
    QCOMPARE(created.status, 201);
    const QByteArray path = "/track/interactions/"
        + QByteArray::number(QJsonDocument::fromJson(created.body)["id"].toInteger()) + "/";
    QCOMPARE(send("PATCH", path, R"({"details":"Then a visit","interaction_type":"VISIT"})", ravi)
                 .status,
             200);
    QCOMPARE(send("PATCH", path, R"({"details":"Then a visit"})", asha).status, 200); // no change

    const Answer history = send("GET", path + "history/", {}, ravi);
    QCOMPARE(history.status, 200);
    const QJsonArray entries = QJsonDocument::fromJson(history.body).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)["by"].toString(), QStringLiteral("Asha"));
    QCOMPARE(entries.at(0)["change"].toString(), QStringLiteral("created"));
    QCOMPARE(entries.at(0)["fields"]["details"]["to"].toString(), QStringLiteral("First call"));
    QCOMPARE(entries.at(1)["by"].toString(), QStringLiteral("Ravi"));
    QCOMPARE(entries.at(1)["change"].toString(), QStringLiteral("changed"));
    QCOMPARE(entries.at(1)["fields"].toObject().keys(),
             QStringList({ QStringLiteral("details"), QStringLiteral("interaction_type") }));
    QCOMPARE(entries.at(1)["fields"]["interaction_type"]["from"].toString(),
             QStringLiteral("CALL"));
    QVERIFY(entries.at(1)["at"].toString().endsWith(QLatin1Char('Z')));
    // The record's own JSON keeps exactly the contract's keys.
    QCOMPARE(QJsonDocument::fromJson(send("GET", path, {}, ravi).body).object().keys().size(), 7);
    QCOMPARE(send("GET", "/track/interactions/999/history/", {}, ravi).status, 404);
    QCOMPARE(send("GET", path + "history/", {}, {}).status, 401);

    // A lead's and a contact's history, and the contact deleted by another person.
    QCOMPARE(send("PATCH", "/leads/1/", R"({"name":"Spice Garden, Kothrud"})", ravi).status, 200);
    const QJsonArray lead
        = QJsonDocument::fromJson(send("GET", "/leads/1/history/", {}, asha).body).array();
    QCOMPARE(lead.size(), 2);
    QCOMPARE(lead.at(0)["by"].toString(), QStringLiteral("Asha"));
    QCOMPARE(lead.at(1)["by"].toString(), QStringLiteral("Ravi"));
    QCOMPARE(lead.at(1)["fields"]["name"]["to"].toString(),
             QStringLiteral("Spice Garden, Kothrud"));
    QCOMPARE(send("DELETE", "/contacts/1/", {}, ravi).status, 200);
    const QJsonArray contact
        = QJsonDocument::fromJson(send("GET", "/contacts/1/history/", {}, asha).body).array();
    QCOMPARE(contact.size(), 2);
    QCOMPARE(contact.at(1)["change"].toString(), QStringLiteral("deleted"));
    QCOMPARE(contact.at(1)["by"].toString(), QStringLiteral("Ravi"));
    // Its interaction went with it, and says so.
    const QJsonArray gone
        = QJsonDocument::fromJson(send("GET", path + "history/", {}, asha).body).array();
    QCOMPARE(gone.size(), 3);
    QCOMPARE(gone.at(2)["change"].toString(), QStringLiteral("deleted"));
    QCOMPARE(gone.at(2)["by"].toString(), QStringLiteral("Ravi"));
    QCOMPARE(send("GET", "/contacts/999/history/", {}, ravi).status, 404);
    QCOMPARE(send("POST", "/leads/1/history/", "{}", ravi).status, 405);
}

QTEST_GUILESS_MAIN(TestPeopleTokens)
#include "tst_peopletokens.moc"
