// `touchpoint serve --workers N` as a user runs it: N processes answer on one port, a write
// through one is read at once through another, concurrent creates all land, a worker that dies is
// replaced, and stopping the parent, even killing it, leaves no process behind.
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "support/testrecords.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString binary = QStringLiteral(TOUCHPOINT_BINARY);

struct Answer
{
    int status = 0;
    QByteArray body;
};

// One request on a connection of its own, closed after the answer: the system picks the worker
// for each connection, so many requests reach every worker.
Answer request(quint16 port, const QByteArray &method, const QByteArray &path,
               const QByteArray &body = QByteArray())
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!body.isEmpty())
        head += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        received += socket.readAll();
    received += socket.readAll();
    const qsizetype split = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 ") || split < 0)
        return {};
    return { received.mid(9, 3).toInt(), received.mid(split + 4) };
}

bool isRunning(qint64 pid)
{
    // A zombie has been reaped by nobody yet, but runs no more.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName > 0 && line.mid(afterName + 2, 1) != "Z";
}

} // namespace

class TestServeWorkers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workersShareThePort();
    void writeThroughOneIsReadThroughAnother();
    void concurrentCreatesAllLand();
    void stopsEveryWorker_data();
    void stopsEveryWorker();
    void workersStopWhenTheParentIsKilled();
    void replacesAWorkerThatDies();
    void refusesWhatOneServerRefuses();

private:
    // Starts `serve --workers count` on the test's file; false when it did not say it serves.
    bool startServer(int count);
    QByteArray log() const;
    QSet<qint64> answeringPids() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
    QProcess m_server;
    quint16 m_port = 0;
    QList<qint64> m_workerPids;
};

void TestServeWorkers::init()
{
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workers.sqlite"));
    Database database;
    QVERIFY(database.open(m_path));
    m_lead = addLead(database, QStringLiteral("Spice Garden"));
    m_contact = addContact(database, m_lead, QStringLiteral("Asha"));
    QVERIFY(m_lead > 0 && m_contact > 0);
}

void TestServeWorkers::cleanup()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(30000))
            m_server.kill();
        m_server.waitForFinished();
    }
    for (const qint64 pid : std::as_const(m_workerPids)) {
        if (isRunning(pid))
            ::kill(pid_t(pid), SIGKILL);
    }
    m_workerPids.clear();
    m_port = 0;
}

