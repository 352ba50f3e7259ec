// InteractionStore::createMany(): group commit, each draft checked and isolated on its own, one
// transaction and one announcement for the batch, nothing acknowledged that was not committed.
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestInteractionBatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allValid();
    void invalidDraftsWriteNothing();
    void failedDraftLeavesOthers();
    void failuresAmongRefusals();
    void manyReferences();
    void failedCommitFailsEveryDraft();
    void emptyBatch();

private:
    qint64 rows() const;
    bool exec(const QString &sql) const;
    // A trigger through which the database itself refuses a row whose details are "boom".
    bool refuseBoom() const;
    InteractionDraft call(const QString &details) const;

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestInteractionBatch::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Asha"));
    QVERIFY(m_lead > 0 && m_contact > 0);
}

void TestInteractionBatch::cleanup()
{
    m_database.reset();
}

qint64 TestInteractionBatch::rows() const
{
    return rowCount(*m_database, QStringLiteral("interactions"));
}

bool TestInteractionBatch::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

InteractionDraft TestInteractionBatch::call(const QString &details) const
{
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = m_contact;
    draft.type = InteractionType::Call;
    draft.details = details;
    return draft;
}

void TestInteractionBatch::allValid()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const QList<StoreResult<Interaction>> results
        = store.createMany({ call(QStringLiteral("one")), call(QStringLiteral("two")),
                             call(QStringLiteral("three")) });
    QCOMPARE(results.size(), 3);
    const QStringList details { QStringLiteral("one"), QStringLiteral("two"),
                                QStringLiteral("three") };
    for (int i = 0; i < 3; ++i) {
        QVERIFY(results.at(i).ok());
        QCOMPARE(results.at(i).value.details, details.at(i));
        const StoreResult<Interaction> stored = store.get(results.at(i).value.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value, results.at(i).value);
    }
    QVERIFY(results.at(0).value.id < results.at(1).value.id);
    QVERIFY(results.at(1).value.id < results.at(2).value.id);
    QCOMPARE(rows(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database::Changes>(),
             Database::Changes(Database::Change::Interactions));
}

void TestInteractionBatch::invalidDraftsWriteNothing()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft unknownLead = call(QStringLiteral("bad lead"));
    unknownLead.lead = 999999;
    InteractionDraft noType = call(QStringLiteral("no type"));
    noType.type.reset();
    const QList<StoreResult<Interaction>> results = store.createMany(
        { unknownLead, call(QStringLiteral("good")), noType, call(QStringLiteral("also good")) });
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).status, StoreStatus::Invalid);
    QCOMPARE(results.at(0).errors.fields(), store.check(unknownLead).fields());
    QVERIFY(results.at(0).errors.has(QStringLiteral("lead")));
    QVERIFY(!results.at(0).errors.isEmpty());
    QCOMPARE(results.at(2).status, StoreStatus::Invalid);
    QCOMPARE(results.at(2).errors.fields(), store.check(noType).fields());
    QVERIFY(results.at(2).errors.has(QStringLiteral("interaction_type")));
    QVERIFY(!results.at(2).errors.isEmpty());
    QVERIFY(results.at(1).ok());
    QVERIFY(results.at(3).ok());
    QCOMPARE(rows(), 2);
    QVERIFY(store.get(results.at(1).value.id).ok());
    QVERIFY(store.get(results.at(3).value.id).ok());
    QCOMPARE(changed.count(), 1);

    // A batch of nothing but rejected drafts writes and announces nothing.
    const QList<StoreResult<Interaction>> rejected = store.createMany({ unknownLead, noType });
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).status, StoreStatus::Invalid);
    QCOMPARE(rejected.at(1).status, StoreStatus::Invalid);
    QCOMPARE(rows(), 2);
    QCOMPARE(changed.count(), 1);
}

