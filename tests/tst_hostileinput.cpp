// The REST API against hostile input, over real HTTP to `touchpoint serve`: every bad request
// gets a 4xx with a clear message, nothing is stored, and the server keeps answering others.
// Raw sockets, so that what is sent is exactly what a hostile client would send.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray head;
};

// Sends bytes as they are and reads one answer (or until the server closes / timeout).
Answer exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QRegularExpression length(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
            const auto match = length.match(QString::fromLatin1(received.left(end)));
            if (match.hasMatch() && received.size() >= end + 4 + match.captured(1).toLongLong())
                break;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    Answer answer;
    const qsizetype end = received.indexOf("\r\n\r\n");
    answer.head = received.left(end);
    answer.body = end >= 0 ? received.mid(end + 4) : QByteArray();
    const QList<QByteArray> statusLine = received.left(received.indexOf("\r\n")).split(' ');
    answer.status = statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
    return answer;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                   const QByteArray &extraHeaders = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isNull())
        bytes += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void oversizedBodyIsRefusedUnread();
    void oversizedHeadIs431_data();
    void oversizedHeadIs431();
    void headAtTheLimitsIsServed();
    void bodyStillBeingSentGetsItsAnswer();
    void pipelinedRequestsAreEachJudged();
    void halfSentRequestDoesNotBlockOthers();
    void sqlInjectionIsJustText();

private:
    QList<qint64> counts();
    bool serverAnswers();

    QTemporaryDir m_dir;
    QString m_path;
    QProcess m_server;
    quint16 m_port = 0;
    Database m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestHostileInput::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    QVERIFY(m_database.open(m_path));
    LeadDraft lead;
    lead.name = QStringLiteral("Spice Garden");
    m_lead = LeadStore(m_database).create(lead).value.id;
    ContactDraft contact;
    contact.lead = m_lead;
    contact.name = QStringLiteral("Asha");
    m_contact = ContactStore(m_database).create(contact).value.id;
    QVERIFY(m_lead > 0 && m_contact > 0);

    // Its log goes to a file: a pipe that nobody reads while the test runs would fill up and
    // stop the server.
    const QString logPath = m_dir.filePath(QStringLiteral("serve.log"));
    m_server.setStandardErrorFile(logPath);
    m_server.start(QStringLiteral(TOUCHPOINT_BINARY),
                   { "serve", "--port", "0", "--database", m_path });
    QVERIFY(m_server.waitForStarted());
    QByteArray log;
    const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    for (int i = 0; i < 100 && !m_port; ++i) {
        QTest::qWait(100);
        QFile file(logPath);
        log = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(log));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(m_port, log.constData());
    QVERIFY(serverAnswers());
}

void TestHostileInput::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(10000))
        m_server.kill();
}

QList<qint64> TestHostileInput::counts()
{
    return { LeadStore(m_database).count().value, ContactStore(m_database).count().value,
             InteractionStore(m_database).count({}).value };
}

bool TestHostileInput::serverAnswers()
{
    const Answer answer = exchange(m_port, request("GET", "/track/interactions/"));
    return answer.status == 200 && QJsonDocument::fromJson(answer.body).isArray();
}

