// SyncFeed and the revisions it reads: every commit that records changes is given one revision at
// its end, so that a feed of "after the last revision seen" misses nothing, even when a slower
// transaction on another connection commits after a quicker one (PostgreSQL). Each record once,
// as it is now or as a tombstone; a group commit and a cascade share one revision; a page never
// splits a revision; a database of version 7 keeps its history in the feed.
#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/leaddraft.h"
#include "core/orderdetailsdraft.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/recordhistory.h"
#include "storage/schemamigrations.h"
#include "storage/sqltransaction.h"
#include "storage/syncfeed.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using Kind = RecordHistory::Kind;

namespace {

std::optional<SyncFeed::Entry> entryOf(const SyncFeed::Page &page, Kind kind, qint64 id)
{
    for (const SyncFeed::Entry &entry : page.entries)
        if (entry.kind == kind && entry.id == id)
            return entry;
    return std::nullopt;
}

QJsonObject objectOf(const QByteArray &json)
{
    return RecordHistory::objectOf(json);
}

} // namespace

class TestSyncFeed final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsChangesAndDeletes();
    void interactionsCarryTheirOrder();
    void cascadedDeletesAreTombstonesOfOneRevision();
    void groupCommitIsOneRevision();
    void undoRestoreBringsTheRecordBack();
    void pagesNeverSplitARevision();
    void aRecordChangedAgainComesInItsLaterPage();
    void badArgumentsAreRefused();
    void aSlowerTransactionCommittedLaterIsNotSkipped();
    void versionSevenHistoryGetsRevisions();

private:
    SyncFeed::Page page(qint64 since, int limit = 1000);
    qint64 revision();

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestSyncFeed::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice Garden"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Meera"));
    QVERIFY(m_lead > 0 && m_contact > 0);
}

void TestSyncFeed::cleanup()
{
    m_database.reset();
}

SyncFeed::Page TestSyncFeed::page(qint64 since, int limit)
{
    const StoreResult<SyncFeed::Page> read = SyncFeed(*m_database).changesSince(since, limit);
    if (!read.ok())
        qWarning("changesSince failed: %s", qPrintable(read.failure));
    return read.value;
}

qint64 TestSyncFeed::revision()
{
    const StoreResult<qint64> read = SyncFeed(*m_database).currentRevision();
    return read.ok() ? read.value : -1;
}

void TestSyncFeed::createsChangesAndDeletes()
{
    // The lead and the contact of init(), one revision each.
    QCOMPARE(revision(), 2);
    SyncFeed::Page all = page(0);
    QCOMPARE(all.entries.size(), 2);
    QCOMPARE(all.entries.at(0).kind, Kind::Lead);
    QCOMPARE(all.entries.at(0).id, m_lead);
    QCOMPARE(all.entries.at(0).revision, 1);
    QCOMPARE(objectOf(all.entries.at(0).json).value(QStringLiteral("name")).toString(),
             QStringLiteral("Spice Garden"));
    QCOMPARE(all.entries.at(1).kind, Kind::Contact);
    QCOMPARE(all.entries.at(1).revision, 2);
    QCOMPARE(all.next, 2);
    QVERIFY(!all.more);
    QVERIFY(page(2).entries.isEmpty());
    QCOMPARE(page(2).next, 2);

    // A change: the lead once, as it is now, at its newest revision.
    LeadDraft renamed;
    renamed.name = QStringLiteral("Spice Garden, Pune");
    QVERIFY(LeadStore(*m_database).update(m_lead, renamed).ok());
    // A change that changes nothing records nothing and takes no revision.
    QVERIFY(LeadStore(*m_database).update(m_lead, renamed).ok());
    QCOMPARE(revision(), 3);
    all = page(0);
    QCOMPARE(all.entries.size(), 2);
    QCOMPARE(all.entries.at(0).kind, Kind::Contact); // in the order of their newest revisions
    QCOMPARE(all.entries.at(1).id, m_lead);
    QCOMPARE(all.entries.at(1).revision, 3);
    QCOMPARE(objectOf(all.entries.at(1).json).value(QStringLiteral("name")).toString(),
             QStringLiteral("Spice Garden, Pune"));
    QCOMPARE(page(2).entries.size(), 1);

    // A delete: a tombstone.
    QVERIFY(ContactStore(*m_database).remove(m_contact).ok());
    const SyncFeed::Page deleted = page(3);
    QCOMPARE(deleted.entries.size(), 1);
    QCOMPARE(deleted.entries.at(0).kind, Kind::Contact);
    QCOMPARE(deleted.entries.at(0).id, m_contact);
    QCOMPARE(deleted.entries.at(0).revision, 4);
    QVERIFY(deleted.entries.at(0).deleted);
    QVERIFY(deleted.entries.at(0).json.isEmpty());
    QCOMPARE(deleted.next, 4);
}

