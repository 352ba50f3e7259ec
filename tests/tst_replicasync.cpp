// A team server (SQLite or PostgreSQL, its API on loopback) and replicas in SQLite files, in one
// process: joining downloads everything; records made offline reach the server under the same
// ids, by the token's person; different fields changed on both sides merge, the same field is a
// conflict where the server's value stands and the replica's is kept; a batch whose answer was
// lost is applied once; a replica of another version is refused; and a seeded random workload of
// three replicas and the server, going offline and coming back, ends with every replica equal to
// the server and every write a replica acknowledged on the server or in one of its conflicts.
#include "apiserver.h"
#include "apitoken.h"
#include "core/idspace.h"
#include "core/leaddraft.h"
#include "replicasync.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionfilter.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "storage/recordhistory.h"
#include "storage/replicastore.h"
#include "storage/schemamigrations.h"
#include "storage/syncfeed.h"
#include "support/replicacontent.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"
#include "support/testsamples.h"
#include "syncconnection.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using Kind = RecordHistory::Kind;
using Key = ReplicaRecordKey;

class TestReplicaSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void joiningDownloadsEverything();
    void offlineRecordsReachTheServerUnderTheirIds();
    void aFileWithRecordsJoinsAndSendsThem();
    void differentFieldsMergeTheSameFieldConflicts();
    void editAgainstDeleteIsAConflict();
    void aLeadDeletedWithThousandsOfInteractionsGoesInParts();
    void aBatchWhoseAnswerWasLostIsAppliedOnce();
    void anotherVersionIsRefused();
    void aWrongTokenIsRefusedAndNothingChanges();
    void anotherPersonsTokenCannotSyncTheReplica();
    void aServerOverTlsIsTrustedByTheCertificateGiven();
    void randomWorkloadEndsInStep();

private:
    QUrl url() const;
    Database &replica(int index);
    ReplicaSync::Summary join(int index);
    ReplicaSync::Summary round(int index);

    TestDatabase m_server;
    std::unique_ptr<ApiServer> m_api;
    QByteArray m_token;
    qint64 m_person = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Database>> m_replicas;
};

void TestReplicaSync::init()
{
    QVERIFY2(m_server.open(), qPrintable(m_server.errorMessage()));
    m_server->setReadBatching(true); // as `touchpoint serve` runs it
    const StoreResult<PersonStore::Added> asha = PersonStore(*m_server).add(QStringLiteral("Asha"));
    QVERIFY(asha.ok());
    m_token = asha.value.token;
    m_person = asha.value.person.id;
    m_api = std::make_unique<ApiServer>(*m_server);
    QVERIFY2(m_api->listen(QHostAddress::LocalHost, 0), qPrintable(m_api->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReplicaSync::cleanup()
{
    m_replicas.clear();
    m_dir.reset();
    m_api.reset();
    m_server.reset();
}

QUrl TestReplicaSync::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_api->serverPort()));
}

Database &TestReplicaSync::replica(int index)
{
    while (int(m_replicas.size()) <= index) {
        auto database = std::make_unique<Database>();
        const QString path
            = m_dir->filePath(QStringLiteral("replica-%1.sqlite").arg(m_replicas.size()));
        if (!database->open(path))
            qFatal("%s", qPrintable(database->errorMessage()));
        m_replicas.push_back(std::move(database));
    }
    return *m_replicas.at(index);
}

ReplicaSync::Summary TestReplicaSync::join(int index)
{
    return ReplicaSync(replica(index)).join(url(), m_token, QStringLiteral("laptop %1").arg(index));
}

ReplicaSync::Summary TestReplicaSync::round(int index)
{
    return ReplicaSync(replica(index)).round();
}