void TestHostileInput::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const auto post = [](const QByteArray &path, const QByteArray &body) {
        return request("POST", path, body);
    };
    const QByteArray good = R"("lead": 1, "contact": 1, "interaction_type": "CALL")";
    QTest::newRow("truncated JSON") << post("/track/interactions/", R"({"lead": 1, "contact")");
    QTest::newRow("malformed JSON") << post("/track/interactions/", "{lead: 1}");
    QTest::newRow("not an object") << post("/track/interactions/", "[1, 2, 3]");
    QTest::newRow("empty body") << post("/track/interactions/", "");
    QTest::newRow("deep nesting") << post("/track/interactions/",
                                          QByteArray(50000, '[') + QByteArray(50000, ']'));
    QTest::newRow("deep object nesting")
        << post("/leads/",
                "{\"name\":" + QByteArray(20000, '{').replace("{", "{\"a\":") + "1"
                    + QByteArray(20000, '}') + "}");
    QTest::newRow("huge id in body") << post(
        "/track/interactions/",
        R"({"lead": 99999999999999999999999999, "contact": 1, "interaction_type": "CALL"})");
    QTest::newRow("float id") << post("/track/interactions/",
                                      R"({"lead": 1.5, "contact": 1, "interaction_type": "CALL"})");
    QTest::newRow("overflowing float") << post(
        "/track/interactions/", R"({"lead": 1e400, "contact": 1, "interaction_type": "CALL"})");
    QTest::newRow("negative id") << post(
        "/track/interactions/", R"({"lead": -1, "contact": 1, "interaction_type": "CALL"})");
    QTest::newRow("id as object") << post(
        "/track/interactions/",
        R"({"lead": {"$gt": 0}, "contact": 1, "interaction_type": "CALL"})");
    QTest::newRow("type as list") << post(
        "/track/interactions/", R"({"lead": 1, "contact": 1, "interaction_type": ["CALL"]})");
    QTest::newRow("unknown type") << post(
        "/track/interactions/", R"({"lead": 1, "contact": 1, "interaction_type": "FAX"})");
    QTest::newRow("order_placed as text")
        << post("/track/interactions/", "{" + good + R"(, "order_placed": "perhaps"})");
    QTest::newRow("bad date") << post("/track/interactions/",
                                      "{" + good + R"(, "date": "2024-02-30T25:61:00Z"})");
    QTest::newRow("NUL byte in text")
        << post("/track/interactions/", "{" + good + R"(, "details": "a\u0000b"})");
    QTest::newRow("raw NUL byte") << post("/leads/", QByteArray("{\"name\": \"a\0b\"}", 16));
    QTest::newRow("invalid UTF-8") << post("/leads/", "{\"name\": \"\xff\xfe\xc3\x28\"}");
    QTest::newRow("lone surrogate") << post("/leads/", R"({"name": "x\ud800y"})");
    QTest::newRow("very long string")
        << post("/leads/", "{\"name\": \"" + QByteArray(900000, 'a') + "\"}");
    QTest::newRow("not JSON content type")
        << request("POST", "/leads/", "name=x",
                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n")
               .replace("Content-Type: application/json\r\nContent-Length: 6\r\n", "");
    QTest::newRow("path: huge id")
        << request("GET", "/track/interactions/99999999999999999999999/");
    QTest::newRow("path: non-integer id") << request("PATCH", "/track/interactions/1.0/", "{}");
    QTest::newRow("path: dot dot") << request("DELETE", "/track/interactions/../leads/1/");
    QTest::newRow("path: encoded dot dot")
        << request("DELETE", "/track/interactions/%2e%2e/leads/1/");
    QTest::newRow("path: double slash") << request("DELETE", "//leads//1//");
    QTest::newRow("path: NUL") << request("DELETE", "/leads/1%00/");
    QTest::newRow("path: very long") << request("GET", "/" + QByteArray(60000, 'a'));
    QTest::newRow("query: bad filter") << request("GET", "/track/interactions/?lead=abc");
    QTest::newRow("query: huge filter")
        << request("GET", "/track/interactions/?lead=99999999999999999999999999");
    QTest::newRow("odd method") << request("BREW", "/track/interactions/");
    QTest::newRow("TRACE") << request("TRACE", "/track/interactions/");
    QTest::newRow("PUT on a list") << request("PUT", "/leads/", "{\"name\": \"x\"}");
    QTest::newRow("header too large")
        << request("GET", "/leads/", {}, "X-Filler: " + QByteArray(70000, 'x') + "\r\n");
    QTest::newRow("many headers") << request("GET", "/leads/", {},
                                             QByteArray("X-A: b\r\n").repeated(12000));
    QTest::newRow("body over 1 MiB")
        << post("/leads/", "{\"name\": \"" + QByteArray(1024 * 1024 + 10, 'a') + "\"}");
    QTest::newRow("chunked body over 1 MiB")
        << QByteArray("POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n80000\r\n")
            + QByteArray(0x80000, ' ') + "\r\n80001\r\n" + QByteArray(1000, ' ');
    QTest::newRow("bad chunk size")
        << QByteArray("POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray(
        "POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 14\r\nContent-Length: 2\r\n\r\n{\"name\": \"ab\"}");
    QTest::newRow("negative length")
        << QByteArray("POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: -5\r\n\r\n{\"name\": \"ab\"}");
}

void TestHostileInput::refused()
{
    QFETCH(QByteArray, bytes);
    const QList<qint64> before = counts();
    const Answer answer = exchange(m_port, bytes);
    QVERIFY2(answer.status >= 400 && answer.status < 500,
             qPrintable(QStringLiteral("status %1: %2")
                            .arg(answer.status)
                            .arg(QString::fromUtf8(answer.head + "\n" + answer.body.left(300)))));
    // A clear message: JSON, with the reason in it.
    const QJsonDocument json = QJsonDocument::fromJson(answer.body);
    QVERIFY2(json.isObject() && !json.object().isEmpty(), answer.body.left(300).constData());
    QCOMPARE(counts(), before);
    QVERIFY(serverAnswers());
}

