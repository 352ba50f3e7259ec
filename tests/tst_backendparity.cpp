// The REST API answers byte for byte alike on both backends: one sequence of requests (every
// endpoint, every kind of error) sent to `touchpoint serve` on a new SQLite file and to another on
// a new PostgreSQL database, each whole answer (status line, headers, body) compared. Every answer
// is then checked against the OpenAPI document (docs/openapi.json, the one /openapi.json gives),
// so that the document cannot drift from the server.

#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

const QString binary = QStringLiteral(TOUCHPOINT_BINARY);

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray body = {};
    QByteArray contentType = "application/json";
};

// What a person would run against a new team database: leads, contacts, interactions with and
// without orders, lists and their filters and pages, changes, refusals, deletions.
QList<Request> sequence()
{
    const QByteArray call = R"({"lead":1,"contact":1,"interaction_type":"CALL",)"
                            R"("details":"Called about the weekend menu.",)"
                            R"("date":"2026-11-28T10:30:00Z"})";
    return {
        { "GET", "/track/interactions/" },
        { "POST", "/leads/", R"({"name":"Spice Garden","city":"Pune"})" },
        { "POST", "/leads/",
          R"({"name":"Tandoor House","status":"CONTACTED","phone":"+91 20 5550 1234"})" },
        { "POST", "/leads/", R"({"name":"","status":"SOMETIMES","phone":"abc"})" },
        { "POST", "/contacts/",
          R"({"lead":1,"name":"Asha Rao","role":"Manager","email":"asha@example.com"})" },
        { "POST", "/contacts/", R"({"lead":2,"name":"Vikram Iyer"})" },
        { "POST", "/contacts/", R"({"lead":99,"name":"Nobody"})" },
        { "POST", "/track/interactions/", call },
        { "POST", "/track/interactions/",
          R"({"lead":1,"contact":1,"interaction_type":"ORDER","details":"Paneer, 12 kg.",)"
          R"("order_placed":true,"date":"2026-11-29T09:00:00Z"})" },
        { "PUT", "/track/interactions/2/order_details/",
          R"({"product_details":"Paneer, 1 kg block","quantity":12,"total_price":5250.50})" },
        { "PUT", "/track/interactions/2/order_details/",
          R"({"product_details":"Paneer, 1 kg block","quantity":14,"total_price":6125.00,)"
          R"("order_date":"2026-11-30T08:00:00Z"})" },
        { "PUT", "/track/interactions/1/order_details/",
          R"({"product_details":"","quantity":0,"total_price":12.345})" },
        { "POST", "/track/interactions/",
          R"({"lead":2,"contact":1,"interaction_type":"VISIT","date":"2026-11-30T12:00:00Z"})" },
        { "POST", "/track/interactions/",
          R"({"lead":2,"contact":2,"interaction_type":"VISIT","details":"Tasting with the chef.",)"
          R"("date":"2026-11-30T12:00:00Z"})" },
        { "POST", "/track/interactions/", R"({"interaction_type":"LETTER"})" },
        { "POST", "/track/interactions/", R"({"lead":1,)" },
        { "POST", "/track/interactions/", R"([1,2])" },
        { "POST", "/track/interactions/", "lead=1", "text/plain" },
        { "GET", "/track/interactions/" },
        { "GET", "/track/interactions/?lead=1" },
        { "GET", "/track/interactions/?lead=2&contact=2" },
        { "GET", "/track/interactions/?lead=abc" },
        { "GET", "/track/interactions/?limit=2" },
        { "GET", "/track/interactions/?limit=2&offset=2" },
        { "GET", "/track/interactions/?offset=-1" },
        { "GET", "/track/interactions/orders/" },
        { "GET", "/track/interactions/orders/?lead=1" },
        { "GET", "/track/interactions/1/" },
        { "GET", "/track/interactions/1" },
        { "GET", "/track/interactions/2/order_details/" },
        { "GET", "/track/interactions/1/order_details/" },
        { "GET", "/track/interactions/999/" },
        { "GET", "/track/interactions/abc/" },
        { "HEAD", "/track/interactions/1/" },
        { "OPTIONS", "/track/interactions/" },
        { "PUT", "/track/interactions/1/" },
        { "PATCH", "/track/interactions/1/", R"({"details":"Called back: wants a quote."})" },
        { "PATCH", "/track/interactions/1/", R"({"contact":2})" },
        { "PATCH", "/track/interactions/1/", R"({"date":"yesterday"})" },
        { "GET", "/leads/" },
        { "GET", "/leads/?limit=1&offset=1" },
        { "PATCH", "/leads/2/", R"({"status":"NEGOTIATING","notes":"Wants weekly deliveries."})" },
        { "GET", "/contacts/?lead=1" },
        { "PATCH", "/contacts/1/", R"({"lead":2})" },
        { "DELETE", "/track/interactions/1/" },
        { "GET", "/track/interactions/1/" },
        { "DELETE", "/contacts/2/" },
        { "DELETE", "/leads/1/" },
        { "GET", "/track/interactions/" },
        { "GET", "/nowhere/" },
        { "GET", "/track/interactions/2/history/" },
        { "GET", "/track/interactions/1/history/" },
        { "GET", "/track/interactions/999/history/" },
        { "GET", "/leads/1/history/" },
        { "GET", "/contacts/2/history/" },
        { "GET", "/contacts/999/history/" },
        { "DELETE", "/leads/2/history/" },
        { "GET", "/sync/changes/" },
        { "GET", "/sync/changes/?since=3&limit=2" },
        { "GET", "/sync/changes/?since=x" },
        { "GET", "/sync/changes/?protocol=9" },
        { "POST", "/sync/changes/", R"({"protocol":1})" },
        { "POST", "/sync/changes/",
          R"({"protocol":1,"schema":8,"replica":1,"batch":"b","changes":[]})" },
        { "POST", "/sync/changes/",
          R"({"protocol":1,"schema":9,"replica":99,"batch":"b","changes":[]})" },
        { "GET", "/sync/records/?kind=lead" },
        { "GET", "/sync/records/?kind=interaction&after=1&limit=1" },
        { "GET", "/sync/records/?kind=note" },
        { "POST", "/sync/join/", R"({"protocol":1,"schema":9,"name":"laptop"})" },
        { "GET", "/sync/join/" },
        { "POST", "/sync/blocks/", R"({"replica":"x"})" },
        { "GET", "/sync/conflicts/" },
        { "GET", "/openapi.json" },
        { "POST", "/openapi.json", "{}" },
    };
}

