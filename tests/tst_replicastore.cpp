// ReplicaStore, a replica's own side of the sync, without a server: joining takes the file's
// own ids into its block; what the server sends is written without history (so never sent back)
// and waits while the record has changes of its own or its lead is not there yet; what waits to
// be sent carries the base it was changed from; an answer is written unless the record changed
// again since it was sent; conflicts are kept.
#include "core/idspace.h"
#include "core/leaddraft.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionfilter.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/replicastore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using Kind = RecordHistory::Kind;

namespace {

constexpr qint64 block = IdSpace::firstBlockId + 7 * IdSpace::blockSize;
constexpr qint64 secondBlock = IdSpace::firstBlockId + 8 * IdSpace::blockSize;

QJsonObject lead(qint64 id, const QString &name, const QString &city = {})
{
    return { { QStringLiteral("id"), id },        { QStringLiteral("name"), name },
             { QStringLiteral("status"), "NEW" }, { QStringLiteral("city"), city },
             { QStringLiteral("phone"), "" },     { QStringLiteral("email"), "" },
             { QStringLiteral("notes"), "" } };
}

QJsonObject contact(qint64 id, qint64 lead, const QString &name)
{
    return { { QStringLiteral("id"), id },     { QStringLiteral("lead"), lead },
             { QStringLiteral("name"), name }, { QStringLiteral("role"), "" },
             { QStringLiteral("email"), "" },  { QStringLiteral("phone"), "" } };
}

} // namespace

class TestReplicaStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void joiningTakesTheOwnIdsIntoTheBlock();
    void aFileWithRecordsJoinsUnderIdsOfTheBlock();
    void aReplicaCannotJoinAgain();
    void sampleDataStaysOutOfAReplica();
    void whatTheServerSentIsNotSentBack();
    void outboxCarriesTheBaseOfEachChange();
    void changedAndChangedBackIsNotSent();
    void aRecordWithOwnChangesWaitsForItsAnswer();
    void aContactBeforeItsLeadWaitsForIt();
    void aDeleteWaitsWhileWhatItTakesHasOwnChanges();
    void answersAreWrittenAndConflictsKept();
    void anAnswerDoesNotOverwriteALaterChange();
    void aResolvedConflictIsNoLongerListed();
    void serverIdsAboveTheBlockLeaveTheMark();
    void aUsedUpBlockMovesToTheNext();

private:
    void join();
    ReplicaStore::Incoming incoming(Kind kind, const QJsonObject &record, qint64 revision = 1);

    TestDatabase m_database;
};

void TestReplicaStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestReplicaStore::cleanup()
{
    m_database.reset();
}

void TestReplicaStore::join()
{
    ReplicaStore::Membership joining;
    joining.server = QStringLiteral("http://127.0.0.1:1");
    joining.token = "t0ken";
    joining.replica = 3;
    joining.history = QStringLiteral("h1");
    joining.snapshotRevision = 40;
    joining.blocks = { block, secondBlock };
    const StoreResult<ReplicaStore::Membership> begun = ReplicaStore(*m_database).begin(joining);
    QVERIFY2(begun.ok(), qPrintable(begun.failure + begun.errors.englishSummary()));
    // Nothing to download in these tests.
    QVERIFY(ReplicaStore(*m_database).applySnapshot({}, std::nullopt, 0).ok());
}

ReplicaStore::Incoming TestReplicaStore::incoming(Kind kind, const QJsonObject &record,
                                                  qint64 revision)
{
    return { kind, record.value(QStringLiteral("id")).toInteger(), revision, record };
}

void TestReplicaStore::joiningTakesTheOwnIdsIntoTheBlock()
{
    join();
    const auto member = ReplicaStore(*m_database).membership();
    QVERIFY(member.ok() && member.value);
    QCOMPARE(member.value->replica, 3);
    QCOMPARE(member.value->pulledRevision, 40);
    QVERIFY(member.value->downloaded());
    QCOMPARE(member.value->blocks, QList<qint64>({ block, secondBlock }));
    const qint64 id = addLead(*m_database, QStringLiteral("Offline Dhaba"));
    QCOMPARE(id, block);
    QCOMPARE(addContact(*m_database, id, QStringLiteral("Meera")), block);
    QVERIFY(!ReplicaStore(*m_database).wantsBlock().value);
}