// Several requests in one write: each head is found after the body before it, whether it ends
// in CRLF or in bare LF, and a body's own bytes are never read as a head.
void TestHostileInput::pipelinedRequestsAreEachJudged()
{
    const QList<qint64> before = counts();
    const QByteArray body = "{\"name\":\r\n\r\n\"Pipelined\"}"; // CRLFs as JSON whitespace
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /leads/?limit=1 HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body
                 + "GET /leads/ HTTP/1.1\nHost: x\n\n"
                   "GET /contacts/?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && socket.state() != QAbstractSocket::UnconnectedState) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    QList<int> statuses;
    for (qsizetype at = received.indexOf("HTTP/1.1 "); at >= 0;
         at = received.indexOf("HTTP/1.1 ", at + 1))
        statuses.append(received.mid(at + 9, 3).toInt());
    QCOMPARE(statuses, QList<int>({ 200, 201, 200, 200 }));
    QCOMPARE(counts().at(0), before.at(0) + 1); // the lead of the second request, no other
    QVERIFY(serverAnswers());
}

void TestHostileInput::oversizedBodyIsRefusedUnread()
{
    // Announced as 64 MiB, of which only a little is sent: the answer comes at once, from the
    // head alone, and the connection is closed.
    const QList<qint64> before = counts();
    QElapsedTimer timer;
    timer.start();
    const Answer answer
        = exchange(m_port,
                   "POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: 67108864\r\n\r\n{\"name\": \"",
                   10000);
    QCOMPARE(answer.status, 413);
    QCOMPARE(QJsonDocument::fromJson(answer.body)["detail"].toString(),
             QStringLiteral("Request body is larger than the 1 MiB limit."));
    QVERIFY(timer.elapsed() < 9000);
    QCOMPARE(counts(), before);
    // Exactly 1 MiB is still taken (and then judged by the rules).
    const QByteArray name(1024 * 1024 - 12, 'a');
    const Answer atLimit
        = exchange(m_port, request("POST", "/leads/", "{\"name\": \"" + name + "\"}"));
    QCOMPARE(atLimit.status, 400); // name too long, but read and answered by the API
    QVERIFY(atLimit.body.contains("name"));
    QVERIFY(serverAnswers());
}

void TestHostileInput::oversizedHeadIs431_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail");
    const QString lineTooLong = QStringLiteral("A header line is longer than 8 KiB.");
    const QByteArray body = R"({"name": "Not stored"})";
    QTest::newRow("request line over 8 KiB")
        << request("GET", "/leads/?limit=1&x=" + QByteArray(8200, 'a'))
        << QStringLiteral("The request line is longer than 8 KiB.");
    QTest::newRow("header line over 8 KiB")
        << request("POST", "/leads/", body, "X-Filler: " + QByteArray(8200, 'x') + "\r\n")
        << lineTooLong;
    // The sizes nginx, gunicorn and Node refuse and this server once served.
    QTest::newRow("a 60 KB header")
        << request("POST", "/leads/", body, "X-Filler: " + QByteArray(60000, 'x') + "\r\n")
        << lineTooLong;
    QTest::newRow("101 header lines")
        << request("POST", "/leads/", body, QByteArray("X-A: b\r\n").repeated(98))
        << QStringLiteral("The request has more than 100 header lines.");
    QTest::newRow("2,000 header lines")
        << request("POST", "/leads/", body, QByteArray("X-A: b\r\n").repeated(2000))
        << QStringLiteral("The request has more than 100 header lines.");
    // A head of bare LF lines is read line by line.
    QTest::newRow("header line over 8 KiB, bare LF")
        << QByteArray("GET /leads/ HTTP/1.1\nHost: x\nX-Filler: " + QByteArray(9000, 'x') + "\n\n")
        << lineTooLong;
    // Refused while the line is still being sent, not once it ends.
    QTest::newRow("unfinished header line over 8 KiB")
        << QByteArray("GET /leads/ HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(9000, 'x'))
        << lineTooLong;
    QTest::newRow("unfinished request line over 8 KiB")
        << QByteArray("GET /leads/?x=" + QByteArray(9000, 'x'))
        << QStringLiteral("The request line is longer than 8 KiB.");
}

// 431 with its reason, and nothing stored: the request never reaches the API.
void TestHostileInput::oversizedHeadIs431()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);
    const QList<qint64> before = counts();
    const Answer answer = exchange(m_port, bytes);
    QCOMPARE(answer.status, 431);
    QCOMPARE(QJsonDocument::fromJson(answer.body)["detail"].toString(), detail);
    QCOMPARE(counts(), before);
    QVERIFY(serverAnswers());
}

