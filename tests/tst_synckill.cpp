// The sync killed as in the field, with the processes a team runs: `touchpoint serve` (the team
// server, on SQLite or PostgreSQL, its person added with `touchpoint users add`, the token in a
// file) and `touchpoint join` / `touchpoint sync` on a replica file, each killed with SIGKILL
// partway and run again. The server killed inside the sending of a replica's batches ends
// holding every record made offline exactly once, under its id; the laptop killed inside its
// download or a fetch of the feed ends equal to the server, nothing twice, nothing lost; and a
// batch an older Touchpoint held, which the server refuses for its version (409), is let go and
// its record sent again in this version's batch, once.
#include "replicasync.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/recordhistory.h"
#include "storage/replicastore.h"
#include "storage/schemamigrations.h"
#include "storage/syncfeed.h"
#include "support/replicacontent.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"
#include "support/testsamples.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using Kind = RecordHistory::Kind;
using Key = ReplicaRecordKey;

namespace {

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A touchpoint command run to its end (at most two minutes).
Finished runTouchpoint(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TOUCHPOINT_BINARY), arguments);
    Finished finished;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        finished.err = "did not finish within two minutes";
        return finished;
    }
    finished.exitCode
        = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -process.exitCode();
    finished.out = process.readAllStandardOutput();
    finished.err = process.readAllStandardError();
    return finished;
}

// A port nobody listens on now: the server is started again on it after a kill, as the replica
// keeps the server's address. It is taken below the kernel's range of ports it hands out to
// "port 0" (ip_local_port_range, 32768 and up), or a server of another test started while this
// one's is down could be given it.
quint16 freePort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    qFatal("no free port below 32000");
    return 0;
}

} // namespace

class TestSyncKill final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void serverKilledInsideASentBatch();
    void laptopKilledInsideItsDownloadAndFetch();
    void aBatchHeldByAnOlderVersionIsSentAgainInThisOne();

private:
    bool startServer();
    void killServer();
    QString serverLog() const;
    QStringList join() const;
    QStringList sync() const;
    // `touchpoint sync` until it exits 0 (at most a few times): the exit codes seen.
    QList<int> syncUntilInStep();
    std::unique_ptr<Database> openReplica() const;

    TestDatabase m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    int m_serverStarts = 0;
};