void TestReplicaStore::aFileWithRecordsJoinsUnderIdsOfTheBlock()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Offline Dhaba"));
    const qint64 other = addLead(*m_database, QStringLiteral("Second Lead"));
    const qint64 contact = addContact(*m_database, other, QStringLiteral("Meera"));
    InteractionDraft visit = interactionDraft(other, contact, InteractionType::Order);
    visit.details = QStringLiteral("tasting of the saffron menu");
    const StoreResult<Interaction> made
        = InteractionStore(*m_database)
              .create(visit, orderDraft(QStringLiteral("Saffron"), 2, 900));
    QVERIFY(made.ok());
    LeadDraft rename;
    rename.city = QStringLiteral("Nagpur");
    QVERIFY(LeadStore(*m_database).update(lead, rename).ok());
    const ReplicaStore::Held held = ReplicaStore(*m_database).held().value;
    QCOMPARE(held.leads, 2);
    QCOMPARE(held.contacts, 1);
    QCOMPARE(held.interactions, 1);

    join();
    // Each kind from the block's first id on, in the order made; references follow.
    QCOMPARE(LeadStore(*m_database).get(block).value.name, QStringLiteral("Offline Dhaba"));
    QCOMPARE(LeadStore(*m_database).get(block).value.city, QStringLiteral("Nagpur"));
    QCOMPARE(ContactStore(*m_database).get(block).value.lead, block + 1);
    const Interaction moved = InteractionStore(*m_database).get(block).value;
    QCOMPARE(moved.lead, block + 1);
    QCOMPARE(moved.contact, block);
    QCOMPARE(InteractionStore(*m_database).orderDetails(block).value.quantity, 2);
    QCOMPARE(LeadStore(*m_database).get(lead).status, StoreStatus::NotFound);
    // Found by its words under its new id; its history went with it.
    InteractionFilter saffron;
    saffron.text = QStringLiteral("saffron menu");
    const QList<Interaction> found = InteractionStore(*m_database).list(saffron).value;
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).id, block);
    QCOMPARE(RecordHistory(*m_database).of(Kind::Lead, block).value.size(), 3);
    // They wait to be sent as made here.
    const auto box = ReplicaStore(*m_database).outbox(100);
    QCOMPARE(box.value.changes.size(), 4);
    for (const ReplicaStore::Outgoing &out : box.value.changes) {
        QVERIFY(out.base.isEmpty());
        QVERIFY(!IdSpace::isOwn(out.id));
    }
    QCOMPARE(box.value.changes.at(0).mine.value("city").toString(), QStringLiteral("Nagpur"));
    // New records go on after them.
    QCOMPARE(addLead(*m_database, QStringLiteral("Third")), block + 2);
    QCOMPARE(addContact(*m_database, block, QStringLiteral("Ravi")), block + 1);
}

void TestReplicaStore::aReplicaCannotJoinAgain()
{
    join();
    ReplicaStore::Membership joining;
    joining.server = QStringLiteral("http://127.0.0.1:2");
    joining.token = "t";
    joining.replica = 9;
    joining.blocks = { secondBlock + IdSpace::blockSize };
    const StoreResult<ReplicaStore::Membership> begun = ReplicaStore(*m_database).begin(joining);
    QCOMPARE(begun.status, StoreStatus::Invalid);
    QCOMPARE(ReplicaStore(*m_database).membership().value->replica, 3);
}

void TestReplicaStore::sampleDataStaysOutOfAReplica()
{
    join();
    const StoreResult<SampleData::Counts> filled = SampleData::fill(*m_database, {});
    QCOMPARE(filled.status, StoreStatus::Failed);
    QVERIFY2(filled.failure.contains(QStringLiteral("replica")), qPrintable(filled.failure));
    QCOMPARE(ReplicaStore(*m_database).held().value.leads, 0);
}