class Server final
{
public:
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            m_process.waitForFinished(10000);
        }
    }

    bool start(const QString &database)
    {
        m_process.start(binary,
                        { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--database"), database });
        if (!m_process.waitForStarted())
            return false;
        const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
        for (int waited = 0; waited < 100; ++waited) {
            m_log += m_process.readAllStandardError();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_log));
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }

    QByteArray log() const { return m_log; }

    // The whole answer as it came over the wire; the connection closes after it.
    QByteArray answer(const Request &request) const
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!socket.waitForConnected(5000))
            return QByteArrayLiteral("(no connection)");
        QByteArray bytes = request.method + ' ' + request.path
            + " HTTP/1.1\r\nHost: touchpoint.test\r\nConnection: close\r\n";
        if (!request.body.isEmpty())
            bytes += "Content-Type: " + request.contentType
                + "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
        bytes += "\r\n" + request.body;
        socket.write(bytes);
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        answer += socket.readAll();
        return answer;
    }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace

class TestBackendParity final : public QObject
{
    Q_OBJECT

private slots:
    void answersAlikeOnBothBackends();
};

void TestBackendParity::answersAlikeOnBothBackends()
{
    QVERIFY2(TestDatabase::onPostgres(),
             "TOUCHPOINT_TEST_POSTGRES_URI_FILE must name the test cluster's URI file");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    TestDatabase postgres; // a new database on the cluster, with the latest schema
    QVERIFY2(postgres.open(), qPrintable(postgres.errorMessage()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Server onSqlite;
    QVERIFY2(onSqlite.start(dir.filePath(QStringLiteral("parity.sqlite"))),
             onSqlite.log().constData());
    Server onPostgres;
    QVERIFY2(onPostgres.start(postgres.location()), onPostgres.log().constData());

    int compared = 0;
    QJsonArray answers;
    for (const Request &request : sequence()) {
        const QByteArray fromSqlite = onSqlite.answer(request);
        const QByteArray fromPostgres = onPostgres.answer(request);
        QVERIFY2(fromSqlite.startsWith("HTTP/1.1 "),
                 qPrintable(request.method + ' ' + request.path + ": " + fromSqlite));
        // A history says when each change was made: the two servers made theirs a moment apart.
        // The feed names each server's own history, an id made at random.
        static const QRegularExpression when(
            QStringLiteral("\"at\":\"[^\"]*\"|\"history\":\"[^\"]*\""));
        const bool timed = request.path.contains("/history/") || request.path.contains("/sync/");
        QVERIFY2(!timed
                     || QString::fromUtf8(fromSqlite).replace(when, QString())
                         == QString::fromUtf8(fromPostgres).replace(when, QString()),
                 qPrintable(request.method + ' ' + request.path + "\n--- SQLite:\n" + fromSqlite
                            + "\n--- PostgreSQL:\n" + fromPostgres));
        QVERIFY2(timed || fromSqlite == fromPostgres,
                 qPrintable(request.method + ' ' + request.path + "\n--- SQLite:\n" + fromSqlite
                            + "\n--- PostgreSQL:\n" + fromPostgres));
        ++compared;
        const qsizetype headEnd = fromSqlite.indexOf("\r\n\r\n");
        answers.append(QJsonObject {
            { QStringLiteral("method"), QString::fromLatin1(request.method) },
            { QStringLiteral("path"), QString::fromLatin1(request.path) },
            { QStringLiteral("status"), fromSqlite.mid(9, 3).toInt() },
            { QStringLiteral("body"),
              QString::fromUtf8(headEnd < 0 ? QByteArray() : fromSqlite.mid(headEnd + 4)) } });
    }
    QCOMPARE(compared, sequence().size());

    // The document the server gives is docs/openapi.json.
    QFile document(QStringLiteral(TOUCHPOINT_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY(document.open(QIODevice::ReadOnly));
    const QByteArray served = onSqlite.answer({ "GET", "/openapi.json" });
    QCOMPARE(QJsonDocument::fromJson(served.mid(served.indexOf("\r\n\r\n") + 4)),
             QJsonDocument::fromJson(document.readAll()));

    QFile answersFile(dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(answersFile.open(QIODevice::WriteOnly));
    answersFile.write(QJsonDocument(answers).toJson());
    answersFile.close();
    QProcess checker;
    checker.setProcessChannelMode(QProcess::MergedChannels);
    checker.start(QStringLiteral("/usr/bin/python3"),
                  { QStringLiteral(TOUCHPOINT_SOURCE_DIR "/tests/support/check-openapi-answers"),
                    document.fileName(), answersFile.fileName() });
    QVERIFY2(checker.waitForFinished(60000), qPrintable(checker.errorString()));
    const QByteArray report = checker.readAll();
    QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0,
             report.constData());
    QVERIFY2(report.contains(QByteArray::number(answers.size()) + " answers checked"),
             report.constData());
}

QTEST_GUILESS_MAIN(TestBackendParity)
#include "tst_backendparity.moc"