void TestReplicaSync::joiningDownloadsEverything()
{
    // Sample rows have no history: the download must not rely on the feed.
    QVERIFY(SampleData::fill(*m_server, testSamples(12, 3, 300)).ok());
    const qint64 lead = addLead(*m_server, QStringLiteral("With History"));
    QVERIFY(InteractionStore(*m_server)
                .create(interactionDraft(lead, addContact(*m_server, lead, QStringLiteral("Meera")),
                                         InteractionType::Order),
                        orderDraft(QStringLiteral("Rice"), 4, 1250))
                .ok());
    const ReplicaSync::Summary joined = join(0);
    QVERIFY2(joined.outcome == ReplicaSync::Outcome::InStep, qPrintable(joined.text()));
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(replica(0))),
             QString());
    QCOMPARE(replicaContentOf(replica(0)).size(), 12 + 36 + 300 + 3);
    // The download's interactions are in the word index, as any written here are.
    InteractionFilter everything;
    const QList<Interaction> all = InteractionStore(*m_server).list(everything).value;
    const auto described = std::find_if(
        all.cbegin(), all.cend(), [](const Interaction &one) { return one.details.size() >= 12; });
    QVERIFY(described != all.cend());
    InteractionFilter words;
    words.text = described->details.left(12);
    const qint64 onServer = InteractionStore(*m_server).count(words).value;
    QVERIFY(onServer > 0);
    QCOMPARE(InteractionStore(replica(0)).count(words).value, onServer);
    // In step: a second round sends and receives nothing.
    const ReplicaSync::Summary again = round(0);
    QCOMPARE(again.outcome, ReplicaSync::Outcome::InStep);
    QCOMPARE(again.sent, 0);
}

void TestReplicaSync::offlineRecordsReachTheServerUnderTheirIds()
{
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    Database &laptop = replica(0);
    const qint64 lead = addLead(laptop, QStringLiteral("Basement Kitchen"));
    const qint64 contact = addContact(laptop, lead, QStringLiteral("Chef Anil"));
    const StoreResult<Interaction> visit
        = InteractionStore(laptop).create(interactionDraft(lead, contact, InteractionType::Order),
                                          orderDraft(QStringLiteral("Spices"), 3, 4500));
    QVERIFY(visit.ok());
    QVERIFY(!IdSpace::isOwn(visit.value.id));
    QCOMPARE(ReplicaStore(laptop).status().value.waiting, 3);

    const ReplicaSync::Summary synced = round(0);
    QVERIFY2(synced.outcome == ReplicaSync::Outcome::InStep, qPrintable(synced.text()));
    QCOMPARE(synced.sent, 3);
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(laptop)),
             QString());
    QCOMPARE(InteractionStore(*m_server).get(visit.value.id).value.contact, contact);
    QCOMPARE(ReplicaStore(laptop).status().value.waiting, 0);
    // On the server, by the token's person, from that replica, with the time it was made.
    const auto history = RecordHistory(*m_server).of(Kind::Interaction, visit.value.id);
    QVERIFY(history.ok() && !history.value.isEmpty());
    QCOMPARE(history.value.constLast().person, std::optional<qint64>(m_person));
    QVERIFY(history.value.constLast().replica.has_value());
    QVERIFY(history.value.constLast().madeAt.isValid());

    // The history over HTTP says so too.
    SyncConnection connection(url(), m_token);
    const SyncConnection::Reply entries = connection.send(
        "GET", QStringLiteral("/track/interactions/%1/history/").arg(visit.value.id));
    QCOMPARE(entries.status, 200);
    const QJsonObject created = QJsonDocument::fromJson(entries.body).array().at(0).toObject();
    QCOMPARE(created.value("by").toString(), QStringLiteral("Asha"));
    QCOMPARE(created.value("replica").toInteger(),
             ReplicaStore(laptop).membership().value->replica);
    QVERIFY(created.value("made_at").toString().endsWith(QLatin1Char('Z')));

    // A second replica receives it under the same id.
    QVERIFY(join(1).outcome == ReplicaSync::Outcome::InStep);
    QCOMPARE(InteractionStore(replica(1)).orderDetails(visit.value.id).value.quantity, 3);
}