void TestReplicaStore::whatTheServerSentIsNotSentBack()
{
    join();
    ReplicaStore store(*m_database);
    const auto written = store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")),
                                           incoming(Kind::Contact, contact(6, 5, "Ravi")) },
                                         41);
    QVERIFY2(written.ok(), qPrintable(written.failure));
    QCOMPARE(written.value, 2);
    QCOMPARE(LeadStore(*m_database).get(5).value.name, QStringLiteral("Server Cafe"));
    QCOMPARE(store.membership().value->pulledRevision, 41);
    QVERIFY(store.outbox(100).value.changes.isEmpty());
    QCOMPARE(store.status().value.waiting, 0);
}

void TestReplicaStore::outboxCarriesTheBaseOfEachChange()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe", "Pune")) }, 41).ok());
    LeadDraft rename;
    rename.name = QStringLiteral("Renamed Cafe");
    QVERIFY(LeadStore(*m_database).update(5, rename).ok());
    const qint64 made = addLead(*m_database, QStringLiteral("Made Here"));
    QVERIFY(LeadStore(*m_database).remove(made).ok());
    const qint64 kept = addLead(*m_database, QStringLiteral("Kept Here"));

    const auto box = store.outbox(100);
    QVERIFY2(box.ok(), qPrintable(box.failure));
    QCOMPARE(box.value.changes.size(), 2); // made and removed here: nothing to send
    const ReplicaStore::Outgoing &changed = box.value.changes.at(0);
    QCOMPARE(changed.kind, Kind::Lead);
    QCOMPARE(changed.id, 5);
    QCOMPARE(changed.base, lead(5, "Server Cafe", "Pune"));
    QCOMPARE(changed.mine.value("name").toString(), QStringLiteral("Renamed Cafe"));
    QCOMPARE(changed.mine.value("city").toString(), QStringLiteral("Pune"));
    QVERIFY(changed.madeAt.isValid());
    const ReplicaStore::Outgoing &created = box.value.changes.at(1);
    QCOMPARE(created.id, kept);
    QVERIFY(created.base.isEmpty());
    QCOMPARE(created.mine.value("name").toString(), QStringLiteral("Kept Here"));

    // Deleted here: sent as nothing, against the server's version.
    QVERIFY(LeadStore(*m_database).remove(5).ok());
    const auto after = store.outbox(100);
    QCOMPARE(after.value.changes.at(0).id, 5);
    QVERIFY(after.value.changes.at(0).mine.isEmpty());
    QCOMPARE(after.value.changes.at(0).base, lead(5, "Server Cafe", "Pune"));
}

void TestReplicaStore::changedAndChangedBackIsNotSent()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")) }, 41).ok());
    LeadDraft change;
    change.name = QStringLiteral("Other");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    change.name = QStringLiteral("Server Cafe");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    QVERIFY(store.outbox(100).value.changes.isEmpty());
}

void TestReplicaStore::aRecordWithOwnChangesWaitsForItsAnswer()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")) }, 41).ok());
    LeadDraft change;
    change.city = QStringLiteral("Goa");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    // The server changed it too: its version waits; the replica's change is not lost.
    const auto written = store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Name"), 42) }, 42);
    QVERIFY(written.ok());
    QCOMPARE(written.value, 0);
    QCOMPARE(LeadStore(*m_database).get(5).value.city, QStringLiteral("Goa"));
    QCOMPARE(LeadStore(*m_database).get(5).value.name, QStringLiteral("Server Cafe"));
    // The answer to the sent change (merged) replaces what waited.
    const auto box = store.outbox(100);
    QCOMPARE(box.value.changes.size(), 1);
    ReplicaStore::Answer merged;
    merged.kind = Kind::Lead;
    merged.id = 5;
    merged.record = lead(5, "Server Name", "Goa");
    QVERIFY(store.applyAnswers({ merged }, box.value.changes, box.value.upTo).ok());
    QCOMPARE(LeadStore(*m_database).get(5).value.name, QStringLiteral("Server Name"));
    QCOMPARE(LeadStore(*m_database).get(5).value.city, QStringLiteral("Goa"));
    QVERIFY(store.outbox(100).value.changes.isEmpty());
    // What waited is gone: a later page cannot bring the older version back.
    QVERIFY(store.applyFeed({}, 43).ok());
    QCOMPARE(LeadStore(*m_database).get(5).value.name, QStringLiteral("Server Name"));
}

