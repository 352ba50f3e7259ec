// Two `touchpoint serve` processes and this process (standing in for the window) on one database
// at the same time, on SQLite's file and on PostgreSQL (BOTH_BACKENDS): writes through both
// servers and through a store interleave, every one lands once, nobody is told "database is
// locked", each side reads the others', the watcher announces the servers', and a server asked
// right after another acknowledged a write answers with it, never a stale list.
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <array>

namespace {

// One `touchpoint serve` on a free port. Its log goes to a file: a pipe that nobody reads while
// the test runs would fill up and stop the server.
struct Server
{
    QProcess process;
    QString logPath;
    quint16 port = 0;

    QByteArray log() const
    {
        QFile file(logPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
};

// Starts server on database and waits for the port it tells; false (with its log) if it does
// not tell one within 10 s.
bool start(Server &server, const QString &database, const QString &logPath)
{
    server.logPath = logPath;
    server.process.setStandardErrorFile(logPath);
    server.process.start(QStringLiteral(TOUCHPOINT_BINARY),
                         { "serve", "--port", "0", "--database", database });
    if (!server.process.waitForStarted())
        return false;
    const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    for (int i = 0; i < 100 && !server.port; ++i) {
        QTest::qWait(100);
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(server.log()));
        if (match.hasMatch())
            server.port = quint16(match.captured(1).toUInt());
    }
    return server.port != 0;
}

void stop(Server &server)
{
    server.process.terminate();
    if (!server.process.waitForFinished(10000))
        server.process.kill();
}

QByteArray interactionBody(qint64 lead, qint64 contact, const QString &details)
{
    return QJsonDocument(QJsonObject { { "lead", lead },
                                       { "contact", contact },
                                       { "interaction_type", "CALL" },
                                       { "details", details } })
        .toJson(QJsonDocument::Compact);
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

// One request, waited for: the next one is sent only after this one's answer arrived.
Answer send(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
            const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->readAll() };
    reply->deleteLater();
    return answer;
}

// id -> details of a list as the API answered it.
QMap<qint64, QString> detailsById(const QByteArray &list)
{
    QMap<qint64, QString> listed;
    for (const QJsonValue &item : QJsonDocument::fromJson(list).array())
        listed.insert(item["id"].toInteger(), item["details"].toString());
    return listed;
}

} // namespace

class TestServeConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void windowAndTwoServersWriteAtOnce();
};