void TestSyncFeed::interactionsCarryTheirOrder()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Order);
    OrderDetailsDraft order = orderDraft(QStringLiteral("40 kg basmati"), 40, 1'250'050);
    const StoreResult<Interaction> made = store.create(draft, order);
    draft.type = InteractionType::Call;
    const StoreResult<Interaction> call = store.create(draft);
    QVERIFY(made.ok() && call.ok());
    const SyncFeed::Page read = page(2);
    QCOMPARE(read.entries.size(), 2);
    const std::optional<SyncFeed::Entry> ordered = entryOf(read, Kind::Interaction, made.value.id);
    QVERIFY(ordered);
    QCOMPARE(objectOf(ordered->json).value(QStringLiteral("interaction_type")).toString(),
             QStringLiteral("ORDER"));
    QCOMPARE(objectOf(ordered->orderDetailsJson).value(QStringLiteral("quantity")).toInt(), 40);
    const std::optional<SyncFeed::Entry> plain = entryOf(read, Kind::Interaction, call.value.id);
    QVERIFY(plain);
    QVERIFY(!plain->json.isEmpty());
    QVERIFY(plain->orderDetailsJson.isEmpty());

    // A change of the order alone is a change of its interaction.
    order.quantity = 50;
    QVERIFY(store.update(made.value.id, InteractionDraft(), order).ok());
    const SyncFeed::Page changed = page(read.next);
    QCOMPARE(changed.entries.size(), 1);
    QCOMPARE(changed.entries.at(0).id, made.value.id);
    QCOMPARE(objectOf(changed.entries.at(0).orderDetailsJson).value(QStringLiteral("quantity")),
             50);
}

void TestSyncFeed::cascadedDeletesAreTombstonesOfOneRevision()
{
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Order);
    OrderDetailsDraft order = orderDraft(QStringLiteral("Saffron"), 2, 90'000);
    const StoreResult<Interaction> made = InteractionStore(*m_database).create(draft, order);
    QVERIFY(made.ok());
    const qint64 before = revision();
    QVERIFY(LeadStore(*m_database).remove(m_lead).ok());
    QCOMPARE(revision(), before + 1);
    const SyncFeed::Page read = page(before);
    QCOMPARE(read.entries.size(), 3);
    for (const auto &[kind, id] :
         { std::pair { Kind::Lead, m_lead }, std::pair { Kind::Contact, m_contact },
           std::pair { Kind::Interaction, made.value.id } }) {
        const std::optional<SyncFeed::Entry> entry = entryOf(read, kind, id);
        QVERIFY(entry);
        QVERIFY(entry->deleted);
        QVERIFY(entry->orderDetailsJson.isEmpty());
        QCOMPARE(entry->revision, before + 1);
    }
}

void TestSyncFeed::groupCommitIsOneRevision()
{
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Email);
    InteractionDraft refused = draft;
    refused.lead = 999999;
    const qint64 before = revision();
    const QList<StoreResult<Interaction>> made
        = InteractionStore(*m_database).createMany({ draft, refused, draft, draft });
    QCOMPARE(made.size(), 4);
    QVERIFY(made.at(0).ok() && !made.at(1).ok() && made.at(2).ok() && made.at(3).ok());
    QCOMPARE(revision(), before + 1);
    const SyncFeed::Page read = page(before);
    QCOMPARE(read.entries.size(), 3);
    for (const SyncFeed::Entry &entry : read.entries)
        QCOMPARE(entry.revision, before + 1);

    // A batch the rules refuse whole writes nothing and takes no revision.
    QVERIFY(!InteractionStore(*m_database).createMany({ refused }).at(0).ok());
    QCOMPARE(revision(), before + 1);
}