void TestReplicaStore::aContactBeforeItsLeadWaitsForIt()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Contact, contact(6, 5, "Ravi")) }, 41).ok());
    QCOMPARE(ContactStore(*m_database).get(6).status, StoreStatus::NotFound);
    const auto written = store.applyFeed({ incoming(Kind::Lead, lead(5, "Late Lead"), 42) }, 42);
    QVERIFY(written.ok());
    QCOMPARE(written.value, 2);
    QCOMPARE(ContactStore(*m_database).get(6).value.name, QStringLiteral("Ravi"));
}

void TestReplicaStore::aDeleteWaitsWhileWhatItTakesHasOwnChanges()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store
                .applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")),
                             incoming(Kind::Contact, contact(6, 5, "Ravi")) },
                           41)
                .ok());
    const qint64 mine = InteractionStore(*m_database)
                            .create(interactionDraft(5, 6, InteractionType::Visit))
                            .value.id;
    QVERIFY(mine >= block);
    // The server deleted the lead: the visit logged here must not go with it unsent.
    QVERIFY(store.applyFeed({ { Kind::Lead, 5, 42, {} }, { Kind::Contact, 6, 42, {} } }, 42).ok());
    QCOMPARE(InteractionStore(*m_database).get(mine).status, StoreStatus::Ok);
    QCOMPARE(LeadStore(*m_database).get(5).status, StoreStatus::Ok);
    // Once the server answered the visit (rejected: its lead is gone), the deletes go through.
    const auto box = store.outbox(100);
    QCOMPARE(box.value.changes.size(), 1);
    ReplicaStore::Answer rejected;
    rejected.kind = Kind::Interaction;
    rejected.id = mine;
    rejected.outcome = ReplicaStore::Answer::Outcome::Rejected;
    rejected.errors = { { QStringLiteral("lead"), QJsonArray { "Invalid pk" } } };
    QVERIFY(store.applyAnswers({ rejected }, box.value.changes, box.value.upTo).ok());
    QCOMPARE(LeadStore(*m_database).get(5).status, StoreStatus::NotFound);
    QCOMPARE(InteractionStore(*m_database).get(mine).status, StoreStatus::NotFound);
    const auto kept = store.conflicts();
    QCOMPARE(kept.value.size(), 1);
    QCOMPARE(kept.value.at(0).outcome, QStringLiteral("rejected"));
    QCOMPARE(kept.value.at(0).mine.value("interaction_type").toString(), QStringLiteral("VISIT"));
}

void TestReplicaStore::answersAreWrittenAndConflictsKept()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")) }, 41).ok());
    LeadDraft change;
    change.name = QStringLiteral("Mine");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    const auto box = store.outbox(100);
    ReplicaStore::Answer conflict;
    conflict.kind = Kind::Lead;
    conflict.id = 5;
    conflict.outcome = ReplicaStore::Answer::Outcome::Conflict;
    conflict.merge = QStringLiteral("fields");
    conflict.conflicts = QJsonArray { QJsonObject { { "field", "name" },
                                                    { "base", "Server Cafe" },
                                                    { "mine", "Mine" },
                                                    { "theirs", "Theirs" } } };
    conflict.record = lead(5, "Theirs");
    QVERIFY(store.applyAnswers({ conflict }, box.value.changes, box.value.upTo).ok());
    // The server's value stands; the replica's is kept.
    QCOMPARE(LeadStore(*m_database).get(5).value.name, QStringLiteral("Theirs"));
    const auto kept = store.conflicts();
    QCOMPARE(kept.value.size(), 1);
    QCOMPARE(kept.value.at(0).mine.value("name").toString(), QStringLiteral("Mine"));
    QCOMPARE(kept.value.at(0).theirs.value("name").toString(), QStringLiteral("Theirs"));
    QCOMPARE(kept.value.at(0).fields.size(), 1);
    QCOMPARE(store.status().value.conflicts, 1);
    QCOMPARE(store.status().value.waiting, 0);
}

