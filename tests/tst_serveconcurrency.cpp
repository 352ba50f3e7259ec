// `touchpoint serve` and this process (standing in for the window) on one file at the same time:
// writes through the API and through a store interleave, every one lands, nobody is told
// "database is locked", each side reads the other's, and the watcher announces the server's.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestServeConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void windowAndServerWriteAtOnce();
};

void TestServeConcurrency::windowAndServerWriteAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database database;
    QVERIFY(database.open(path));
    LeadDraft leadDraft;
    leadDraft.name = QStringLiteral("Spice Garden");
    const qint64 lead = LeadStore(database).create(leadDraft).value.id;
    ContactDraft contactDraft;
    contactDraft.lead = lead;
    contactDraft.name = QStringLiteral("Asha");
    const qint64 contact = ContactStore(database).create(contactDraft).value.id;
    QVERIFY(lead > 0 && contact > 0);

    QProcess server;
    // Its log goes to a file: a pipe that nobody reads while the test runs would fill up and
    // stop the server.
    const QString logPath = dir.filePath(QStringLiteral("serve.log"));
    server.setStandardErrorFile(logPath);
    server.start(QStringLiteral(TOUCHPOINT_BINARY), { "serve", "--port", "0", "--database", path });
    QVERIFY(server.waitForStarted());
    quint16 port = 0;
    QByteArray log;
    const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    const auto readLog = [&logPath] {
        QFile file(logPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    for (int i = 0; i < 100 && !port; ++i) {
        QTest::qWait(100);
        log = readLog();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(log));
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(port, log.constData());
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(10000))
            server.kill();
    });

    QSignalSpy changes(&database, &Database::changed);
    constexpr int each = 100;
    QNetworkAccessManager network;
    QMap<qint64, QString> apiWrites; // id -> details, as the API acknowledged them
    QStringList apiFailures;
    int answered = 0;
    for (int i = 0; i < each; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/track/interactions/").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QString details = QStringLiteral("api %1").arg(i);
        const QByteArray body = QJsonDocument(QJsonObject { { "lead", lead },
                                                            { "contact", contact },
                                                            { "interaction_type", "CALL" },
                                                            { "details", details } })
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, details] {
            ++answered;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (status != 201)
                apiFailures << QStringLiteral("%1: %2").arg(status).arg(QString::fromUtf8(answer));
            else
                apiWrites.insert(QJsonDocument::fromJson(answer)["id"].toInteger(), details);
            reply->deleteLater();
        });
    }
    // Meanwhile the "window" writes through its store, one write per turn of the event loop,
    // so that both sides write while the other does.
    InteractionStore store(database);
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
    QTRY_COMPARE_WITH_TIMEOUT(answered, each, 60000);
    QVERIFY2(apiFailures.isEmpty(), qPrintable(apiFailures.join(QLatin1Char('\n'))));
    QVERIFY2(storeFailures.isEmpty(), qPrintable(storeFailures.join(QLatin1Char('\n'))));
    QCOMPARE(apiWrites.size(), each);
    QCOMPARE(storeWrites.size(), each);

    // The window sees every write of the server, and was told of them.
    for (auto it = apiWrites.cbegin(); it != apiWrites.cend(); ++it)
        QCOMPARE(store.get(it.key()).value.details, it.value());
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
    QCOMPARE(store.count({}).value, 2 * each);

    // The server sees every write of the window.
    QNetworkReply *list = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/track/interactions/").arg(port))));
    QTRY_VERIFY_WITH_TIMEOUT(list->isFinished(), 30000);
    const QJsonArray all = QJsonDocument::fromJson(list->readAll()).array();
    list->deleteLater();
    QCOMPARE(all.size(), 2 * each);
    QMap<qint64, QString> listed;
    for (const QJsonValue &item : all)
        listed.insert(item["id"].toInteger(), item["details"].toString());
    for (auto it = storeWrites.cbegin(); it != storeWrites.cend(); ++it)
        QCOMPARE(listed.value(it.key()), it.value());
    QVERIFY(!readLog().contains("database is locked"));
}

QTEST_GUILESS_MAIN(TestServeConcurrency)
#include "tst_serveconcurrency.moc"
