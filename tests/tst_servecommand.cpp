// `touchpoint serve` as a user runs it: the built binary serves on loopback, logs each request,
// stops cleanly on SIGTERM and SIGINT, and refuses a bad command line with a clear message.
#include "support/testdatabase.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace {

const QString binary = QStringLiteral(TOUCHPOINT_BINARY);

// Waits, with the event loop running, until the process has written text matching pattern to
// stderr; answers the match.
QRegularExpressionMatch waitForStderr(QProcess &process, QByteArray &seen,
                                      const QRegularExpression &pattern, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        seen += process.readAllStandardError();
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(seen));
        if (match.hasMatch())
            return match;
        if (process.state() == QProcess::NotRunning)
            break;
        QEventLoop loop;
        QObject::connect(&process, &QProcess::readyReadStandardError, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    seen += process.readAllStandardError();
    return pattern.match(QString::fromUtf8(seen));
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestServeCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void servesLogsAndStops_data();
    void servesLogsAndStops();
    void staysQuietWhenAsked();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesAPortInUse();
    void refusesAForeignFile();
    void answersHelpAndVersion();

private:
    QByteArray get(quint16 port, const QString &path, int *status);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServeCommand::init()
{
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestServeCommand::get(quint16 port, const QString &path, int *status)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void TestServeCommand::servesLogsAndStops_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("signalName");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
}

void TestServeCommand::servesLogsAndStops()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, signalName);
    // A new file that serve makes; or, in the run against PostgreSQL, a new database there.
    TestDatabase server;
    if (TestDatabase::onPostgres())
        QVERIFY2(server.open(), qPrintable(server.errorMessage()));
    const QString database = TestDatabase::onPostgres()
        ? server.location()
        : m_dir->filePath(QStringLiteral("serve.sqlite"));
    QProcess process;
    process.start(binary,
                  { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--database"), database });
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QByteArray seen;
    const QRegularExpressionMatch listening = waitForStderr(
        process, seen, QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/")));
    QVERIFY2(listening.hasMatch(), seen.constData());
    const quint16 port = listening.captured(1).toUShort();
    QVERIFY(port != 0);

    int status = 0;
    QCOMPARE(get(port, QStringLiteral("/track/interactions/?lead=2"), &status), QByteArray("[]"));
    QCOMPARE(status, 200);
    QCOMPARE(get(port, QStringLiteral("/nowhere"), &status),
             QByteArray(R"({"detail":"Not found."})"));
    QCOMPARE(status, 404);
    // One line per request: method, path, status, milliseconds.
    QVERIFY2(
        waitForStderr(process, seen,
                      QRegularExpression(QStringLiteral(
                          "\\n\\S+ GET /track/interactions/\\?lead=2 200 [0-9]+\\.[0-9] ms\\n")))
            .hasMatch(),
        seen.constData());
    QVERIFY2(
        waitForStderr(process, seen,
                      QRegularExpression(QStringLiteral("\\n\\S+ GET /nowhere 404 [0-9.]+ ms\\n")))
            .hasMatch(),
        seen.constData());

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    seen += process.readAllStandardError();
    QVERIFY2(seen.contains(QStringLiteral("Stopping on %1.").arg(signalName).toUtf8()),
             seen.constData());
}

void TestServeCommand::staysQuietWhenAsked()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QProcess process;
    process.start(binary,
                  { QStringLiteral("serve"), QStringLiteral("--quiet"), QStringLiteral("--bind"),
                    QStringLiteral("localhost"), QStringLiteral("--port"), QString::number(port),
                    QStringLiteral("--database"),
                    m_dir->filePath(QStringLiteral("quiet.sqlite")) });
    QVERIFY(process.waitForStarted());
    int status = 0;
    QByteArray body;
    for (int attempt = 0; attempt < 50 && status == 0; ++attempt) {
        body = get(port, QStringLiteral("/leads"), &status);
        if (status == 0)
            QTest::qWait(100);
    }
    QCOMPARE(status, 200);
    QCOMPARE(body, QByteArray("[]"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void TestServeCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("port text") << QStringList { QStringLiteral("--port"), QStringLiteral("http") }
                               << 2 << "\"http\" is not a port number (0 to 65535).";
    QTest::newRow("port too large")
        << QStringList { QStringLiteral("--port"), QStringLiteral("65536") } << 2
        << "\"65536\" is not a port number (0 to 65535).";
    QTest::newRow("port negative") << QStringList { QStringLiteral("--port=-1") } << 2
                                   << "\"-1\" is not a port number (0 to 65535).";
    QTest::newRow("address") << QStringList { QStringLiteral("--bind"),
                                              QStringLiteral("300.1.1.1") }
                             << 2 << "\"300.1.1.1\" is not an IP address to listen on.";
    QTest::newRow("cache size text")
        << QStringList { QStringLiteral("--cache-mb"), QStringLiteral("lots") } << 2
        << "\"lots\" is not a size in MiB (0 to 4096).";
    QTest::newRow("cache size too large") << QStringList { QStringLiteral("--cache-mb=5000") } << 2
                                          << "\"5000\" is not a size in MiB (0 to 4096).";
    QTest::newRow("workers zero") << QStringList { QStringLiteral("--workers=0") } << 2
                                  << "\"0\" is not a number of workers (1 to 64).";
    QTest::newRow("workers text") << QStringList { QStringLiteral("--workers"),
                                                   QStringLiteral("many") }
                                  << 2 << "\"many\" is not a number of workers (1 to 64).";
    QTest::newRow("workers too many") << QStringList { QStringLiteral("--workers=65") } << 2
                                      << "\"65\" is not a number of workers (1 to 64).";
    QTest::newRow("extra argument")
        << QStringList { QStringLiteral("now") } << 2 << "Unexpected argument \"now\".";
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--colour") } << 1 << "Unknown option 'colour'.";
}

void TestServeCommand::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess process;
    process.start(binary,
                  QStringList { QStringLiteral("serve"), QStringLiteral("--database"),
                                m_dir->filePath(QStringLiteral("never.sqlite")) }
                      + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.sqlite"))));
}

void TestServeCommand::refusesAPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(binary,
                  { QStringLiteral("serve"), QStringLiteral("--port"),
                    QString::number(taken.serverPort()), QStringLiteral("--database"),
                    m_dir->filePath(QStringLiteral("busy.sqlite")) });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(
        error.startsWith(QStringLiteral("touchpoint serve: Cannot listen on http://127.0.0.1:%1/: ")
                             .arg(taken.serverPort())),
        qPrintable(error));
}

void TestServeCommand::refusesAForeignFile()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content(4096, 'x');
    file.write(content);
    file.close();
    QProcess process;
    process.start(binary,
                  { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--database"), path });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("is not a Touchpoint database")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestServeCommand::answersHelpAndVersion()
{
    QProcess help;
    help.start(binary, { QStringLiteral("serve"), QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option :
         { "--bind <address>", "--port <port>", "--database <path>", "--quiet", "--workers <n>",
           "--tls-cert <file>", "--tls-key <file>", "--insecure-http" })
        QVERIFY2(helpText.contains(QLatin1String(option)), qPrintable(helpText));
    QVERIFY2(helpText.simplified().contains(
                 QLatin1String("postgresql://USER@HOST:PORT/DBNAME (?sslmode=require")),
             qPrintable(helpText));

    QProcess version;
    version.start(binary, { QStringLiteral("serve"), QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.readAllStandardOutput().trimmed(),
             QByteArray("touchpoint " TOUCHPOINT_VERSION));
}

QTEST_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