void TestReplicaStore::aResolvedConflictIsNoLongerListed()
{
    join();
    ReplicaStore store(*m_database);
    for (const qint64 id : { 5, 6 })
        QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(id, "Server Cafe")) }, 40 + id).ok());
    LeadDraft change;
    change.name = QStringLiteral("Mine");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    QVERIFY(LeadStore(*m_database).update(6, change).ok());
    const auto box = store.outbox(100);
    QList<ReplicaStore::Answer> answers;
    for (const qint64 id : { 5, 6 }) {
        ReplicaStore::Answer conflict;
        conflict.kind = Kind::Lead;
        conflict.id = id;
        conflict.outcome = ReplicaStore::Answer::Outcome::Conflict;
        conflict.merge = QStringLiteral("fields");
        conflict.record = lead(id, "Theirs");
        answers.append(conflict);
    }
    QVERIFY(store.applyAnswers(answers, box.value.changes, box.value.upTo).ok());
    const auto kept = store.conflicts();
    QCOMPARE(kept.value.size(), 2);

    QVERIFY(store.resolve(kept.value.at(0).id).ok());
    const auto left = store.conflicts();
    QCOMPARE(left.value.size(), 1);
    QCOMPARE(left.value.at(0).record, 6);
    QCOMPARE(store.status().value.conflicts, 1);
    // Resolved once; again, or a conflict that never was, changes nothing.
    QCOMPARE(store.resolve(kept.value.at(0).id).status, StoreStatus::NotFound);
    QCOMPARE(store.resolve(9999).status, StoreStatus::NotFound);
    QCOMPARE(store.conflicts().value.size(), 1);
}

void TestReplicaStore::anAnswerDoesNotOverwriteALaterChange()
{
    join();
    ReplicaStore store(*m_database);
    QVERIFY(store.applyFeed({ incoming(Kind::Lead, lead(5, "Server Cafe")) }, 41).ok());
    LeadDraft change;
    change.name = QStringLiteral("Sent");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    const auto box = store.outbox(100);
    // Changed again while the batch was on its way.
    change = {};
    change.city = QStringLiteral("Later");
    QVERIFY(LeadStore(*m_database).update(5, change).ok());
    ReplicaStore::Answer merged;
    merged.kind = Kind::Lead;
    merged.id = 5;
    merged.record = lead(5, "Sent");
    QVERIFY(store.applyAnswers({ merged }, box.value.changes, box.value.upTo).ok());
    QCOMPARE(LeadStore(*m_database).get(5).value.city, QStringLiteral("Later"));
    // The later change goes next, against what was sent.
    const auto next = store.outbox(100);
    QCOMPARE(next.value.changes.size(), 1);
    QCOMPARE(next.value.changes.at(0).base.value("name").toString(), QStringLiteral("Sent"));
    QCOMPARE(next.value.changes.at(0).base.value("city").toString(), QString());
    QCOMPARE(next.value.changes.at(0).mine.value("city").toString(), QStringLiteral("Later"));
}

void TestReplicaStore::serverIdsAboveTheBlockLeaveTheMark()
{
    join();
    ReplicaStore store(*m_database);
    const qint64 othersBlock = secondBlock + 5 * IdSpace::blockSize;
    QVERIFY(
        store.applyFeed({ incoming(Kind::Lead, lead(othersBlock + 3, "Another Replica's")) }, 41)
            .ok());
    QCOMPARE(addLead(*m_database, QStringLiteral("Mine")), block);
}

void TestReplicaStore::aUsedUpBlockMovesToTheNext()
{
    join();
    ReplicaStore store(*m_database);
    // Blocks granted apart: the next own id after the first block is the second block's first.
    QVERIFY(store.addBlock(secondBlock + 9 * IdSpace::blockSize).ok());
    const qint64 last = block + IdSpace::blockSize - 1;
    QVERIFY(store.applyFeed({}, 41).ok());
    QCOMPARE(addLead(*m_database, QStringLiteral("First")), block);
    {
        // As if a million leads had been made here.
        QSqlQuery mark(m_database->connection());
        QVERIFY(mark.exec(
            QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = 'leads'").arg(last)));
    }
    QVERIFY(store.addBlock(secondBlock + 10 * IdSpace::blockSize).ok());
    QCOMPARE(addLead(*m_database, QStringLiteral("Next")), secondBlock);
}

QTEST_GUILESS_MAIN(TestReplicaStore)
#include "tst_replicastore.moc"
