// The server's side of the replicas: ReplicaRegistry's joins and blocks of ids, and
// ReplicaBatchStore's batches: each change merged with the server's record, written through the
// stores in one transaction with its origin in the history, parents before children, a refused
// change left out while the rest goes on, and the same batch sent again answered the same bytes
// and applied once.
#include "core/idspace.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "storage/recordhistory.h"
#include "storage/replicabatchstore.h"
#include "storage/replicaregistry.h"
#include "storage/syncfeed.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"
#include "json/jsonform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Kind = RecordHistory::Kind;
using Change = ReplicaBatchStore::Change;

class TestReplicaBatchStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void joinGrantsTwoBlocksOfItsOwn();
    void grantBlockAddsOneAfterTheLast();
    void historyIdIsMadeOnce();
    void createTakesOnlyAnIdOfTheReplicasBlocks();
    void aFieldChangedOnTheReplicaMerges();
    void differentFieldsOnBothSidesMergeSilently();
    void theSameFieldChangedOnBothIsAConflict();
    void editAgainstDeleteBothWays();
    void leadDeleteRefusedWhileTheServerHasAContact();
    void leadDeleteWithItsContactInTheBatchApplies();
    void aChildBeforeItsParentStillApplies();
    void aRejectedChangeLeavesTheRestApplied();
    void theSameBatchTwiceIsAnsweredTheSameAndAppliedOnce();
    void historyCarriesPersonReplicaAndMadeAt();
    void badInputIsRefusedAndWritesNothing();
    void readChangesReadsARequestBody();

private:
    QJsonObject lead(qint64 id) const;
    QJsonObject contact(qint64 id) const;
    QJsonObject send(const QString &batch, const QList<Change> &changes);
    static QJsonObject resultOf(const QJsonObject &answer, int index);

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
    qint64 m_replica = 0;
    QList<qint64> m_blocks;
};

void TestReplicaBatchStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice Garden"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Meera"));
    const StoreResult<ReplicaRegistry::Joined> joined
        = ReplicaRegistry(*m_database).join(QStringLiteral("laptop"));
    QVERIFY2(joined.ok(), qPrintable(joined.failure));
    m_replica = joined.value.replica;
    m_blocks = joined.value.blocks;
}

void TestReplicaBatchStore::cleanup()
{
    m_database.reset();
}

QJsonObject TestReplicaBatchStore::lead(qint64 id) const
{
    const StoreResult<Lead> found = LeadStore(*m_database).get(id);
    return found.ok() ? RecordHistory::objectOf(JsonForm::write(found.value)) : QJsonObject();
}

QJsonObject TestReplicaBatchStore::contact(qint64 id) const
{
    const StoreResult<Contact> found = ContactStore(*m_database).get(id);
    return found.ok() ? RecordHistory::objectOf(JsonForm::write(found.value)) : QJsonObject();
}

QJsonObject TestReplicaBatchStore::send(const QString &batch, const QList<Change> &changes)
{
    const StoreResult<QByteArray> answer
        = ReplicaBatchStore(*m_database).apply(m_replica, batch, changes);
    if (!answer.ok())
        qWarning("apply: %s %s", qPrintable(answer.failure),
                 qPrintable(answer.errors.englishSummary()));
    return QJsonDocument::fromJson(answer.value).object();
}

QJsonObject TestReplicaBatchStore::resultOf(const QJsonObject &answer, int index)
{
    return answer.value(QStringLiteral("results")).toArray().at(index).toObject();
}

void TestReplicaBatchStore::joinGrantsTwoBlocksOfItsOwn()
{
    QCOMPARE(m_blocks.size(), 2);
    QCOMPARE(m_blocks.at(0), IdSpace::firstBlockId);
    QCOMPARE(m_blocks.at(1), IdSpace::firstBlockId + IdSpace::blockSize);
    const StoreResult<ReplicaRegistry::Joined> second
        = ReplicaRegistry(*m_database).join(QStringLiteral("tablet"));
    QVERIFY(second.ok());
    QVERIFY(second.value.replica != m_replica);
    QCOMPARE(second.value.blocks,
             (QList<qint64> { IdSpace::firstBlockId + 2 * IdSpace::blockSize,
                              IdSpace::firstBlockId + 3 * IdSpace::blockSize }));
    QCOMPARE(second.value.revision, SyncFeed(*m_database).currentRevision().value);
    QCOMPARE(second.value.history, ReplicaRegistry(*m_database).historyId().value);
    QCOMPARE(ReplicaRegistry(*m_database).blocks(m_replica).value, m_blocks);
    QVERIFY(ReplicaRegistry(*m_database).owns(m_replica, m_blocks.at(1) + 5).value);
    QVERIFY(!ReplicaRegistry(*m_database).owns(second.value.replica, m_blocks.at(1) + 5).value);
    QVERIFY(!ReplicaRegistry(*m_database).owns(m_replica, m_lead).value);
    QCOMPARE(ReplicaRegistry(*m_database).join(QStringLiteral(" ")).status, StoreStatus::Invalid);
}