void TestReplicaSync::aFileWithRecordsJoinsAndSendsThem()
{
    QVERIFY(SampleData::fill(*m_server, testSamples(5, 2, 40)).ok());
    // A laptop that worked alone before: its records take ids of its block and go to the server.
    QVERIFY(SampleData::fill(replica(0), testSamples(30, 3, 1200, 7)).ok());
    const QMap<Key, QJsonObject> before = replicaContentOf(replica(0));
    const ReplicaSync::Summary joined = join(0);
    QVERIFY2(joined.outcome == ReplicaSync::Outcome::InStep, qPrintable(joined.text()));
    QCOMPARE(joined.sent, 30 + 90 + 1200);
    const QMap<Key, QJsonObject> server = replicaContentOf(*m_server);
    QCOMPARE(server.size(), 5 + 10 + 40 + 30 + 90 + 1200);
    QCOMPARE(replicaContentDifference(server, replicaContentOf(replica(0))), QString());
    // The same records, under new ids.
    qint64 fromTheLaptop = 0;
    for (auto it = server.constBegin(); it != server.constEnd(); ++it)
        fromTheLaptop += IdSpace::isOwn(it.key().second) ? 0 : 1;
    QCOMPARE(fromTheLaptop, before.size());
}

void TestReplicaSync::differentFieldsMergeTheSameFieldConflicts()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Cafe"));
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    LeadDraft city;
    city.city = QStringLiteral("Goa");
    QVERIFY(LeadStore(replica(0)).update(lead, city).ok());
    LeadDraft name;
    name.name = QStringLiteral("Cafe on the Server");
    QVERIFY(LeadStore(*m_server).update(lead, name).ok());
    ReplicaSync::Summary synced = round(0);
    QVERIFY2(synced.outcome == ReplicaSync::Outcome::InStep, qPrintable(synced.text()));
    QCOMPARE(LeadStore(*m_server).get(lead).value.city, QStringLiteral("Goa"));
    QCOMPARE(LeadStore(replica(0)).get(lead).value.name, QStringLiteral("Cafe on the Server"));

    // The same field on both sides: the server's stands, the replica's is kept.
    name.name = QStringLiteral("Laptop's Name");
    QVERIFY(LeadStore(replica(0)).update(lead, name).ok());
    name.name = QStringLiteral("Server's Name");
    QVERIFY(LeadStore(*m_server).update(lead, name).ok());
    synced = round(0);
    QCOMPARE(synced.outcome, ReplicaSync::Outcome::Conflicts);
    QCOMPARE(synced.conflicts, 1);
    QCOMPARE(LeadStore(*m_server).get(lead).value.name, QStringLiteral("Server's Name"));
    QCOMPARE(LeadStore(replica(0)).get(lead).value.name, QStringLiteral("Server's Name"));
    const auto kept = ReplicaStore(replica(0)).conflicts();
    QCOMPARE(kept.value.size(), 1);
    QCOMPARE(kept.value.at(0).fields.size(), 1);
    const QJsonObject field = kept.value.at(0).fields.at(0).toObject();
    QCOMPARE(field.value("field").toString(), QStringLiteral("name"));
    QCOMPARE(field.value("mine").toString(), QStringLiteral("Laptop's Name"));
    QCOMPARE(field.value("theirs").toString(), QStringLiteral("Server's Name"));
    QCOMPARE(field.value("base").toString(), QStringLiteral("Cafe on the Server"));

    // The laptop's own API lists it for integrations, with both values.
    ApiServer laptopApi(replica(0));
    QVERIFY2(laptopApi.listen(QHostAddress::LocalHost, 0), qPrintable(laptopApi.errorString()));
    SyncConnection local(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(laptopApi.serverPort())),
                         {});
    const SyncConnection::Reply listed = local.send("GET", QStringLiteral("/sync/conflicts/"));
    QCOMPARE(listed.status, 200);
    const QJsonArray conflicts = QJsonDocument::fromJson(listed.body).array();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value("kind").toString(), QStringLiteral("lead"));
    QCOMPARE(conflict.value("record_id").toInteger(), lead);
    QCOMPARE(conflict.value("outcome").toString(), QStringLiteral("fields"));
    QCOMPARE(conflict.value("mine").toObject().value("name").toString(),
             QStringLiteral("Laptop's Name"));
    QCOMPARE(conflict.value("theirs").toObject().value("name").toString(),
             QStringLiteral("Server's Name"));
    QCOMPARE(conflict.value("fields").toArray().at(0).toObject().value("field").toString(),
             QStringLiteral("name"));
}