void TestSyncKill::init()
{
    QVERIFY2(m_server.open(), qPrintable(m_server.errorMessage()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Finished added
        = runTouchpoint({ "users", "add", "Asha", "--database", m_server.location() });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QFile token(m_dir->filePath(QStringLiteral("asha.token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(added.out);
    token.close();
    m_port = freePort();
    m_serverStarts = 0;
    QVERIFY2(startServer(), qPrintable(serverLog()));
}

void TestSyncKill::cleanup()
{
    if (m_serve) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(10'000))
            m_serve->kill();
        m_serve->waitForFinished();
        m_serve.reset();
    }
    m_dir.reset();
    m_server.reset();
}

bool TestSyncKill::startServer()
{
    // A port freed by a kill can be refused for a moment: try again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        ++m_serverStarts;
        m_serve = std::make_unique<QProcess>();
        // A file, not a pipe: a pipe nobody reads would fill up and stop the server.
        m_serve->setStandardErrorFile(
            m_dir->filePath(QStringLiteral("serve-%1.log").arg(m_serverStarts)));
        m_serve->start(
            QStringLiteral(TOUCHPOINT_BINARY),
            { "serve", "--port", QString::number(m_port), "--database", m_server.location() });
        if (!m_serve->waitForStarted())
            return false;
        const QString listening = QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
        for (int i = 0; i < 100; ++i) {
            if (serverLog().contains(listening))
                return true;
            if (m_serve->waitForFinished(100))
                break;
        }
        m_serve->kill();
        m_serve->waitForFinished();
        QThread::msleep(250);
    }
    return false;
}

void TestSyncKill::killServer()
{
    m_serve->kill(); // SIGKILL
    m_serve->waitForFinished();
    m_serve.reset();
}

QString TestSyncKill::serverLog() const
{
    QFile log(m_dir->filePath(QStringLiteral("serve-%1.log").arg(m_serverStarts)));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QStringList TestSyncKill::join() const
{
    return { "join",         QStringLiteral("http://127.0.0.1:%1").arg(m_port),
             "--database",   m_dir->filePath(QStringLiteral("laptop.sqlite")),
             "--token-file", m_dir->filePath(QStringLiteral("asha.token")),
             "--name",       "laptop" };
}

QStringList TestSyncKill::sync() const
{
    return { "sync", "--database", m_dir->filePath(QStringLiteral("laptop.sqlite")) };
}

QList<int> TestSyncKill::syncUntilInStep()
{
    QList<int> codes;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Finished synced = runTouchpoint(sync());
        codes.append(synced.exitCode);
        if (synced.exitCode == 0)
            break;
        qInfo("touchpoint sync exited %d: %s", synced.exitCode, synced.err.trimmed().constData());
    }
    return codes;
}

std::unique_ptr<Database> TestSyncKill::openReplica() const
{
    auto database = std::make_unique<Database>();
    if (!database->open(m_dir->filePath(QStringLiteral("laptop.sqlite"))))
        qFatal("%s", qPrintable(database->errorMessage()));
    return database;
}

void TestSyncKill::serverKilledInsideASentBatch()
{
    const qint64 serverLead = addLead(*m_server, QStringLiteral("On the Server"));
    QVERIFY(serverLead > 0);
    const Finished joined = runTouchpoint(join());
    QVERIFY2(joined.exitCode == 0, joined.err.constData());

    // Each cycle: records made offline, several batches' worth; the server killed after the
    // given count of batches was committed and a delay: inside the next batch, sent and not
    // committed. A kill of the server lands after a commit and before the answer is out only
    // by chance, so one cycle kills the laptop instead the moment a batch is committed: that
    // batch's answer is lost for sure, and the sending goes on with the server as it was.
    struct Cycle
    {
        int batchesCommitted;
        int delayMs;
        bool killLaptop = false;
    };
    const QList<Cycle> cycles {
        { 1, 0 }, { 1, 10 }, { 1, 0, true }, { 1, 40 }, { 2, 5 }, { 2, 120 }
    };
    QSet<QString> moments;
    QMap<Key, bool> madeOffline;
    int killedWhileSending = 0;
    for (int c = 0; c < cycles.size(); ++c) {
        {
            std::unique_ptr<Database> laptop = openReplica();
            InteractionStore interactions(*laptop);
            for (int l = 0; l < 80; ++l) {
                const qint64 lead = addLead(*laptop, QStringLiteral("Offline %1-%2").arg(c).arg(l));
                QVERIFY(lead > 0);
                madeOffline.insert({ int(Kind::Lead), lead }, true);
                const qint64 contact
                    = addContact(*laptop, lead, QStringLiteral("Contact %1-%2").arg(c).arg(l));
                QVERIFY(contact > 0);
                madeOffline.insert({ int(Kind::Contact), contact }, true);
                // A transaction's records go in one batch: twenty at a time, so that the
                // records fill several batches of ReplicaSync::batchSize.
                QList<InteractionDraft> drafts;
                for (int i = 0; i < 20; ++i)
                    drafts.append(interactionDraft(lead, contact, InteractionType::Call));
                for (const StoreResult<Interaction> &made : interactions.createMany(drafts)) {
                    QVERIFY(made.ok());
                    madeOffline.insert({ int(Kind::Interaction), made.value.id }, true);
                }
            }
            QVERIFY(ReplicaStore(*laptop).status().value.waiting > 2 * ReplicaSync::batchSize);
        }
        const qint64 before = SyncFeed(*m_server).currentRevision().value;
        QProcess sending;
        sending.start(QStringLiteral(TOUCHPOINT_BINARY), sync());
        QVERIFY(sending.waitForStarted());
        bool killed = false;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60'000) {
            if (SyncFeed(*m_server).currentRevision().value
                >= before + cycles[c].batchesCommitted) {
                QThread::msleep(cycles[c].delayMs);
                killed = sending.state() == QProcess::Running;
                if (cycles[c].killLaptop)
                    sending.kill();
                else
                    killServer();
                break;
            }
            if (sending.waitForFinished(2))
                break;
        }
        QVERIFY2(sending.waitForFinished(60'000), "touchpoint sync did not end after the kill");
        if (killed) {
            ++killedWhileSending;
            if (cycles[c].killLaptop)
                QCOMPARE(sending.exitStatus(), QProcess::CrashExit);
            else
                QCOMPARE(sending.exitCode(), 1);
            // Which moment the kill met: a batch held and not answered, and whether the
            // server had committed it (its answer lost) or not (its transaction cut off).
            const qint64 committed = SyncFeed(*m_server).currentRevision().value - before;
            std::unique_ptr<Database> laptop = openReplica();
            const QString held = ReplicaStore(*laptop).membership().value->pendingBatch;
            QSqlQuery answered(m_server->connection());
            answered.prepare(QStringLiteral("SELECT count(*) FROM sync_batches WHERE batch = ?"));
            answered.addBindValue(held);
            QVERIFY(answered.exec() && answered.next());
            const char *moment = held.isEmpty()  ? "between batches"
                : answered.value(0).toInt() == 1 ? "after a batch's commit, its answer lost"
                                                 : "inside a batch, before its commit";
            moments.insert(QString::fromLatin1(moment));
            qInfo("cycle %d: %s killed %d ms after %d batches were committed (%lld then): %s; "
                  "%s",
                  c + 1, cycles[c].killLaptop ? "the laptop" : "the server", cycles[c].delayMs,
                  cycles[c].batchesCommitted, committed, moment,
                  sending.readAllStandardError().trimmed().constData());
        }
        if (!m_serve)
            QVERIFY2(startServer(), qPrintable(serverLog()));
        const QList<int> codes = syncUntilInStep();
        QCOMPARE(codes.constLast(), 0);
    }
    QCOMPARE(killedWhileSending, cycles.size());
    QVERIFY(moments.contains(QStringLiteral("after a batch's commit, its answer lost")));
    QVERIFY(moments.contains(QStringLiteral("inside a batch, before its commit")));

    // Every record made offline is on the server once: under its id, made once.
    const QMap<Key, QJsonObject> onServer = replicaContentOf(*m_server);
    RecordHistory history(*m_server);
    for (auto it = madeOffline.constBegin(); it != madeOffline.constEnd(); ++it) {
        QVERIFY2(onServer.contains(it.key()),
                 qPrintable(QStringLiteral("kind %1 id %2 is not on the server")
                                .arg(it.key().first)
                                .arg(it.key().second)));
        const StoreResult<QList<RecordHistory::Entry>> changes
            = history.of(Kind(it.key().first), it.key().second);
        QVERIFY(changes.ok());
        const qsizetype created = std::count_if(
            changes.value.cbegin(), changes.value.cend(), [](const RecordHistory::Entry &entry) {
                return entry.change == RecordHistory::Change::Created;
            });
        QVERIFY2(created == 1,
                 qPrintable(QStringLiteral("kind %1 id %2 was created %3 times on the server")
                                .arg(it.key().first)
                                .arg(it.key().second)
                                .arg(created)));
    }
    QCOMPARE(onServer.size(), madeOffline.size() + 1);
    std::unique_ptr<Database> laptop = openReplica();
    QCOMPARE(replicaContentDifference(onServer, replicaContentOf(*laptop)), QString());
    QCOMPARE(ReplicaStore(*laptop).status().value.waiting, 0);
}

void TestSyncKill::laptopKilledInsideItsDownloadAndFetch()
{
    // Sample rows (no history) for the download, then changes with history for the feed.
    QVERIFY(SampleData::fill(*m_server, testSamples(40, 3, 24'000)).ok());
    const QList<Contact> contacts = ContactStore(*m_server).list().value;
    QVERIFY(!contacts.isEmpty());
    InteractionStore interactions(*m_server);
    const auto changeOnServer = [&](int round, int count) {
        // A hundred at a time, each hundred a revision: the feed's pages hold many revisions.
        for (int done = 0; done < count; done += 100) {
            QList<InteractionDraft> drafts;
            for (int i = 0; i < 100; ++i) {
                const Contact &contact = contacts.at((done + i) % contacts.size());
                InteractionDraft draft
                    = interactionDraft(contact.lead, contact.id, InteractionType::Email);
                draft.details = QStringLiteral("round %1 #%2").arg(round).arg(done + i);
                drafts.append(draft);
            }
            for (const StoreResult<Interaction> &made : interactions.createMany(drafts))
                if (!made.ok())
                    return false;
        }
        // And edits of sample rows, each its own revision.
        for (int i = 0; i < 20; ++i) {
            InteractionDraft change;
            change.details = QStringLiteral("edited in round %1").arg(round);
            if (!interactions.update(1 + round * 20 + i, change).ok())
                return false;
        }
        return true;
    };

    // The join killed inside its download: after the first page, and well inside the
    // interactions (its progress says how far it is); then run again, with the server changed
    // meanwhile.
    int serverRound = 0;
    for (const qint64 killAfter : { qint64(1), qint64(10'000) }) {
        QProcess joining;
        joining.setReadChannel(QProcess::StandardError); // where its progress goes
        joining.start(QStringLiteral(TOUCHPOINT_BINARY), join());
        QVERIFY(joining.waitForStarted());
        const QRegularExpression progress(QStringLiteral("(\\d+)"));
        bool killed = false;
        QByteArray told;
        while (!killed && joining.waitForReadyRead(60'000)) {
            told += joining.readAllStandardError();
            for (const QByteArray &line : told.split('\n')) {
                const QRegularExpressionMatch number = progress.match(QString::fromUtf8(line));
                if (number.hasMatch() && number.captured(1).toLongLong() >= killAfter) {
                    joining.kill();
                    killed = true;
                    break;
                }
            }
        }
        joining.waitForFinished();
        QVERIFY2(killed, told.constData());
        QCOMPARE(joining.exitStatus(), QProcess::CrashExit);
        QVERIFY(changeOnServer(serverRound++, 300));
    }
    Finished joined = runTouchpoint(join());
    QVERIFY2(joined.exitCode == 0, joined.err.constData());
    {
        std::unique_ptr<Database> laptop = openReplica();
        QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(*laptop)),
                 QString());
    }

    // The sync killed inside its fetch of the feed: after a page or two was written here,
    // pages of ReplicaSync::pageSize; then run again.
    int killedWhileFetching = 0;
    for (const int pagesWritten : { 1, 2 }) {
        QVERIFY(changeOnServer(serverRound++, 5 * ReplicaSync::pageSize));
        qint64 pulled = 0;
        {
            std::unique_ptr<Database> laptop = openReplica();
            pulled = ReplicaStore(*laptop).membership().value->pulledRevision;
        }
        std::unique_ptr<Database> watching = openReplica();
        ReplicaStore watched(*watching);
        QProcess fetching;
        fetching.start(QStringLiteral(TOUCHPOINT_BINARY), sync());
        QVERIFY(fetching.waitForStarted());
        qint64 seenPages = 0;
        bool killed = false;
        while (!fetching.waitForFinished(2)) {
            const StoreResult<std::optional<ReplicaStore::Membership>> now = watched.membership();
            if (now.ok() && now.value && now.value->pulledRevision > pulled) {
                pulled = now.value->pulledRevision;
                if (++seenPages >= pagesWritten) {
                    fetching.kill();
                    fetching.waitForFinished();
                    killed = fetching.exitStatus() == QProcess::CrashExit;
                    break;
                }
            }
        }
        watching.reset();
        if (killed)
            ++killedWhileFetching;
        const QList<int> codes = syncUntilInStep();
        QCOMPARE(codes.constLast(), 0);
        std::unique_ptr<Database> laptop = openReplica();
        QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(*laptop)),
                 QString());
        QCOMPARE(rowCount(*laptop, QStringLiteral("interactions")),
                 rowCount(*m_server, QStringLiteral("interactions")));
    }
    QCOMPARE(killedWhileFetching, 2);
}

void TestSyncKill::aBatchHeldByAnOlderVersionIsSentAgainInThisOne()
{
    const Finished joined = runTouchpoint(join());
    QVERIFY2(joined.exitCode == 0, joined.err.constData());
    // The file holds a batch an older Touchpoint made and did not hear the answer to: it is
    // sent again as it was, of the older schema.
    qint64 made = 0;
    {
        std::unique_ptr<Database> laptop = openReplica();
        made = addLead(*laptop, QStringLiteral("Made by an Older Touchpoint"));
        ReplicaStore store(*laptop);
        const StoreResult<ReplicaStore::Outbox> box = store.outbox(ReplicaSync::batchSize);
        QCOMPARE(box.value.changes.size(), 1);
        const ReplicaStore::Outgoing &out = box.value.changes.constFirst();
        const QJsonArray changes { QJsonObject { { "kind", RecordHistory::kindName(out.kind) },
                                                 { "id", out.id },
                                                 { "base", QJsonValue(QJsonValue::Null) },
                                                 { "mine", out.mine } } };
        const QByteArray body
            = QJsonDocument(QJsonObject { { "protocol", 1 },
                                          { "schema", SchemaMigrations::latestVersion() - 1 },
                                          { "replica", store.membership().value->replica },
                                          { "batch", "older-batch" },
                                          { "changes", changes } })
                  .toJson(QJsonDocument::Compact);
        QVERIFY(store.holdBatch(QStringLiteral("older-batch"), body, box.value.upTo).ok());
    }
    // Refused for its version, it is let go: its record still waits, and goes in this
    // version's batch, once.
    const Finished synced = runTouchpoint(sync());
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(LeadStore(*m_server).get(made).value.name,
             QStringLiteral("Made by an Older Touchpoint"));
    QCOMPARE(RecordHistory(*m_server).of(RecordHistory::Kind::Lead, made).value.size(), 1);
    std::unique_ptr<Database> laptop = openReplica();
    QCOMPARE(ReplicaStore(*laptop).status().value.waiting, 0);
    QVERIFY(ReplicaStore(*laptop).membership().value->pendingBatch.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