bool TestInteractionBatch::refuseBoom() const
{
    if (TestDatabase::onPostgres()) {
        return exec(QStringLiteral(
                   "CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " IF NEW.details = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NULL;"
                   " END $$"))
            && exec(QStringLiteral("CREATE TRIGGER refuse_boom AFTER INSERT ON interactions"
                                   " FOR EACH ROW EXECUTE FUNCTION refuse_boom()"));
    }
    return exec(QStringLiteral("CREATE TEMP TRIGGER refuse_boom AFTER INSERT ON main.interactions"
                               " WHEN new.details = 'boom' BEGIN SELECT RAISE(ABORT, 'refused');"
                               " END"));
}

void TestInteractionBatch::failedDraftLeavesOthers()
{
    // The database itself refuses one row (as a full disk or a constraint would) after the first
    // was written: that draft fails, the others land.
    QVERIFY(refuseBoom());
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const QList<StoreResult<Interaction>> results
        = store.createMany({ call(QStringLiteral("first")), call(QStringLiteral("boom")),
                             call(QStringLiteral("last")) });
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(1).status, StoreStatus::Failed);
    QVERIFY(results.at(1).failure.contains(QStringLiteral("refused")));
    QVERIFY(results.at(2).ok());
    QCOMPARE(rows(), 2);
    QCOMPARE(store.get(results.at(2).value.id).value.details, QStringLiteral("last"));
    QCOMPARE(changed.count(), 1);
}

void TestInteractionBatch::failuresAmongRefusals()
{
    // The batch is first run without a savepoint a draft; a failure on the database (on
    // PostgreSQL it aborts the transaction) sends it round again with them. Each draft must still
    // be answered as it fares on its own: the failures fail, the refusals are refused with their
    // own errors, and the rest land once each, in order.
    QVERIFY(refuseBoom());
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft unknownLead = call(QStringLiteral("bad lead"));
    unknownLead.lead = 999999;
    const QList<StoreResult<Interaction>> results
        = store.createMany({ call(QStringLiteral("boom")), call(QStringLiteral("one")), unknownLead,
                             call(QStringLiteral("boom")), call(QStringLiteral("two")) });
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).status, StoreStatus::Failed);
    QVERIFY(results.at(0).failure.contains(QStringLiteral("refused")));
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(2).status, StoreStatus::Invalid);
    QCOMPARE(results.at(2).errors.fields(), store.check(unknownLead).fields());
    QVERIFY(results.at(2).errors.has(QStringLiteral("lead")));
    QCOMPARE(results.at(3).status, StoreStatus::Failed);
    QVERIFY(results.at(3).failure.contains(QStringLiteral("refused")));
    QVERIFY(results.at(4).ok());
    QCOMPARE(rows(), 2);
    QCOMPARE(store.get(results.at(1).value.id).value.details, QStringLiteral("one"));
    QCOMPARE(store.get(results.at(4).value.id).value.details, QStringLiteral("two"));
    QVERIFY(results.at(1).value.id < results.at(4).value.id);
    QCOMPARE(changed.count(), 1);

    // Nothing but failures: nothing written, nothing announced.
    const QList<StoreResult<Interaction>> failed
        = store.createMany({ call(QStringLiteral("boom")), unknownLead });
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).status, StoreStatus::Failed);
    QCOMPARE(failed.at(1).status, StoreStatus::Invalid);
    QCOMPARE(rows(), 2);
    QCOMPARE(changed.count(), 1);
}