void TestSyncFeed::undoRestoreBringsTheRecordBack()
{
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Meeting);
    const StoreResult<Interaction> made = InteractionStore(*m_database).create(draft);
    QVERIFY(made.ok());
    ContactStore contacts(*m_database);
    const qint64 before = revision();
    const StoreResult<ContactStore::Removed> taken = contacts.takeOut(m_contact);
    QVERIFY(taken.ok());
    SyncFeed::Page read = page(before);
    QCOMPARE(read.entries.size(), 2);
    QVERIFY(entryOf(read, Kind::Contact, m_contact)->deleted);
    QVERIFY(entryOf(read, Kind::Interaction, made.value.id)->deleted);

    QVERIFY(contacts.restore(taken.value).ok());
    QCOMPARE(revision(), before + 2);
    // From before the delete, and from after it: there again, at the restore's revision.
    for (const qint64 since : { before, before + 1 }) {
        read = page(since);
        QCOMPARE(read.entries.size(), 2);
        for (const SyncFeed::Entry &entry : read.entries) {
            QVERIFY(!entry.deleted);
            QCOMPARE(entry.revision, before + 2);
        }
        QCOMPARE(objectOf(entryOf(read, Kind::Contact, m_contact)->json)
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Meera"));
    }
}

void TestSyncFeed::pagesNeverSplitARevision()
{
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Visit);
    const qint64 before = revision();
    const QList<StoreResult<Interaction>> batch
        = InteractionStore(*m_database).createMany(QList<InteractionDraft>(5, draft));
    QCOMPARE(batch.size(), 5);
    const qint64 third = addLead(*m_database, QStringLiteral("Tandoor House"));
    const qint64 fourth = addLead(*m_database, QStringLiteral("Dosa Corner"));
    QVERIFY(third > 0 && fourth > 0);

    // Five changes of one transaction, more than the limit of two: all of them in one page.
    SyncFeed::Page read = page(before, 2);
    QCOMPARE(read.entries.size(), 5);
    QCOMPARE(read.next, before + 1);
    QVERIFY(read.more);
    read = page(read.next, 2);
    QCOMPARE(read.entries.size(), 2);
    QCOMPARE(read.entries.at(0).id, third);
    QCOMPARE(read.entries.at(1).id, fourth);
    QCOMPARE(read.next, before + 3);
    QVERIFY(!read.more); // fewer left than the limit

    // A limit of one walks them revision by revision.
    read = page(before, 1);
    QCOMPARE(read.entries.size(), 5);
    QVERIFY(read.more);
    read = page(read.next, 1);
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.at(0).id, third);
    QVERIFY(read.more);
    read = page(read.next, 1);
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.at(0).id, fourth);
    QVERIFY(!read.more);
    QCOMPARE(read.next, revision());
}

void TestSyncFeed::aRecordChangedAgainComesInItsLaterPage()
{
    LeadDraft renamed;
    renamed.name = QStringLiteral("Spice Garden, Pune");
    QVERIFY(LeadStore(*m_database).update(m_lead, renamed).ok());
    // Revision 1 holds only the lead's creation, and the lead changed again at 3.
    SyncFeed::Page read = page(0, 1);
    QVERIFY(read.entries.isEmpty());
    QCOMPARE(read.next, 1);
    QVERIFY(read.more);
    read = page(read.next, 1);
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.at(0).kind, Kind::Contact);
    read = page(read.next, 1);
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.at(0).id, m_lead);
    QCOMPARE(read.entries.at(0).revision, 3);
    QVERIFY(!read.more);
}

void TestSyncFeed::badArgumentsAreRefused()
{
    SyncFeed feed(*m_database);
    const StoreResult<SyncFeed::Page> noLimit = feed.changesSince(0, 0);
    QCOMPARE(noLimit.status, StoreStatus::Invalid);
    QVERIFY(noLimit.errors.fields().contains(QStringLiteral("limit")));
    const StoreResult<SyncFeed::Page> negative = feed.changesSince(-1, 10);
    QCOMPARE(negative.status, StoreStatus::Invalid);
    QVERIFY(negative.errors.fields().contains(QStringLiteral("since")));
}