void TestReplicaSync::editAgainstDeleteIsAConflict()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Cafe"));
    const qint64 contact = addContact(*m_server, lead, QStringLiteral("Ravi"));
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    ContactDraft role;
    role.role = QStringLiteral("Owner");
    QVERIFY(ContactStore(replica(0)).update(contact, role).ok());
    QVERIFY(ContactStore(*m_server).remove(contact).ok());
    const ReplicaSync::Summary synced = round(0);
    QCOMPARE(synced.outcome, ReplicaSync::Outcome::Conflicts);
    // The server's delete stands; the replica's edit is kept in the conflict.
    QCOMPARE(ContactStore(replica(0)).get(contact).status, StoreStatus::NotFound);
    const auto kept = ReplicaStore(replica(0)).conflicts();
    QCOMPARE(kept.value.size(), 1);
    QCOMPARE(kept.value.at(0).mine.value("role").toString(), QStringLiteral("Owner"));
    QVERIFY(kept.value.at(0).theirs.isEmpty());
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(replica(0))),
             QString());
}

void TestReplicaSync::aLeadDeletedWithThousandsOfInteractionsGoesInParts()
{
    // One transaction of the laptop's: more records than a batch, and more bytes than a request
    // may carry.
    const qint64 lead = addLead(*m_server, QStringLiteral("Big Account"));
    const qint64 contact = addContact(*m_server, lead, QStringLiteral("Buyer"));
    QList<InteractionDraft> drafts;
    for (int i = 0; i < 1200; ++i) {
        InteractionDraft draft = interactionDraft(lead, contact, InteractionType::Visit);
        draft.details = QStringLiteral("Visit %1: ").arg(i) + QString(3000, QLatin1Char('x'));
        drafts.append(draft);
    }
    for (const StoreResult<Interaction> &made : InteractionStore(*m_server).createMany(drafts))
        QVERIFY(made.ok());
    const qint64 kept = addLead(*m_server, QStringLiteral("Kept"));
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    QVERIFY(LeadStore(replica(0)).remove(lead).ok());
    LeadDraft city;
    city.city = QStringLiteral("After the delete");
    QVERIFY(LeadStore(replica(0)).update(kept, city).ok());

    const ReplicaSync::Summary synced = round(0);
    QVERIFY2(synced.outcome == ReplicaSync::Outcome::InStep, qPrintable(synced.text()));
    QCOMPARE(LeadStore(*m_server).get(lead).status, StoreStatus::NotFound);
    QCOMPARE(InteractionStore(*m_server).count({}).value, 0);
    QCOMPARE(LeadStore(*m_server).get(kept).value.city, QStringLiteral("After the delete"));
    QCOMPARE(ReplicaStore(replica(0)).status().value.waiting, 0);
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(replica(0))),
             QString());
}