void TestHostileInput::headAtTheLimitsIsServed()
{
    const QList<qint64> before = counts();
    // 100 header lines (Host, Content-Type, Content-Length and 97 more), one of them 8 KiB long
    // with its CR, and a request line of 8 KiB with its CR.
    const QByteArray filler = "X-Filler: " + QByteArray(8 * 1024 - 11, 'x') + "\r\n";
    QCOMPARE(filler.size(), 8 * 1024 + 1);
    const QByteArray body = R"({"name": "At the limits"})";
    QByteArray target = "/leads/?x=";
    target += QByteArray(8 * 1024 - 1 - target.size() - QByteArray("POST  HTTP/1.1").size(), 'a');
    const QByteArray bytes
        = request("POST", target, body, QByteArray("X-A: b\r\n").repeated(96) + filler);
    QCOMPARE(bytes.indexOf("\r\n"), 8 * 1024 - 1);
    QCOMPARE(bytes.left(bytes.indexOf("\r\n\r\n")).count("\r\n"), 100);
    const Answer answer = exchange(m_port, bytes);
    QCOMPARE(answer.status, 201);
    QCOMPARE(counts().at(0), before.at(0) + 1);
}

// A client sending a body far over the limit reads its 413, then the server closes; it is not
// cut off while it still sends (which it would see as a broken pipe or a reset, and lose the
// answer with it).
void TestHostileInput::bodyStillBeingSentGetsItsAnswer()
{
    const QList<qint64> before = counts();
    constexpr qint64 size = 8 * 1024 * 1024;
    // A plain socket, as curl's or a browser's: QTcpSocket gives up its connection once the
    // server has shut its side, where such a client goes on sending.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const timeval timeout { 20, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const QByteArray head = "POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: "
        + QByteArray::number(size) + "\r\n\r\n";
    QCOMPARE(::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL), head.size());
    const QByteArray piece(64 * 1024, ' ');
    qint64 sent = 0;
    while (sent < size) {
        const ssize_t wrote = ::send(fd, piece.constData(), size_t(piece.size()), MSG_NOSIGNAL);
        QVERIFY2(wrote > 0,
                 qPrintable(QStringLiteral("cut off after %1 bytes: %2")
                                .arg(sent)
                                .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        sent += wrote;
    }
    QByteArray received;
    char buffer[4096];
    for (ssize_t got; (got = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        received.append(buffer, got);
    QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.left(200).constData());
    QVERIFY(received.contains("Request body is larger than the 1 MiB limit."));
    QCOMPARE(counts(), before);
    QVERIFY(serverAnswers());
}

void TestHostileInput::halfSentRequestDoesNotBlockOthers()
{
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(slow.waitForConnected(5000));
    slow.write("POST /leads/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 100\r\n\r\n{\"name\":");
    QVERIFY(slow.waitForBytesWritten(5000));
    QTcpSocket slowHead;
    slowHead.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(slowHead.waitForConnected(5000));
    slowHead.write("GET /leads/ HTTP/1.1\r\nHo");
    QVERIFY(slowHead.waitForBytesWritten(5000));
    // Others are answered meanwhile.
    for (int i = 0; i < 5; ++i)
        QVERIFY(serverAnswers());
    slow.abort();
    slowHead.abort();
    QVERIFY(serverAnswers());
}

void TestHostileInput::sqlInjectionIsJustText()
{
    const QByteArray injection = R"(x'); DROP TABLE interactions; --)";
    // In every text field of a valid create: stored as text, exactly.
    const QByteArray body = R"({"lead": )" + QByteArray::number(m_lead) + R"(, "contact": )"
        + QByteArray::number(m_contact) + R"(, "interaction_type": "CALL", "details": ")"
        + injection + "\"}";
    const Answer created = exchange(m_port, request("POST", "/track/interactions/", body));
    QCOMPARE(created.status, 201);
    const qint64 id = QJsonDocument::fromJson(created.body)["id"].toInteger();
    QCOMPARE(InteractionStore(m_database).get(id).value.details, QString::fromUtf8(injection));
    const QList<qint64> before = counts();
    // In every field and query parameter where a number or a choice is expected: a 4xx.
    for (const QByteArray field :
         { "lead", "contact", "interaction_type", "order_placed", "date" }) {
        const Answer answer
            = exchange(m_port,
                       request("POST", "/track/interactions/",
                               "{\"" + field + "\": \"1 OR 1=1; DROP TABLE leads; --\"}"));
        QVERIFY2(answer.status == 400, field.constData());
    }
    for (const QByteArray query : { "lead=1%20OR%201=1", "contact=1;DROP%20TABLE%20leads",
                                    "limit=1%20UNION%20SELECT%201", "offset='--" }) {
        const Answer answer = exchange(m_port, request("GET", "/track/interactions/?" + query));
        QVERIFY2(answer.status == 400, query.constData());
    }
    const Answer lead = exchange(m_port, request("GET", "/leads/?name=%27%20OR%20%271%27=%271"));
    QVERIFY(lead.status == 200 || lead.status == 400);
    QCOMPARE(counts(), before);
    QVERIFY(serverAnswers());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
