// IdSpace on both backends: a database gives its own new rows ids below the replicas' blocks,
// whatever rows with ids from a block it holds, and never gives an id twice, also after a row
// written with a replica's id.
#include "core/idspace.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QTest>

class TestIdSpace final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ownIdsStayBelowTheBlocks();
    void anOwnIdDeletedIsNotGivenAgain();
    void anUndoneOwnRowAfterABlockRow();

private:
    // A lead written with an id of its own (as an undo, or a replica's record, is).
    bool putLead(qint64 id, const QString &name);

    TestDatabase m_database;
};

void TestIdSpace::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestIdSpace::cleanup()
{
    m_database.reset();
}

bool TestIdSpace::putLead(qint64 id, const QString &name)
{
    Lead lead;
    lead.id = id;
    lead.name = name;
    return LeadStore(*m_database).restore({ lead, {} }).ok();
}

void TestIdSpace::ownIdsStayBelowTheBlocks()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice Garden"));
    const qint64 contact = addContact(*m_database, lead, QStringLiteral("Meera"));
    InteractionStore interactions(*m_database);
    const StoreResult<Interaction> call
        = interactions.create(interactionDraft(lead, contact, InteractionType::Call));
    QVERIFY(lead > 0 && contact > 0 && call.ok());

    // A lead, a contact and an interaction with ids of a replica's block.
    const qint64 blockId = IdSpace::firstBlockId + 5;
    QVERIFY(putLead(blockId, QStringLiteral("Made offline")));
    Contact offline;
    offline.id = blockId;
    offline.lead = blockId;
    offline.name = QStringLiteral("Vikram");
    QVERIFY(ContactStore(*m_database).restore({ offline, {} }).ok());
    Interaction visit = call.value;
    visit.id = blockId;
    visit.lead = blockId;
    visit.contact = blockId;
    QVERIFY(interactions.restore(visit, std::nullopt).ok());

    QCOMPARE(addLead(*m_database, QStringLiteral("Next")), lead + 1);
    QCOMPARE(addContact(*m_database, lead, QStringLiteral("Next")), contact + 1);
    QCOMPARE(interactions.create(interactionDraft(lead, contact, InteractionType::Email)).value.id,
             call.value.id + 1);
}

void TestIdSpace::anOwnIdDeletedIsNotGivenAgain()
{
    const qint64 first = addLead(*m_database, QStringLiteral("First"));
    const qint64 last = addLead(*m_database, QStringLiteral("Last"));
    QVERIFY(LeadStore(*m_database).remove(last).ok());
    QVERIFY(putLead(IdSpace::firstBlockId, QStringLiteral("Made offline")));
    QCOMPARE(addLead(*m_database, QStringLiteral("New")), last + 1);
    QVERIFY(first < last);
}

void TestIdSpace::anUndoneOwnRowAfterABlockRow()
{
    const qint64 own = addLead(*m_database, QStringLiteral("Own"));
    QVERIFY(putLead(IdSpace::firstBlockId + 9, QStringLiteral("Made offline")));
    // Taken out and put back by an undo: its own id is caught up past, the block's is not.
    const StoreResult<LeadStore::Removed> taken = LeadStore(*m_database).takeOut(own);
    QVERIFY(taken.ok());
    QVERIFY(LeadStore(*m_database).restore(taken.value).ok());
    const qint64 next = addLead(*m_database, QStringLiteral("Next"));
    QCOMPARE(next, own + 1);
    QVERIFY(IdSpace::isOwn(next));
}

QTEST_GUILESS_MAIN(TestIdSpace)
#include "tst_idspace.moc"