void TestReplicaSync::aBatchWhoseAnswerWasLostIsAppliedOnce()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Cafe"));
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    Database &laptop = replica(0);
    LeadDraft city;
    city.city = QStringLiteral("Goa");
    QVERIFY(LeadStore(laptop).update(lead, city).ok());
    const qint64 made = addLead(laptop, QStringLiteral("Made Offline"));
    // The batch is kept, sent, and its answer lost on the way back.
    ReplicaStore store(laptop);
    const auto box = store.outbox(100);
    QCOMPARE(box.value.changes.size(), 2);
    QJsonArray changes;
    for (const ReplicaStore::Outgoing &out : box.value.changes)
        changes.append(QJsonObject {
            { "kind", RecordHistory::kindName(out.kind) },
            { "id", out.id },
            { "base", out.base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out.base) },
            { "mine", out.mine } });
    const QByteArray body
        = QJsonDocument(QJsonObject { { "protocol", 1 },
                                      { "schema", SchemaMigrations::latestVersion() },
                                      { "replica", store.membership().value->replica },
                                      { "batch", "lost-answer-batch" },
                                      { "changes", changes } })
              .toJson(QJsonDocument::Compact);
    QVERIFY(store.holdBatch(QStringLiteral("lost-answer-batch"), body, box.value.upTo).ok());
    SyncConnection connection(url(), m_token);
    const SyncConnection::Reply first
        = connection.send("POST", QStringLiteral("/sync/changes/"), body);
    QCOMPARE(first.status, 200);
    const qint64 revision = SyncFeed(*m_server).currentRevision().value;
    const qint64 changesOfLead = RecordHistory(*m_server).of(Kind::Lead, lead).value.size();

    // The next round sends the same batch again: answered as before, nothing applied twice.
    const ReplicaSync::Summary synced = round(0);
    QVERIFY2(synced.outcome == ReplicaSync::Outcome::InStep, qPrintable(synced.text()));
    QCOMPARE(SyncFeed(*m_server).currentRevision().value, revision);
    QCOMPARE(RecordHistory(*m_server).of(Kind::Lead, lead).value.size(), changesOfLead);
    QCOMPARE(RecordHistory(*m_server).of(Kind::Lead, made).value.size(), 1);
    const SyncConnection::Reply again
        = connection.send("POST", QStringLiteral("/sync/changes/"), body);
    QCOMPARE(again.body, first.body);
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(laptop)),
             QString());
}