void TestReplicaBatchStore::grantBlockAddsOneAfterTheLast()
{
    ReplicaRegistry registry(*m_database);
    const StoreResult<qint64> granted = registry.grantBlock(m_replica);
    QVERIFY(granted.ok());
    QCOMPARE(granted.value, IdSpace::firstBlockId + 2 * IdSpace::blockSize);
    QCOMPARE(registry.blocks(m_replica).value.size(), 3);
    QCOMPARE(registry.grantBlock(m_replica + 100).status, StoreStatus::NotFound);
    QVERIFY(registry.exists(m_replica).value);
    QVERIFY(!registry.exists(m_replica + 100).value);
    QVERIFY(registry.touch(m_replica).ok());
    QCOMPARE(registry.touch(m_replica + 100).status, StoreStatus::NotFound);

    // The last block below 2^53 given: no more, and none written.
    QSqlQuery last(m_database->connection());
    QVERIFY2(last.exec(QStringLiteral("INSERT INTO id_blocks (first_id, replica_id, granted_at)"
                                      " VALUES (%1, %2, 0)")
                           .arg(IdSpace::end - IdSpace::blockSize)
                           .arg(m_replica)),
             qPrintable(last.lastError().text()));
    const StoreResult<qint64> beyond = registry.grantBlock(m_replica);
    QCOMPARE(beyond.status, StoreStatus::Invalid);
    QVERIFY(beyond.errors.has(QStringLiteral("non_field_errors")));
    QCOMPARE(registry.blocks(m_replica).value.size(), 4);
}

void TestReplicaBatchStore::historyIdIsMadeOnce()
{
    ReplicaRegistry registry(*m_database);
    const QString first = registry.historyId().value;
    QCOMPARE(first.size(), 36);
    QCOMPARE(registry.historyId().value, first);
}

