// Group commit over HTTP: creates of interactions that arrive together are written in one
// transaction, each answered only after it, with its own answer; one bad create does not touch
// the others; a client that leaves before its answer still has its accepted write. Reads of one
// interaction that arrive together (read in one statement on PostgreSQL) each get their own
// answer, and a connection's answers keep the order of its requests.
#include "apiserver.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

QByteArray post(const QByteArray &body)
{
    return "POST /track/interactions/ HTTP/1.1\r\nHost: localhost\r\n"
           "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The status and body of one whole answer in buffer, or status 0 while it is incomplete.
std::pair<int, QByteArray> answerIn(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return { 0, {} };
    const QByteArray head = buffer.left(headEnd).toLower();
    const qsizetype lengthAt = head.indexOf("content-length:");
    if (lengthAt < 0)
        return { 0, {} };
    const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
    const qsizetype length = head.mid(lengthAt + 15, lineEnd < 0 ? -1 : lineEnd - lengthAt - 15)
                                 .trimmed()
                                 .toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return { 0, {} };
    return { buffer.mid(9, 3).toInt(), buffer.mid(headEnd + 4, length) };
}

} // namespace

class TestGroupCommit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsArrivingTogetherAreAnsweredEach();
    void clientGoneWriteStands();
    void readsArrivingTogetherAreAnsweredEach();

private:
    QByteArray body(qint64 lead, qint64 contact, const QString &details) const;
    qint64 rows() const;

    TestDatabase m_database;
    std::unique_ptr<ApiServer> m_server;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestGroupCommit::init()
{
    QVERIFY2(m_database.open(QStringLiteral("api.sqlite")), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Asha"));
    QVERIFY(m_lead > 0 && m_contact > 0);
    m_server = std::make_unique<ApiServer>(*m_database);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
}

void TestGroupCommit::cleanup()
{
    m_server.reset();
    m_database.reset();
}

QByteArray TestGroupCommit::body(qint64 lead, qint64 contact, const QString &details) const
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("lead"), lead },
                             { QStringLiteral("contact"), contact },
                             { QStringLiteral("interaction_type"), QStringLiteral("CALL") },
                             { QStringLiteral("details"), details } })
        .toJson(QJsonDocument::Compact);
}

qint64 TestGroupCommit::rows() const
{
    return InteractionStore(*m_database).count(InteractionFilter()).value;
}

void TestGroupCommit::createsArrivingTogetherAreAnsweredEach()
{
    QSignalSpy handled(m_server.get(), &ApiServer::requestHandled);
    QSignalSpy changed(m_database.get(), &Database::changed);
    constexpr int clients = 12;
    constexpr int bad = 5; // names a lead that does not exist
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    // Every request is on its way before the server's event loop runs again.
    for (int i = 0; i < clients; ++i) {
        sockets[i]->write(
            post(body(i == bad ? 999999 : m_lead, m_contact, QStringLiteral("n%1").arg(i))));
        QVERIFY(sockets[i]->waitForBytesWritten(5000));
    }
    std::vector<QByteArray> buffers(clients);
    const auto allAnswered = [&] {
        for (int i = 0; i < clients; ++i) {
            buffers[i] += sockets[i]->readAll();
            if (answerIn(buffers[i]).first == 0)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 10000);

    QSet<qint64> ids;
    for (int i = 0; i < clients; ++i) {
        const auto [status, answer] = answerIn(buffers[i]);
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        if (i == bad) {
            QCOMPARE(status, 400);
            QVERIFY(json.contains(QStringLiteral("lead")));
            continue;
        }
        QCOMPARE(status, 201);
        QCOMPARE(json.value(QStringLiteral("details")).toString(), QStringLiteral("n%1").arg(i));
        const qint64 id = json.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        ids.insert(id);
        const StoreResult<Interaction> stored = InteractionStore(*m_database).get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.details, QStringLiteral("n%1").arg(i));
    }
    QCOMPARE(ids.size(), clients - 1);
    QCOMPARE(rows(), clients - 1);
    // Fewer announcements than creates: they were written together.
    QVERIFY(changed.count() >= 1);
    QVERIFY(changed.count() < clients - 1);
    // One log line per request, with its real status.
    QCOMPARE(handled.count(), clients);
    int created = 0;
    for (const QList<QVariant> &line : std::as_const(handled))
        created += line.at(2).toInt() == 201 ? 1 : 0;
    QCOMPARE(created, clients - 1);
}