void TestReplicaSync::anotherVersionIsRefused()
{
    SyncConnection connection(url(), m_token);
    const SyncConnection::Reply older = connection.send(
        "POST", QStringLiteral("/sync/join/"),
        QJsonDocument(QJsonObject { { "protocol", 1 },
                                    { "schema", SchemaMigrations::latestVersion() - 1 },
                                    { "name", "old laptop" } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(older.status, 409);
    QVERIFY(
        QJsonDocument::fromJson(older.body)
            .object()
            .value("detail")
            .toString()
            .contains(QStringLiteral("schema version %1").arg(SchemaMigrations::latestVersion())));
    const SyncConnection::Reply otherProtocol
        = connection.send("GET", QStringLiteral("/sync/changes/?protocol=2"));
    QCOMPARE(otherProtocol.status, 409);
    // No replica was registered: the next one to join gets the first blocks.
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    QCOMPARE(ReplicaStore(replica(0)).membership().value->blocks.constFirst(),
             IdSpace::firstBlockId);
}

void TestReplicaSync::aWrongTokenIsRefusedAndNothingChanges()
{
    const ReplicaSync::Summary refused
        = ReplicaSync(replica(0)).join(url(), "not-a-token", QStringLiteral("laptop"));
    QCOMPARE(refused.outcome, ReplicaSync::Outcome::Failed);
    QVERIFY2(refused.failure.contains(QStringLiteral("refused the token")),
             qPrintable(refused.failure));
    QVERIFY(!ReplicaStore(replica(0)).membership().value);
    // Unreachable: said so, and the file stays a replica waiting for the next round.
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    const qint64 lead = addLead(replica(0), QStringLiteral("Waiting"));
    m_api->close();
    const ReplicaSync::Summary offline = round(0);
    QCOMPARE(offline.outcome, ReplicaSync::Outcome::Failed);
    QVERIFY2(offline.failure.contains(QStringLiteral("Cannot reach")), qPrintable(offline.failure));
    QVERIFY(ReplicaStore(replica(0)).status().value.offlineSince.isValid());
    QCOMPARE(ReplicaStore(replica(0)).status().value.waiting, 1);
    QCOMPARE(LeadStore(replica(0)).get(lead).status, StoreStatus::Ok);
}

void TestReplicaSync::anotherPersonsTokenCannotSyncTheReplica()
{
    QVERIFY(join(0).outcome == ReplicaSync::Outcome::InStep);
    const StoreResult<PersonStore::Added> ravi = PersonStore(*m_server).add(QStringLiteral("Ravi"));
    QVERIFY(ravi.ok());
    addLead(replica(0), QStringLiteral("Asha's"));
    const qint64 replicaId = ReplicaStore(replica(0)).membership().value->replica;
    SyncConnection asRavi(url(), ravi.value.token);
    const SyncConnection::Reply refused = asRavi.send(
        "POST", QStringLiteral("/sync/blocks/"),
        QJsonDocument(QJsonObject { { "replica", replicaId } }).toJson(QJsonDocument::Compact));
    QCOMPARE(refused.status, 403);
    const SyncConnection::Reply batch
        = asRavi.send("POST", QStringLiteral("/sync/changes/"),
                      QJsonDocument(QJsonObject { { "protocol", 1 },
                                                  { "schema", SchemaMigrations::latestVersion() },
                                                  { "replica", replicaId },
                                                  { "batch", "ravi's" },
                                                  { "changes", QJsonArray() } })
                          .toJson(QJsonDocument::Compact));
    QCOMPARE(batch.status, 403);
    QVERIFY(RecordHistory(*m_server).of(Kind::Lead, IdSpace::firstBlockId).value.isEmpty());
}

void TestReplicaSync::aServerOverTlsIsTrustedByTheCertificateGiven()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    openssl.start(QStringLiteral("openssl"),
                  { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out",
                    "cert.pem", "-days", "2", "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost" });
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    QFile certificateFile(m_dir->filePath(QStringLiteral("cert.pem")));
    QFile keyFile(m_dir->filePath(QStringLiteral("key.pem")));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QByteArray certificate = certificateFile.readAll();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate, QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    m_api = std::make_unique<ApiServer>(*m_server);
    m_api->setTls(tls);
    QVERIFY2(m_api->listen(QHostAddress::LocalHost, 0), qPrintable(m_api->errorString()));
    const QUrl https(QStringLiteral("https://127.0.0.1:%1").arg(m_api->serverPort()));
    addLead(*m_server, QStringLiteral("Over TLS"));

    // A certificate nobody vouches for is refused, and nothing is written.
    const ReplicaSync::Summary untrusted
        = ReplicaSync(replica(0)).join(https, m_token, QStringLiteral("laptop"));
    QCOMPARE(untrusted.outcome, ReplicaSync::Outcome::Failed);
    QVERIFY(!ReplicaStore(replica(0)).membership().value);
    // Given as the one to trust, it is kept for the rounds after.
    const ReplicaSync::Summary joined
        = ReplicaSync(replica(0)).join(https, m_token, QStringLiteral("laptop"), certificate);
    QVERIFY2(joined.outcome == ReplicaSync::Outcome::InStep, qPrintable(joined.text()));
    addLead(replica(0), QStringLiteral("Made Offline"));
    const ReplicaSync::Summary synced = round(0);
    QVERIFY2(synced.outcome == ReplicaSync::Outcome::InStep, qPrintable(synced.text()));
    QCOMPARE(synced.sent, 1);
    QCOMPARE(replicaContentDifference(replicaContentOf(*m_server), replicaContentOf(replica(0))),
             QString());
}

void TestReplicaSync::randomWorkloadEndsInStep()
{
    constexpr int replicas = 3;
    constexpr int operations = 1000;
    QRandomGenerator random(20261203);
    for (int i = 0; i < 4; ++i)
        addContact(*m_server, addLead(*m_server, QStringLiteral("Seed %1").arg(i)),
                   QStringLiteral("Contact %1").arg(i));
    for (int i = 0; i < replicas; ++i)
        QVERIFY(join(i).outcome == ReplicaSync::Outcome::InStep);

    // Each acknowledged write of a field by a replica: at the end the server has the value, or a
    // later write (anyone's) touched the field or removed the record, or the replica kept it in a
    // conflict.
    struct Write
    {
        int actor; // -1: the server
        Kind kind;
        qint64 id;
        QString field;
        QJsonValue value;
        int sequence;
        qint64 lead = 0; // what removing takes it with it
        qint64 contact = 0;
    };
    QList<Write> writes;
    QHash<QString, int> removedAt; // "kind/id" -> sequence
    const auto keyOf = [](Kind kind, qint64 id) {
        return QStringLiteral("%1/%2").arg(int(kind)).arg(id);
    };
    std::vector<bool> online(replicas, true);
    int rounds = 0;
    for (int op = 0; op < operations; ++op) {
        const int actor = int(random.bounded(replicas + 1)) - 1;
        Database &db = actor < 0 ? *m_server : replica(actor);
        const QList<Lead> leads = LeadStore(db).list().value;
        const QList<Contact> contacts = ContactStore(db).list().value;
        const int action = int(random.bounded(100));
        if (actor >= 0 && action < 8) {
            online[actor] = !online[actor]; // goes offline, or comes back
            continue;
        }
        if (actor >= 0 && action < 30 && online[actor]) {
            const ReplicaSync::Summary synced = round(actor);
            QVERIFY2(synced.outcome != ReplicaSync::Outcome::Failed, qPrintable(synced.text()));
            ++rounds;
            continue;
        }
        if (leads.isEmpty() || action < 40) {
            const QString name = QStringLiteral("Lead %1").arg(op);
            const qint64 id = addLead(db, name);
            QVERIFY(id > 0);
            writes.append({ actor, Kind::Lead, id, QStringLiteral("name"), name, op });
        } else if (contacts.isEmpty() || action < 50) {
            const Lead &lead = leads.at(random.bounded(leads.size()));
            const QString name = QStringLiteral("Contact %1").arg(op);
            const qint64 id = addContact(db, lead.id, name);
            QVERIFY(id > 0);
            writes.append({ actor, Kind::Contact, id, QStringLiteral("name"), name, op, lead.id });
        } else if (action < 65) {
            const Contact &contact = contacts.at(random.bounded(contacts.size()));
            const StoreResult<Interaction> made = InteractionStore(db).create(
                interactionDraft(contact.lead, contact.id, InteractionType::Call));
            QVERIFY(made.ok());
            writes.append({ actor, Kind::Interaction, made.value.id,
                            QStringLiteral("interaction_type"), QStringLiteral("CALL"), op,
                            contact.lead, contact.id });
        } else if (action < 80) {
            const Lead &lead = leads.at(random.bounded(leads.size()));
            LeadDraft change;
            const bool city = random.bounded(2) == 0;
            const QString value = QStringLiteral("v%1").arg(op);
            (city ? change.city : change.notes) = value;
            QVERIFY(LeadStore(db).update(lead.id, change).ok());
            writes.append({ actor, Kind::Lead, lead.id,
                            city ? QStringLiteral("city") : QStringLiteral("notes"), value, op });
        } else if (action < 92) {
            const Contact &contact = contacts.at(random.bounded(contacts.size()));
            ContactDraft change;
            const QString value = QStringLiteral("r%1").arg(op);
            change.role = value;
            QVERIFY(ContactStore(db).update(contact.id, change).ok());
            writes.append({ actor, Kind::Contact, contact.id, QStringLiteral("role"), value, op,
                            contact.lead });
        } else if (action < 96) {
            const Contact &contact = contacts.at(random.bounded(contacts.size()));
            QVERIFY(ContactStore(db).remove(contact.id).ok());
            removedAt.insert(keyOf(Kind::Contact, contact.id), op);
        } else {
            const Lead &lead = leads.at(random.bounded(leads.size()));
            QVERIFY(LeadStore(db).remove(lead.id).ok());
            removedAt.insert(keyOf(Kind::Lead, lead.id), op);
        }
    }
    // Everyone back online, rounds until nobody sends or receives anything.
    for (int pass = 0; pass < 6; ++pass) {
        qint64 moved = 0;
        for (int i = 0; i < replicas; ++i) {
            const ReplicaSync::Summary synced = round(i);
            QVERIFY2(synced.outcome != ReplicaSync::Outcome::Failed, qPrintable(synced.text()));
            moved += synced.sent + synced.received;
        }
        if (moved == 0)
            break;
    }
    const QMap<Key, QJsonObject> server = replicaContentOf(*m_server);
    for (int i = 0; i < replicas; ++i)
        QCOMPARE(replicaContentDifference(server, replicaContentOf(replica(i))), QString());

    qint64 conflicts = 0;
    QHash<QString, QList<ReplicaStore::Conflict>> kept;
    for (int i = 0; i < replicas; ++i) {
        for (const ReplicaStore::Conflict &conflict : ReplicaStore(replica(i)).conflicts().value) {
            kept[QStringLiteral("%1:%2").arg(i).arg(keyOf(conflict.kind, conflict.record))].append(
                conflict);
            ++conflicts;
            // A conflict of fields only where both sides changed the field, to different values.
            for (const QJsonValue &value : conflict.fields) {
                const QJsonObject field = value.toObject();
                QVERIFY(field.value("mine") != field.value("base"));
                QVERIFY(field.value("theirs") != field.value("base"));
                QVERIFY(field.value("mine") != field.value("theirs"));
            }
        }
    }
    // Removed after it was written, or what it belongs to was (its lead, its contact).
    const auto removedAfter = [&](const Write &write) {
        const QStringList gone { keyOf(write.kind, write.id), keyOf(Kind::Lead, write.lead),
                                 keyOf(Kind::Contact, write.contact) };
        return std::any_of(gone.cbegin(), gone.cend(), [&](const QString &key) {
            return removedAt.value(key, -1) > write.sequence;
        });
    };
    int checked = 0;
    int onTheServer = 0;
    int superseded = 0;
    int inConflicts = 0;
    for (const Write &write : std::as_const(writes)) {
        if (write.actor < 0)
            continue;
        const QJsonObject onServer = server.value({ int(write.kind), write.id });
        if (onServer.value(write.field) == write.value) {
            ++checked;
            ++onTheServer;
            continue;
        }
        const bool later = std::any_of(writes.cbegin(), writes.cend(), [&](const Write &other) {
            return other.sequence > write.sequence && other.kind == write.kind
                && other.id == write.id && other.field == write.field;
        });
        if (later || removedAfter(write)) {
            ++checked;
            ++superseded;
            continue;
        }
        const QList<ReplicaStore::Conflict> mine
            = kept.value(QStringLiteral("%1:%2").arg(write.actor).arg(keyOf(write.kind, write.id)));
        const bool inConflict = std::any_of(mine.cbegin(), mine.cend(), [&](const auto &c) {
            return c.mine.value(write.field) == write.value;
        });
        QVERIFY2(inConflict,
                 qPrintable(QStringLiteral("replica %1's %2 of kind %3 id %4 = %5 lost")
                                .arg(write.actor)
                                .arg(write.field)
                                .arg(int(write.kind))
                                .arg(write.id)
                                .arg(write.value.toString())));
        ++checked;
        ++inConflicts;
    }
    QHash<QString, int> outcomes;
    for (const auto &list : std::as_const(kept))
        for (const ReplicaStore::Conflict &conflict : list)
            ++outcomes[conflict.outcome];
    qInfo("%d operations, %d rounds during them; %d replica writes: %d on the server, %d changed "
          "or removed later, %d in conflicts; conflicts kept: %lld (fields %d, edit against "
          "delete %d, delete against edit %d, rejected %d)",
          operations, rounds, checked, onTheServer, superseded, inConflicts, conflicts,
          outcomes.value(QStringLiteral("fields")),
          outcomes.value(QStringLiteral("server_deleted_replica_changed")),
          outcomes.value(QStringLiteral("replica_deleted_server_changed")),
          outcomes.value(QStringLiteral("rejected")));
    QVERIFY(rounds > 50);
}

QTEST_GUILESS_MAIN(TestReplicaSync)
#include "tst_replicasync.moc"