void TestReplicaBatchStore::createTakesOnlyAnIdOfTheReplicasBlocks()
{
    const qint64 other
        = ReplicaRegistry(*m_database).join(QStringLiteral("tablet")).value.blocks.at(0);
    const qint64 own = m_blocks.at(0) + 1;
    const QJsonObject made { { QStringLiteral("name"), QStringLiteral("Chai Point") },
                             { QStringLiteral("status"), QStringLiteral("NEW") } };
    const QJsonObject answer = send(QStringLiteral("b1"),
                                    { { Kind::Lead, own, {}, made, {} },
                                      { Kind::Lead, other + 1, {}, made, {} },
                                      { Kind::Lead, 77, {}, made, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QCOMPARE(lead(own).value(QStringLiteral("name")).toString(), QStringLiteral("Chai Point"));
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("record")).toObject(), lead(own));
    for (const int index : { 1, 2 }) {
        const QJsonObject result = resultOf(answer, index);
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QVERIFY(result.value(QStringLiteral("errors")).toObject().contains(QStringLiteral("id")));
        QVERIFY(result.value(QStringLiteral("record")).isNull());
    }
    QVERIFY(lead(other + 1).isEmpty());
    QVERIFY(lead(77).isEmpty());
}

void TestReplicaBatchStore::aFieldChangedOnTheReplicaMerges()
{
    const QJsonObject base = lead(m_lead);
    QJsonObject mine = base;
    mine.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const QJsonObject answer
        = send(QStringLiteral("b1"), { { Kind::Lead, m_lead, base, mine, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QCOMPARE(lead(m_lead).value(QStringLiteral("city")).toString(), QStringLiteral("Pune"));
}

void TestReplicaBatchStore::differentFieldsOnBothSidesMergeSilently()
{
    const QJsonObject base = contact(m_contact);
    ContactDraft server;
    server.role = QStringLiteral("Chef");
    QVERIFY(ContactStore(*m_database).update(m_contact, server).ok());
    QJsonObject mine = base;
    mine.insert(QStringLiteral("phone"), QStringLiteral("+91 98220 12345"));
    const QJsonObject answer
        = send(QStringLiteral("b1"), { { Kind::Contact, m_contact, base, mine, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QCOMPARE(contact(m_contact).value(QStringLiteral("role")).toString(), QStringLiteral("Chef"));
    QCOMPARE(contact(m_contact).value(QStringLiteral("phone")).toString(),
             QStringLiteral("+91 98220 12345"));
}

void TestReplicaBatchStore::theSameFieldChangedOnBothIsAConflict()
{
    const QJsonObject base = lead(m_lead);
    LeadDraft server;
    server.name = QStringLiteral("Spice Garden, Pune");
    QVERIFY(LeadStore(*m_database).update(m_lead, server).ok());
    QJsonObject mine = base;
    mine.insert(QStringLiteral("name"), QStringLiteral("Spice Garden, Mumbai"));
    mine.insert(QStringLiteral("notes"), QStringLiteral("Call after 5"));
    const QJsonObject answer
        = send(QStringLiteral("b1"), { { Kind::Lead, m_lead, base, mine, {} } });
    const QJsonObject result = resultOf(answer, 0);
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("conflict"));
    QCOMPARE(result.value(QStringLiteral("merge")).toString(), QStringLiteral("fields"));
    const QJsonArray conflicts = result.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).toObject(),
             (QJsonObject { { QStringLiteral("field"), QStringLiteral("name") },
                            { QStringLiteral("base"), QStringLiteral("Spice Garden") },
                            { QStringLiteral("mine"), QStringLiteral("Spice Garden, Mumbai") },
                            { QStringLiteral("theirs"), QStringLiteral("Spice Garden, Pune") } }));
    // The server's value stands; the replica's change of another field is taken.
    QCOMPARE(lead(m_lead).value(QStringLiteral("name")).toString(),
             QStringLiteral("Spice Garden, Pune"));
    QCOMPARE(lead(m_lead).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Call after 5"));
    QCOMPARE(result.value(QStringLiteral("record")).toObject(), lead(m_lead));
}

void TestReplicaBatchStore::editAgainstDeleteBothWays()
{
    // The replica deleted a contact the server changed: the server's stands.
    const QJsonObject base = contact(m_contact);
    ContactDraft server;
    server.role = QStringLiteral("Chef");
    QVERIFY(ContactStore(*m_database).update(m_contact, server).ok());
    QJsonObject answer = send(QStringLiteral("b1"), { { Kind::Contact, m_contact, base, {}, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("merge")).toString(),
             QStringLiteral("replica_deleted_server_changed"));
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("record")).toObject(), contact(m_contact));

    // The replica changed a contact the server deleted: the delete stands.
    const QJsonObject changedBase = contact(m_contact);
    QVERIFY(ContactStore(*m_database).remove(m_contact).ok());
    QJsonObject mine = changedBase;
    mine.insert(QStringLiteral("phone"), QStringLiteral("123"));
    answer = send(QStringLiteral("b2"), { { Kind::Contact, m_contact, changedBase, mine, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("merge")).toString(),
             QStringLiteral("server_deleted_replica_changed"));
    QVERIFY(resultOf(answer, 0).value(QStringLiteral("record")).isNull());
    QVERIFY(contact(m_contact).isEmpty());
}

void TestReplicaBatchStore::leadDeleteRefusedWhileTheServerHasAContact()
{
    const QJsonObject base = lead(m_lead);
    const QJsonObject answer = send(QStringLiteral("b1"), { { Kind::Lead, m_lead, base, {}, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("merge")).toString(),
             QStringLiteral("replica_deleted_server_changed"));
    QCOMPARE(lead(m_lead), base);
    QVERIFY(!contact(m_contact).isEmpty());
}

void TestReplicaBatchStore::leadDeleteWithItsContactInTheBatchApplies()
{
    // Given lead first: the contact's delete still comes before the lead's.
    const QJsonObject answer = send(QStringLiteral("b1"),
                                    { { Kind::Lead, m_lead, lead(m_lead), {}, {} },
                                      { Kind::Contact, m_contact, contact(m_contact), {}, {} } });
    QCOMPARE(resultOf(answer, 0).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QCOMPARE(resultOf(answer, 1).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QVERIFY(lead(m_lead).isEmpty());
    QVERIFY(contact(m_contact).isEmpty());
}

void TestReplicaBatchStore::aChildBeforeItsParentStillApplies()
{
    const qint64 newLead = m_blocks.at(0) + 1;
    const qint64 newContact = m_blocks.at(0) + 2;
    const qint64 newInteraction = m_blocks.at(0) + 3;
    const QJsonObject interaction {
        { QStringLiteral("lead"), newLead },
        { QStringLiteral("contact"), newContact },
        { QStringLiteral("interaction_type"), QStringLiteral("ORDER") },
        { QStringLiteral("details"), QStringLiteral("First order") },
        { QStringLiteral("order_placed"), true },
        { QStringLiteral("date"), QStringLiteral("2026-12-03T10:14:00Z") },
        { QStringLiteral("order_details.product_details"), QStringLiteral("Basmati") },
        { QStringLiteral("order_details.quantity"), 40 },
        { QStringLiteral("order_details.total_price"), 125.5 },
        { QStringLiteral("order_details.order_date"), QStringLiteral("2026-12-03T10:14:00Z") },
    };
    const QJsonObject answer
        = send(QStringLiteral("b1"),
               { { Kind::Interaction, newInteraction, {}, interaction, {} },
                 { Kind::Contact,
                   newContact,
                   {},
                   { { QStringLiteral("lead"), newLead },
                     { QStringLiteral("name"), QStringLiteral("Ravi") } },
                   {} },
                 { Kind::Lead,
                   newLead,
                   {},
                   { { QStringLiteral("name"), QStringLiteral("Chai Point") } },
                   {} } });
    for (int index = 0; index < 3; ++index)
        QCOMPARE(resultOf(answer, index).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("merged"));
    const StoreResult<OrderDetails> order
        = InteractionStore(*m_database).orderDetails(newInteraction);
    QVERIFY(order.ok());
    QCOMPARE(order.value.quantity, 40);
    QJsonObject record = resultOf(answer, 0).value(QStringLiteral("record")).toObject();
    record.remove(QStringLiteral("id"));
    QCOMPARE(record, interaction);
}

void TestReplicaBatchStore::aRejectedChangeLeavesTheRestApplied()
{
    QJsonObject mine = lead(m_lead);
    mine.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const qint64 orphan = m_blocks.at(0) + 7;
    const QJsonObject answer = send(
        QStringLiteral("b1"),
        { { Kind::Contact,
            orphan,
            {},
            { { QStringLiteral("lead"), 999 }, { QStringLiteral("name"), QStringLiteral("Ravi") } },
            {} },
          { Kind::Lead, m_lead, lead(m_lead), mine, {} } });
    const QJsonObject rejected = resultOf(answer, 0);
    QCOMPARE(rejected.value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    QVERIFY(rejected.value(QStringLiteral("errors")).toObject().contains(QStringLiteral("lead")));
    QVERIFY(contact(orphan).isEmpty());
    QCOMPARE(resultOf(answer, 1).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("merged"));
    QCOMPARE(lead(m_lead).value(QStringLiteral("city")).toString(), QStringLiteral("Pune"));
}

void TestReplicaBatchStore::theSameBatchTwiceIsAnsweredTheSameAndAppliedOnce()
{
    QJsonObject mine = lead(m_lead);
    mine.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const QList<Change> changes { { Kind::Lead, m_lead, lead(m_lead), mine, {} },
                                  { Kind::Lead,
                                    m_blocks.at(0) + 1,
                                    {},
                                    { { QStringLiteral("name"), QStringLiteral("Chai Point") } },
                                    {} } };
    ReplicaBatchStore store(*m_database);
    const StoreResult<QByteArray> first = store.apply(m_replica, QStringLiteral("b1"), changes);
    QVERIFY(first.ok());
    const qint64 revision = SyncFeed(*m_database).currentRevision().value;
    const qint64 historyRows = rowCount(*m_database, QStringLiteral("record_changes"));
    QCOMPARE(
        QJsonDocument::fromJson(first.value).object().value(QStringLiteral("revision")).toInteger(),
        revision);
    // Someone changes the lead on the server meanwhile: the batch sent again must not undo it.
    LeadDraft server;
    server.city = QStringLiteral("Nashik");
    QVERIFY(LeadStore(*m_database).update(m_lead, server).ok());
    const StoreResult<QByteArray> second = store.apply(m_replica, QStringLiteral("b1"), changes);
    QVERIFY(second.ok());
    QCOMPARE(second.value, first.value);
    QCOMPARE(SyncFeed(*m_database).currentRevision().value, revision + 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("record_changes")), historyRows + 1);
    QCOMPARE(lead(m_lead).value(QStringLiteral("city")).toString(), QStringLiteral("Nashik"));
}

void TestReplicaBatchStore::historyCarriesPersonReplicaAndMadeAt()
{
    const qint64 asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value.person.id;
    m_database->setActingPerson(asha);
    QJsonObject mine = lead(m_lead);
    mine.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const QDateTime madeAt
        = QDateTime::fromString(QStringLiteral("2026-12-03T10:14:00Z"), Qt::ISODate);
    send(QStringLiteral("b1"), { { Kind::Lead, m_lead, lead(m_lead), mine, madeAt } });
    m_database->setActingPerson(std::nullopt);
    const QList<RecordHistory::Entry> entries
        = RecordHistory(*m_database).of(Kind::Lead, m_lead).value;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).person, asha);
    QCOMPARE(entries.at(1).replica, m_replica);
    QCOMPARE(entries.at(1).madeAt, madeAt);
    // Made here: no replica, no time of a replica, and no origin left set for the next write.
    QVERIFY(!entries.at(0).replica);
    QVERIFY(!entries.at(0).madeAt.isValid());
    QVERIFY(!m_database->changeOrigin());
    LeadDraft later;
    later.notes = QStringLiteral("here");
    QVERIFY(LeadStore(*m_database).update(m_lead, later).ok());
    QVERIFY(!RecordHistory(*m_database).of(Kind::Lead, m_lead).value.last().replica);
}

void TestReplicaBatchStore::badInputIsRefusedAndWritesNothing()
{
    QJsonObject mine = lead(m_lead);
    mine.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const QList<Change> changes { { Kind::Lead, m_lead, lead(m_lead), mine, {} } };
    const qint64 historyRows = rowCount(*m_database, QStringLiteral("record_changes"));
    ReplicaBatchStore store(*m_database);
    QCOMPARE(store.apply(m_replica + 100, QStringLiteral("b1"), changes).status,
             StoreStatus::Invalid);
    QCOMPARE(store.apply(m_replica, QString(), changes).status, StoreStatus::Invalid);
    QCOMPARE(
        store.apply(m_replica, QStringLiteral("b1"), { { Kind::Lead, 0, {}, mine, {} } }).status,
        StoreStatus::Invalid);
    QCOMPARE(store
                 .apply(m_replica, QStringLiteral("b1"),
                        QList<Change>(ReplicaBatchStore::mostChanges + 1, changes.at(0)))
                 .status,
             StoreStatus::Invalid);
    QCOMPARE(rowCount(*m_database, QStringLiteral("record_changes")), historyRows);
    QCOMPARE(rowCount(*m_database, QStringLiteral("sync_batches")), 0);
    QCOMPARE(lead(m_lead).value(QStringLiteral("city")).toString(), QString());
}

void TestReplicaBatchStore::readChangesReadsARequestBody()
{
    const QJsonObject body
        = QJsonDocument::fromJson(
              R"({"replica":3,"batch":"x","changes":[)"
              R"({"kind":"lead","id":5,"base":null,"mine":{"name":"A"},"made_at":"2026-12-03T10:14:00Z"},)"
              R"({"kind":"contact","id":6,"base":{"name":"B"},"mine":null}]})")
              .object();
    ValidationErrors errors;
    const QList<Change> changes = ReplicaBatchStore::readChanges(body, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, Kind::Lead);
    QCOMPARE(changes.at(0).id, 5);
    QVERIFY(changes.at(0).base.isEmpty());
    QCOMPARE(changes.at(0).mine.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
    QCOMPARE(changes.at(0).madeAt,
             QDateTime::fromString(QStringLiteral("2026-12-03T10:14:00Z"), Qt::ISODate));
    QCOMPARE(changes.at(1).kind, Kind::Contact);
    QVERIFY(changes.at(1).mine.isEmpty());
    QVERIFY(!changes.at(1).madeAt.isValid());

    for (const char *bad :
         { R"({"changes":[{"kind":"deal","id":5}]})", R"({"changes":[{"kind":"lead"}]})",
           R"({"changes":[{"kind":"lead","id":5,"mine":3}]})",
           R"({"changes":[{"kind":"lead","id":5,"made_at":"soon"}]})", R"({"changes":{}})",
           R"({})" }) {
        ValidationErrors refused;
        QVERIFY(ReplicaBatchStore::readChanges(QJsonDocument::fromJson(bad).object(), refused)
                    .isEmpty());
        QVERIFY2(refused.has(QStringLiteral("changes")), bad);
    }
}

QTEST_GUILESS_MAIN(TestReplicaBatchStore)
#include "tst_replicabatchstore.moc"