void TestSyncFeed::aSlowerTransactionCommittedLaterIsNotSkipped()
{
    if (!TestDatabase::onPostgres())
        QSKIP("SQLite lets one writer in at a time (BEGIN IMMEDIATE): a second transaction "
              "cannot commit while the first is open, so commits cannot come out of order.");
    // A, the slower one, on a connection of its own: it has written its lead and recorded the
    // change, and stops before its commit, as a serve process whose request is still running.
    Database slowConnection;
    QVERIFY2(slowConnection.open(m_database.location()), qPrintable(slowConnection.errorMessage()));
    const qint64 start = revision();
    auto slow = std::make_unique<SqlTransaction>(slowConnection);
    QVERIFY(slow->isActive());
    QSqlQuery insert(slowConnection.connection());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO leads (name) VALUES ('Slow Kitchen')"
                                        " RETURNING id"))
                 && insert.next(),
             qPrintable(insert.lastError().text()));
    const qint64 slowLead = insert.value(0).toLongLong();
    insert.finish();
    QVERIFY(RecordHistory(slowConnection)
                .write(Kind::Lead, slowLead, {},
                       QJsonObject({ { QStringLiteral("name"), QStringLiteral("Slow Kitchen") } }))
                .isEmpty());

    // B, the quicker one, writes and commits on another connection.
    const qint64 quickLead = addLead(*m_database, QStringLiteral("Quick Bites"));
    QVERIFY(quickLead > 0);

    // A reader sees B's change, not A's, and has not gone past where A's will land.
    const SyncFeed::Page first = page(start);
    QCOMPARE(first.entries.size(), 1);
    QCOMPARE(first.entries.at(0).id, quickLead);
    QVERIFY(!entryOf(first, Kind::Lead, slowLead));

    QVERIFY2(slow->commit(), qPrintable(slow->errorMessage()));
    slow.reset();

    // Asked again from where it stopped: A's change is there.
    const SyncFeed::Page second = page(first.next);
    const std::optional<SyncFeed::Entry> late = entryOf(second, Kind::Lead, slowLead);
    QVERIFY2(late, "the change committed later was skipped");
    QVERIFY(late->revision > first.next);
    QCOMPARE(objectOf(late->json).value(QStringLiteral("name")).toString(),
             QStringLiteral("Slow Kitchen"));
}

void TestSyncFeed::versionSevenHistoryGetsRevisions()
{
    m_database.reset();
    QVERIFY2(m_database.open(QStringLiteral("old.sqlite"), 7),
             qPrintable(m_database.errorMessage()));
    QCOMPARE(m_database->schemaVersion(), 7);
    QSqlQuery query(m_database->connection());
    for (const char *statement :
         { "INSERT INTO leads (name) VALUES ('Spice')", // ids 1 and 2: the table is new
           "INSERT INTO leads (name) VALUES ('Tandoor')",
           "INSERT INTO record_changes (record_kind, record_id, changed_at, change, fields)"
           " VALUES ('lead', 1, 1735054200, 'created', '{}')",
           "INSERT INTO record_changes (record_kind, record_id, changed_at, change, fields)"
           " VALUES ('lead', 2, 1735054200, 'created', '{}')",
           "INSERT INTO record_changes (record_kind, record_id, changed_at, change, fields)"
           " VALUES ('lead', 3, 1735054200, 'deleted', '{}')" })
        QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
    QVERIFY2(m_database->open(m_database.location()), qPrintable(m_database->errorMessage()));
    QCOMPARE(m_database->schemaVersion(), SchemaMigrations::latestVersion());

    QCOMPARE(revision(), 3);
    const SyncFeed::Page read = page(0);
    QCOMPARE(read.entries.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read.entries.at(i).id, i + 1);
        QCOMPARE(read.entries.at(i).revision, i + 1);
    }
    QVERIFY(!read.entries.at(1).deleted);
    QVERIFY(read.entries.at(2).deleted);
    // The clock goes on from there.
    QVERIFY(addLead(*m_database, QStringLiteral("Dosa Corner")) > 0);
    QCOMPARE(revision(), 4);
    QCOMPARE(page(3).entries.size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncFeed)
#include "tst_syncfeed.moc"