void TestGroupCommit::clientGoneWriteStands()
{
    QSignalSpy handled(m_server.get(), &ApiServer::requestHandled);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(post(body(m_lead, m_contact, QStringLiteral("left early"))));
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), 1, 10000);
    QCOMPARE(handled.at(0).at(2).toInt(), 201);
    QCOMPARE(rows(), 1);
}

void TestGroupCommit::readsArrivingTogetherAreAnsweredEach()
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        InteractionDraft draft;
        draft.lead = m_lead;
        draft.contact = m_contact;
        draft.type = InteractionType::Visit;
        draft.details = QStringLiteral("visit %1").arg(i);
        const StoreResult<Interaction> made = InteractionStore(*m_database).create(draft);
        QVERIFY2(made.ok(), qPrintable(made.failure));
        ids.append(made.value.id);
    }
    const auto get = [](qint64 id, const QByteArray &method = "GET") {
        return method + " /track/interactions/" + QByteArray::number(id)
            + "/ HTTP/1.1\r\nHost: localhost\r\n\r\n";
    };
    const QByteArray patch = "PATCH /track/interactions/" + QByteArray::number(ids.at(0))
        + "/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          "Content-Length: 23\r\n\r\n{\"details\":\"patched 0\"}";
    struct Client
    {
        QByteArray requests;
        QList<std::pair<int, QByteArray>> expected; // status, a text the body holds
    };
    QList<Client> clients;
    for (int i = 0; i < 8; ++i) {
        const int which = (i * 3) % 4;
        clients.append({ get(ids.at(which)), { { 200, "\"visit " + QByteArray::number(which) } } });
    }
    clients.append({ get(999999), { { 404, "{\"detail\":\"Not found.\"}" } } });
    clients.append({ get(ids.at(2), "HEAD"), { { 200, {} } } });
    // On one connection, in one write: a read, a change, the read again. The first read is
    // answered before the change is made; the second sees it.
    clients.append(
        { get(ids.at(0)) + patch + get(ids.at(0)),
          { { 200, "\"visit 0\"" }, { 200, "\"patched 0\"" }, { 200, "\"patched 0\"" } } });

    QSignalSpy handled(m_server.get(), &ApiServer::requestHandled);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < clients.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket->waitForConnected(5000));
        sockets.push_back(std::move(socket));
    }
    // Every request is on its way before the server's event loop runs again.
    for (qsizetype i = 0; i < clients.size(); ++i) {
        sockets[i]->write(clients.at(i).requests);
        QVERIFY(sockets[i]->waitForBytesWritten(5000));
    }
    const qsizetype requests = clients.size() + 2;
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), requests, 10000);

    for (qsizetype i = 0; i < clients.size(); ++i) {
        const bool head = clients.at(i).requests.startsWith("HEAD");
        QByteArray buffer;
        // Every answer has come once the last one is whole (an answer to HEAD has no body).
        const auto whole = [&] {
            buffer += sockets[i]->readAll();
            if (buffer.count("HTTP/1.1 ") < clients.at(i).expected.size())
                return false;
            return head ? buffer.endsWith("\r\n\r\n")
                        : answerIn(buffer.mid(buffer.lastIndexOf("HTTP/1.1 "))).first != 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(whole(), 5000);
        for (const auto &[status, text] : clients.at(i).expected) {
            QVERIFY2(buffer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
                     buffer.constData());
            const qsizetype next = buffer.indexOf("HTTP/1.1 ", 1);
            const QByteArray answer = next < 0 ? buffer : buffer.left(next);
            buffer = next < 0 ? QByteArray() : buffer.mid(next);
            QVERIFY2(answer.contains("Allow: GET, PATCH, DELETE, HEAD, OPTIONS\r\n"),
                     answer.constData());
            if (head) {
                QVERIFY2(answer.endsWith("\r\n\r\n"), answer.constData());
                QVERIFY(!answer.contains("Content-Length: 0\r\n"));
            } else {
                QVERIFY2(answer.contains(text), answer.constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