void TestInteractionBatch::manyReferences()
{
    // The batch holds the leads and contacts of all its drafts at once, as many ids as fit one
    // statement at a time: more contacts than that, most of them not there, among two real ones
    // on either side of the split. Each draft must be answered as it would be alone.
    const qint64 otherLead = addLead(*m_database, QStringLiteral("Olive Table"));
    const qint64 otherContact = addContact(*m_database, otherLead, QStringLiteral("Ravi"));
    QVERIFY(otherLead > 0 && otherContact > 0);
    InteractionStore store(*m_database);
    QList<InteractionDraft> drafts;
    for (int i = 0; i < 300; ++i) {
        InteractionDraft draft = call(QStringLiteral("draft %1").arg(i));
        if (i % 100 == 7) {
            draft.lead = otherLead;
            draft.contact = otherContact;
        } else if (i % 100 == 30) {
            draft.contact = otherContact; // of the other lead
        } else if (i % 100 != 60) {
            draft.contact = -1 - i; // not there, and held before the real ones
            if (i % 2 == 0)
                draft.lead = -1 - i;
        }
        drafts.append(draft);
    }
    const QList<StoreResult<Interaction>> results = store.createMany(drafts);
    QCOMPARE(results.size(), drafts.size());
    qint64 written = 0;
    for (int i = 0; i < drafts.size(); ++i) {
        const ValidationErrors alone = store.check(drafts.at(i));
        if (alone.isEmpty()) {
            QVERIFY2(results.at(i).ok(), qPrintable(QString::number(i)));
            QCOMPARE(results.at(i).value.details, *drafts.at(i).details);
            QCOMPARE(results.at(i).value.contact, *drafts.at(i).contact);
            ++written;
        } else {
            QCOMPARE(results.at(i).status, StoreStatus::Invalid);
            QCOMPARE(results.at(i).errors.englishSummary(), alone.englishSummary());
        }
    }
    QCOMPARE(written, 6);
    QCOMPARE(rows(), written);
}

void TestInteractionBatch::failedCommitFailsEveryDraft()
{
    // Every row is written, and the COMMIT fails (a foreign key that the database checks only at
    // the commit, on temporary tables the trigger fills): no draft may be answered as created.
    const bool postgres = TestDatabase::onPostgres();
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")));
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE child (parent_id INTEGER REFERENCES"
                                " parent(id) DEFERRABLE INITIALLY DEFERRED)")));
    if (postgres) {
        QVERIFY(exec(QStringLiteral(
            "CREATE FUNCTION dangling() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF NEW.details = 'late' THEN INSERT INTO child (parent_id) VALUES (987654321);"
            " END IF; RETURN NULL; END $$")));
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER dangling AFTER INSERT ON interactions"
                                    " FOR EACH ROW EXECUTE FUNCTION dangling()")));
    } else {
        QVERIFY(
            exec(QStringLiteral("CREATE TEMP TRIGGER dangling AFTER INSERT ON main.interactions"
                                " WHEN new.details = 'late'"
                                " BEGIN INSERT INTO child (parent_id) VALUES (987654321); END")));
    }
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const QList<StoreResult<Interaction>> results
        = store.createMany({ call(QStringLiteral("fine")), call(QStringLiteral("late")) });
    QCOMPARE(results.size(), 2);
    for (const StoreResult<Interaction> &result : results) {
        QCOMPARE(result.status, StoreStatus::Failed);
        QVERIFY(!result.failure.isEmpty());
    }
    QCOMPARE(rows(), 0);
    QCOMPARE(changed.count(), 0);

    // A connection that may not write fails every draft too, and the next batch works again.
    QVERIFY(exec(postgres ? QStringLiteral("DROP TRIGGER dangling ON interactions")
                          : QStringLiteral("DROP TRIGGER temp.dangling")));
    QVERIFY(exec(postgres ? QStringLiteral("SET default_transaction_read_only = on")
                          : QStringLiteral("PRAGMA query_only = 1")));
    const QList<StoreResult<Interaction>> readOnly
        = store.createMany({ call(QStringLiteral("a")), call(QStringLiteral("b")) });
    QCOMPARE(readOnly.size(), 2);
    QCOMPARE(readOnly.at(0).status, StoreStatus::Failed);
    QCOMPARE(readOnly.at(1).status, StoreStatus::Failed);
    QCOMPARE(rows(), 0);
    QVERIFY(exec(postgres ? QStringLiteral("SET default_transaction_read_only = off")
                          : QStringLiteral("PRAGMA query_only = 0")));
    const QList<StoreResult<Interaction>> again = store.createMany({ call(QStringLiteral("c")) });
    QCOMPARE(again.size(), 1);
    QVERIFY(again.at(0).ok());
    QCOMPARE(rows(), 1);
    QCOMPARE(changed.count(), 1);
}

void TestInteractionBatch::emptyBatch()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    QVERIFY(store.createMany({}).isEmpty());
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestInteractionBatch)
#include "tst_interactionbatch.moc"