QByteArray TestServeWorkers::log() const
{
    QFile file(m_dir->filePath(QStringLiteral("serve.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestServeWorkers::startServer(int count)
{
    // The log goes to a file: a pipe that nobody reads while the test runs would fill up and
    // stop the workers.
    m_server.setStandardErrorFile(m_dir->filePath(QStringLiteral("serve.log")));
    m_server.start(binary,
                   { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--workers"), QString::number(count),
                     QStringLiteral("--database"), m_path });
    if (!m_server.waitForStarted())
        return false;
    const QRegularExpression serving(QStringLiteral(
        "http://127\\.0\\.0\\.1:(\\d+)/ .* in (\\d+) worker processes \\(([0-9, ]+)\\)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && m_server.state() == QProcess::Running) {
        const QRegularExpressionMatch match = serving.match(QString::fromUtf8(log()));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            for (const QString &pid : match.captured(3).split(QStringLiteral(", ")))
                m_workerPids.append(pid.toLongLong());
            return match.captured(2).toInt() == count && m_workerPids.size() == count;
        }
        QTest::qWait(50);
    }
    return false;
}

QSet<qint64> TestServeWorkers::answeringPids() const
{
    QSet<qint64> pids;
    const QRegularExpression line(
        QStringLiteral("\\n\\S+ \\[(\\d+)\\] [A-Z]+ \\S+ \\d{3} [0-9.]+ ms"));
    QRegularExpressionMatchIterator it = line.globalMatch(QString::fromUtf8(log()));
    while (it.hasNext())
        pids.insert(it.next().captured(1).toLongLong());
    return pids;
}

void TestServeWorkers::workersShareThePort()
{
    QVERIFY2(startServer(2), log().constData());
    QCOMPARE(QSet<qint64>(m_workerPids.cbegin(), m_workerPids.cend()).size(), 2);
    // The kernel picks a worker for each connection; 64 that all reach one worker would come
    // about once in 2^63 runs.
    for (int i = 0; i < 64; ++i) {
        const Answer answer = request(m_port, "GET", "/leads/");
        QCOMPARE(answer.status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(answeringPids(),
                              QSet<qint64>(m_workerPids.cbegin(), m_workerPids.cend()), 5000);
}

void TestServeWorkers::writeThroughOneIsReadThroughAnother()
{
    QVERIFY2(startServer(2), log().constData());
    const QByteArray list = "/track/interactions/?lead=" + QByteArray::number(m_lead);
    // Every worker keeps the list in its cache of answers first.
    for (int i = 0; i < 32; ++i)
        QCOMPARE(request(m_port, "GET", list).body, QByteArray("[]"));
    QCOMPARE(answeringPids().size(), 2);

    QSet<qint64> written;
    for (int round = 0; round < 5; ++round) {
        const QByteArray body = QJsonDocument(QJsonObject { { "lead", m_lead },
                                                            { "contact", m_contact },
                                                            { "interaction_type", "CALL" },
                                                            { "details", QString::number(round) } })
                                    .toJson(QJsonDocument::Compact);
        const Answer created = request(m_port, "POST", "/track/interactions/", body);
        QCOMPARE(created.status, 201);
        const qint64 id = QJsonDocument::fromJson(created.body)["id"].toInteger();
        QVERIFY(id > 0);
        written.insert(id);
        // At once, through whichever worker each connection reaches.
        for (int i = 0; i < 16; ++i) {
            const Answer one
                = request(m_port, "GET", "/track/interactions/" + QByteArray::number(id) + '/');
            QCOMPARE(one.status, 200);
            const Answer all = request(m_port, "GET", list);
            QCOMPARE(all.status, 200);
            QSet<qint64> listed;
            for (const QJsonValue &item : QJsonDocument::fromJson(all.body).array())
                listed.insert(item["id"].toInteger());
            QCOMPARE(listed, written);
        }
    }
}

void TestServeWorkers::concurrentCreatesAllLand()
{
    QVERIFY2(startServer(2), log().constData());
    constexpr int connections = 64;
    constexpr int perConnection = 8;
    // Each connection keeps its requests going one after another, all connections at once.
    struct Client
    {
        QTcpSocket *socket;
        int sent = 0;
        QByteArray received;
    };
    QList<Client> clients;
    QSet<qint64> acknowledged;
    QStringList failures;
    int answered = 0;
    const auto sendNext = [&](Client &client) {
        const QByteArray body
            = QJsonDocument(QJsonObject { { "lead", m_lead },
                                          { "contact", m_contact },
                                          { "interaction_type", "EMAIL" },
                                          { "details", QString::number(client.sent) } })
                  .toJson(QJsonDocument::Compact);
        client.socket->write("POST /track/interactions/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        ++client.sent;
    };
    clients.reserve(connections);
    for (int i = 0; i < connections; ++i) {
        clients.append({ new QTcpSocket(this), 0, QByteArray() });
        clients.last().socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    for (qsizetype i = 0; i < clients.size(); ++i) {
        QTcpSocket *socket = clients.at(i).socket;
        connect(socket, &QTcpSocket::connected, this, [&, i] { sendNext(clients[i]); });
        connect(socket, &QTcpSocket::readyRead, this, [&, i] {
            Client &client = clients[i];
            client.received += client.socket->readAll();
            // Answers to a create are small and carry Content-Length.
            for (;;) {
                const qsizetype split = client.received.indexOf("\r\n\r\n");
                if (split < 0)
                    return;
                const QRegularExpressionMatch length
                    = QRegularExpression(QStringLiteral("(?i)content-length: (\\d+)"))
                          .match(QString::fromLatin1(client.received.left(split)));
                const qsizetype size = length.hasMatch() ? length.captured(1).toLongLong() : 0;
                if (client.received.size() < split + 4 + size)
                    return;
                const int status = client.received.mid(9, 3).toInt();
                const QByteArray body = client.received.mid(split + 4, size);
                client.received.remove(0, split + 4 + size);
                ++answered;
                if (status == 201)
                    acknowledged.insert(QJsonDocument::fromJson(body)["id"].toInteger());
                else
                    failures << QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(body));
                if (client.sent < perConnection)
                    sendNext(client);
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, connections * perConnection, 60000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(acknowledged.size(), connections * perConnection);
    QCOMPARE(answeringPids().size(), 2);
    for (const Client &client : std::as_const(clients))
        delete client.socket;

    // Every acknowledged create is in the file once the server has stopped.
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(30000));
    QCOMPARE(m_server.exitCode(), 0);
    Database database;
    QVERIFY(database.open(m_path));
    InteractionStore store(database);
    QCOMPARE(store.count({}).value, qint64(connections * perConnection));
    for (const qint64 id : std::as_const(acknowledged))
        QVERIFY(store.get(id).ok());
}

void TestServeWorkers::stopsEveryWorker_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("signalName");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
}

void TestServeWorkers::stopsEveryWorker()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, signalName);
    QVERIFY2(startServer(3), log().constData());
    for (const qint64 pid : std::as_const(m_workerPids))
        QVERIFY(isRunning(pid));
    QCOMPARE(request(m_port, "GET", "/leads/").status, 200);
    ::kill(pid_t(m_server.processId()), signalNumber);
    QVERIFY(m_server.waitForFinished(30000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    for (const qint64 pid : std::as_const(m_workerPids))
        QVERIFY2(!isRunning(pid), qPrintable(QString::number(pid)));
    const QByteArray said = log();
    QCOMPARE(said.count(QStringLiteral("Stopping on %1.").arg(signalName).toUtf8()), 1);
    QVERIFY2(!said.contains("touchpoint serve:"), said.constData());
    QCOMPARE(request(m_port, "GET", "/leads/").status, 0);
}

void TestServeWorkers::workersStopWhenTheParentIsKilled()
{
    QVERIFY2(startServer(2), log().constData());
    m_server.kill();
    QVERIFY(m_server.waitForFinished(10000));
    for (const qint64 pid : std::as_const(m_workerPids))
        QTRY_VERIFY2_WITH_TIMEOUT(!isRunning(pid), qPrintable(QString::number(pid)), 10000);
}

void TestServeWorkers::replacesAWorkerThatDies()
{
    QVERIFY2(startServer(2), log().constData());
    const qint64 victim = m_workerPids.constFirst();
    ::kill(pid_t(victim), SIGKILL);
    const QRegularExpression replaced(
        QStringLiteral("Worker process %1 was ended by a signal. Worker process (\\d+) takes its "
                       "place.")
            .arg(victim));
    QTRY_VERIFY_WITH_TIMEOUT(replaced.match(QString::fromUtf8(log())).hasMatch(), 10000);
    const qint64 newcomer = replaced.match(QString::fromUtf8(log())).captured(1).toLongLong();
    m_workerPids.append(newcomer);
    QVERIFY(isRunning(newcomer));
    // The newcomer answers once it listens (the survivor meanwhile), and every connection is
    // answered.
    const auto askOnce = [this] {
        return request(m_port, "GET", "/leads/").status;
    };
    QTRY_VERIFY_WITH_TIMEOUT(askOnce() == 200 && answeringPids().contains(newcomer), 20000);
    for (int i = 0; i < 64; ++i)
        QCOMPARE(request(m_port, "GET", "/leads/").status, 200);
}

void TestServeWorkers::refusesWhatOneServerRefuses()
{
    // A port that another program listens on is refused, not shared.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess busy;
    busy.start(binary,
               { QStringLiteral("serve"), QStringLiteral("--workers"), QStringLiteral("2"),
                 QStringLiteral("--port"), QString::number(taken.serverPort()),
                 QStringLiteral("--database"), m_path });
    QVERIFY(busy.waitForFinished(10000));
    QCOMPARE(busy.exitCode(), 1);
    QVERIFY2(busy.readAllStandardError().startsWith(
                 QStringLiteral("touchpoint serve: Cannot listen on http://127.0.0.1:%1/: ")
                     .arg(taken.serverPort())
                     .toUtf8()),
             "");

    // So is a port that other workers listen on: two pools never share one.
    QVERIFY2(startServer(2), log().constData());
    QProcess second;
    second.start(binary,
                 { QStringLiteral("serve"), QStringLiteral("--workers"), QStringLiteral("2"),
                   QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--database"),
                   m_path });
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains("Cannot listen on"));

    // A file that is not Touchpoint's is refused once, and left as it was.
    const QString foreign = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content(4096, 'x');
    file.write(content);
    file.close();
    QProcess refused;
    refused.start(binary,
                  { QStringLiteral("serve"), QStringLiteral("--workers"), QStringLiteral("2"),
                    QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                    foreign });
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 1);
    const QByteArray error = refused.readAllStandardError();
    QCOMPARE(error.count("is not a Touchpoint database"), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestServeWorkers)
#include "tst_serveworkers.moc"