void TestServeConcurrency::windowAndTwoServersWriteAtOnce()
{
    TestDatabase database;
    QVERIFY2(database.open(QStringLiteral("shared.sqlite")), qPrintable(database.errorMessage()));
    const qint64 lead = addLead(*database, QStringLiteral("Spice Garden"));
    const qint64 contact = addContact(*database, lead, QStringLiteral("Asha"));
    QVERIFY(lead > 0 && contact > 0);

    std::array<Server, 2> servers;
    const auto stopServers = qScopeGuard([&servers] {
        for (Server &server : servers)
            stop(server);
    });
    for (int s = 0; s < 2; ++s) {
        QVERIFY2(start(servers[s], database.location(),
                       database.filePath(QStringLiteral("serve%1.log").arg(s + 1))),
                 servers[s].log().constData());
    }

    QSignalSpy changes(database.get(), &Database::changed);
    constexpr int each = 100;
    QNetworkAccessManager network;
    std::array<QMap<qint64, QString>, 2> apiWrites; // id -> details, as each server acknowledged
    QStringList apiFailures;
    int answered = 0;
    for (int i = 0; i < each; ++i) {
        for (int s = 0; s < 2; ++s) {
            QNetworkRequest request(servers[s].url(QStringLiteral("/track/interactions/")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            const QString details = QStringLiteral("api%1 %2").arg(s + 1).arg(i);
            QNetworkReply *reply = network.post(request, interactionBody(lead, contact, details));
            connect(reply, &QNetworkReply::finished, this, [&, reply, details, s] {
                ++answered;
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = reply->readAll();
                if (status != 201)
                    apiFailures << QStringLiteral("server %1: %2: %3")
                                       .arg(s + 1)
                                       .arg(status)
                                       .arg(QString::fromUtf8(answer));
                else
                    apiWrites[s].insert(QJsonDocument::fromJson(answer)["id"].toInteger(), details);
                reply->deleteLater();
            });
        }
    }
    // Meanwhile the "window" writes through its store, one write per turn of the event loop,
    // so that every side writes while the others do.
    InteractionStore store(*database);
    QMap<qint64, QString> storeWrites;
    QStringList storeFailures;
    for (int i = 0; i < each; ++i) {
        InteractionDraft draft;
        draft.lead = lead;
        draft.contact = contact;
        draft.type = InteractionType::Visit;
        draft.details = QStringLiteral("window %1").arg(i);
        const StoreResult<Interaction> made = store.create(draft);
        if (made.ok())
            storeWrites.insert(made.value.id, *draft.details);
        else
            storeFailures << made.failure;
        QTest::qWait(i % 10 == 0 ? 5 : 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2 * each, 60000);
    QVERIFY2(apiFailures.isEmpty(), qPrintable(apiFailures.join(QLatin1Char('\n'))));
    QVERIFY2(storeFailures.isEmpty(), qPrintable(storeFailures.join(QLatin1Char('\n'))));
    QCOMPARE(apiWrites[0].size(), each);
    QCOMPARE(apiWrites[1].size(), each);
    QCOMPARE(storeWrites.size(), each);
    // No id was handed out twice, across the three writers.
    QMap<qint64, QString> allWrites = storeWrites;
    allWrites.insert(apiWrites[0]);
    allWrites.insert(apiWrites[1]);
    QCOMPARE(allWrites.size(), 3 * each);

    // The window sees every write of both servers, and was told of them.
    for (const QMap<qint64, QString> &writes : apiWrites) {
        for (auto it = writes.cbegin(); it != writes.cend(); ++it)
            QCOMPARE(store.get(it.key()).value.details, it.value());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
    QCOMPARE(store.count({}).value, 3 * each);

    // Each server sees every write: the window's, the other server's and its own.
    for (const Server &server : servers) {
        const Answer list = send(
            network, "GET", server.url(QStringLiteral("/track/interactions/?lead=%1").arg(lead)));
        QCOMPARE(list.status, 200);
        QCOMPARE(detailsById(list.body), allWrites);
    }

    // No stale read: each server has the list of a second lead cached (asked after every
    // write), and a write acknowledged by one writer is in the very next answer of both servers.
    const qint64 freshLead = addLead(*database, QStringLiteral("Tandoor Corner"));
    const qint64 freshContact = addContact(*database, freshLead, QStringLiteral("Meera"));
    QVERIFY(freshLead > 0 && freshContact > 0);
    const QString freshList = QStringLiteral("/track/interactions/?lead=%1").arg(freshLead);
    QMap<qint64, QString> fresh;
    for (const Server &server : servers) {
        const Answer list = send(network, "GET", server.url(freshList));
        QCOMPARE(list.status, 200);
        QVERIFY(detailsById(list.body).isEmpty());
    }
    for (int round = 0; round < 10; ++round) {
        for (int writer = 0; writer < 3; ++writer) {
            const QString details = QStringLiteral("round %1 writer %2").arg(round).arg(writer);
            if (writer < 2) {
                const Answer made = send(
                    network, "POST", servers[writer].url(QStringLiteral("/track/interactions/")),
                    interactionBody(freshLead, freshContact, details));
                QCOMPARE(made.status, 201);
                fresh.insert(QJsonDocument::fromJson(made.body)["id"].toInteger(), details);
            } else {
                InteractionDraft draft;
                draft.lead = freshLead;
                draft.contact = freshContact;
                draft.type = InteractionType::Visit;
                draft.details = details;
                const StoreResult<Interaction> made = store.create(draft);
                QVERIFY2(made.ok(), qPrintable(made.failure));
                fresh.insert(made.value.id, details);
            }
            for (int s = 0; s < 2; ++s) {
                const Answer list = send(network, "GET", servers[s].url(freshList));
                QCOMPARE(list.status, 200);
                QVERIFY2(detailsById(list.body) == fresh,
                         qPrintable(QStringLiteral("server %1 after \"%2\": %3")
                                        .arg(s + 1)
                                        .arg(details, QString::fromUtf8(list.body))));
            }
        }
    }

    for (const Server &server : servers)
        QVERIFY(!server.log().contains("database is locked"));
}

QTEST_GUILESS_MAIN(TestServeConcurrency)
#include "tst_serveconcurrency.moc"
