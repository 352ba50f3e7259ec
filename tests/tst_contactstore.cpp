// ContactStore: create, read, PATCH, remove with its cascade, lists and the change signal.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ContactDraft contactOf(qint64 lead, const QString &name)
{
    ContactDraft draft;
    draft.lead = lead;
    draft.name = name;
    return draft;
}

} // namespace

class TestContactStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createWithDefaults();
    void rejectedCreateChangesNothing();
    void updateIsPatch();
    void moveToAnotherLead();
    void rejectedUpdateChangesNothing();
    void removeCascades();
    void takeOutAndRestoreUnderTheOldIds();
    void takeOutRefusingCascadeLeavesTheContact();
    void restoreNeedsItsLead();
    void idsAreNeverReused();
    void listAndCount();
    void check();

private:
    qint64 addInteraction(qint64 lead, qint64 contact);

    TestDatabase m_database;
};

void TestContactStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestContactStore::cleanup()
{
    m_database.reset();
}

qint64 TestContactStore::addInteraction(qint64 lead, qint64 contact)
{
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = InteractionType::Call;
    return InteractionStore(*m_database).create(draft).value.id;
}

void TestContactStore::createWithDefaults()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Contact> created = store.create(contactOf(lead, QStringLiteral("Asha")));
    QVERIFY(created.ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database::Changes>(),
             Database::Changes(Database::Change::Contacts));
    const Contact expected { created.value.id, lead,      QStringLiteral("Asha"),
                             QString(),        QString(), QString() };
    QCOMPARE(created.value, expected);
    QCOMPARE(store.get(created.value.id).value, expected);
}

void TestContactStore::rejectedCreateChangesNothing()
{
    ContactStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    ContactDraft draft;
    draft.lead = 99;
    draft.email = QStringLiteral("x@");
    const StoreResult<Contact> result = store.create(draft);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "lead", "name", "email" }));
    QCOMPARE(result.errors.englishMessages(QStringLiteral("lead")),
             QStringList({ "Invalid pk \"99\" - object does not exist." }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestContactStore::updateIsPatch()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    ContactDraft draft = contactOf(lead, QStringLiteral("Asha"));
    draft.role = QStringLiteral("Owner");
    draft.phone = QStringLiteral("555");
    const qint64 id = store.create(draft).value.id;
    QSignalSpy changed(m_database.get(), &Database::changed);
    ContactDraft change;
    change.email = QStringLiteral("asha@spice.example");
    change.role = QStringLiteral("Chef");
    const StoreResult<Contact> updated = store.update(id, change);
    QVERIFY(updated.ok());
    QCOMPARE(changed.count(), 1);
    const Contact expected { id,
                             lead,
                             QStringLiteral("Asha"),
                             QStringLiteral("Chef"),
                             QStringLiteral("asha@spice.example"),
                             QStringLiteral("555") };
    QCOMPARE(updated.value, expected);
    QCOMPARE(store.get(id).value, expected);
    // Empty texts read back from the file and written again stay "", not NULL.
    const qint64 bare = store.create(contactOf(lead, QStringLiteral("Bare"))).value.id;
    ContactDraft rename;
    rename.name = QStringLiteral("Bare too");
    QVERIFY(store.update(bare, rename).ok());
    ContactDraft nulls = contactOf(lead, QStringLiteral("Nulls"));
    nulls.role = QString();
    QVERIFY(store.create(nulls).ok());
}

void TestContactStore::moveToAnotherLead()
{
    const qint64 first = addLead(*m_database, QStringLiteral("First"));
    const qint64 second = addLead(*m_database, QStringLiteral("Second"));
    ContactStore store(*m_database);
    const qint64 free = store.create(contactOf(first, QStringLiteral("Free"))).value.id;
    const qint64 busy = store.create(contactOf(first, QStringLiteral("Busy"))).value.id;
    QVERIFY(addInteraction(first, busy) > 0);
    QCOMPARE(store.interactionCount(busy).value, 1);
    QCOMPARE(store.interactionCount(free).value, 0);

    ContactDraft move;
    move.lead = second;
    const StoreResult<Contact> moved = store.update(free, move);
    QVERIFY(moved.ok());
    QCOMPARE(store.get(free).value.lead, second);

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Contact> refused = store.update(busy, move);
    QCOMPARE(refused.status, StoreStatus::Invalid);
    QCOMPARE(refused.errors.englishMessages(QStringLiteral("lead")),
             QStringList({ "A contact with interactions cannot move to another lead." }));
    QCOMPARE(store.get(busy).value.lead, first);
    QCOMPARE(changed.count(), 0);
    // Naming its own lead again is no move.
    move.lead = first;
    QVERIFY(store.update(busy, move).ok());
}

void TestContactStore::rejectedUpdateChangesNothing()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    const Contact contact = store.create(contactOf(lead, QStringLiteral("Asha"))).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    ContactDraft change;
    change.lead = 404;
    change.name = QStringLiteral(" ");
    change.role = QString(201, QLatin1Char('r'));
    change.phone = QStringLiteral("555 0101"); // fine
    const StoreResult<Contact> result = store.update(contact.id, change);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "lead", "name", "role" }));
    QCOMPARE(store.get(contact.id).value, contact);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.update(12345, change).status, StoreStatus::NotFound);
    QCOMPARE(store.remove(12345).status, StoreStatus::NotFound);
    QCOMPARE(changed.count(), 0);
}

void TestContactStore::removeCascades()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    const qint64 gone = store.create(contactOf(lead, QStringLiteral("Gone"))).value.id;
    const qint64 kept = store.create(contactOf(lead, QStringLiteral("Kept"))).value.id;
    InteractionStore interactions(*m_database);
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = gone;
    draft.type = InteractionType::Order;
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 1;
    order.totalPrice = Money::fromCents(100);
    QVERIFY(interactions.create(draft, order).ok());
    QVERIFY(addInteraction(lead, gone) > 0);
    QVERIFY(addInteraction(lead, kept) > 0);

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Contact> removed = store.remove(gone);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value.name, QStringLiteral("Gone"));
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<Database::Changes>();
    QVERIFY(changes.testFlag(Database::Change::Contacts));
    QVERIFY(changes.testFlag(Database::Change::Interactions));
    QCOMPARE(store.get(gone).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 1);
}

// What a removal took comes back whole: the contact, its interactions and their order details,
// each under its old id, in one announced change (an undo of a deletion).
void TestContactStore::takeOutAndRestoreUnderTheOldIds()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    ContactDraft draft = contactOf(lead, QStringLiteral("Gone"));
    draft.role = QStringLiteral("Owner");
    draft.phone = QStringLiteral("+91 98450 00000");
    const Contact gone = store.create(draft).value;
    const qint64 kept = store.create(contactOf(lead, QStringLiteral("Kept"))).value.id;
    InteractionStore interactions(*m_database);
    InteractionDraft interaction;
    interaction.lead = lead;
    interaction.contact = gone.id;
    interaction.type = InteractionType::Order;
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 3;
    order.totalPrice = Money::fromCents(4500);
    const Interaction ordered = interactions.create(interaction, order).value;
    const OrderDetails details = interactions.orderDetails(ordered.id).value;
    const Interaction called = interactions.get(addInteraction(lead, gone.id)).value;
    QVERIFY(addInteraction(lead, kept) > 0);

    const StoreResult<ContactStore::Removed> taken = store.takeOut(gone.id);
    QVERIFY(taken.ok());
    QCOMPARE(taken.value.contact, gone);
    QCOMPARE(taken.value.interactions.size(), 2);
    QCOMPARE(store.get(gone.id).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 0);

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Contact> restored = store.restore(taken.value);
    QVERIFY2(restored.ok(), qPrintable(restored.failure));
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<Database::Changes>();
    QVERIFY(changes.testFlag(Database::Change::Contacts));
    QVERIFY(changes.testFlag(Database::Change::Interactions));
    QVERIFY(changes.testFlag(Database::Change::OrderDetails));
    QCOMPARE(store.get(gone.id).value, gone);
    QCOMPARE(interactions.get(ordered.id).value, ordered);
    QCOMPARE(interactions.get(called.id).value, called);
    QCOMPARE(interactions.orderDetails(ordered.id).value, details);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 3);
}

// The undo of an addition: a contact that an API client logged an interaction with meanwhile
// is kept.
void TestContactStore::takeOutRefusingCascadeLeavesTheContact()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    const Contact contact = store.create(contactOf(lead, QStringLiteral("New"))).value;
    QVERIFY(addInteraction(lead, contact.id) > 0);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<ContactStore::Removed> refused
        = store.takeOut(contact.id, ContactStore::Cascade::Refused);
    QCOMPARE(refused.status, StoreStatus::Invalid);
    QVERIFY(refused.errors.has(QStringLiteral("interactions")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.get(contact.id).value, contact);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
    const Contact alone = store.create(contactOf(lead, QStringLiteral("Alone"))).value;
    const StoreResult<ContactStore::Removed> taken
        = store.takeOut(alone.id, ContactStore::Cascade::Refused);
    QVERIFY(taken.ok());
    QVERIFY(taken.value.interactions.isEmpty());
    QCOMPARE(store.get(alone.id).status, StoreStatus::NotFound);
}

// A contact whose lead was deleted meanwhile cannot come back: Invalid, and nothing written.
void TestContactStore::restoreNeedsItsLead()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    const qint64 id = store.create(contactOf(lead, QStringLiteral("Gone"))).value.id;
    QVERIFY(addInteraction(lead, id) > 0);
    const StoreResult<ContactStore::Removed> taken = store.takeOut(id);
    QVERIFY(taken.ok());
    QVERIFY(LeadStore(*m_database).remove(lead).ok());
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Contact> restored = store.restore(taken.value);
    QCOMPARE(restored.status, StoreStatus::Invalid);
    QVERIFY(restored.errors.has(QStringLiteral("lead")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
}

void TestContactStore::idsAreNeverReused()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    const qint64 last = store.create(contactOf(lead, QStringLiteral("A"))).value.id;
    QVERIFY(store.remove(last).ok());
    QVERIFY(store.create(contactOf(lead, QStringLiteral("B"))).value.id > last);
}

void TestContactStore::listAndCount()
{
    const qint64 first = addLead(*m_database, QStringLiteral("First"));
    const qint64 second = addLead(*m_database, QStringLiteral("Second"));
    ContactStore store(*m_database);
    QList<qint64> ofFirst, all;
    for (int i = 0; i < 5; ++i) {
        const qint64 lead = i % 2 == 0 ? first : second;
        const qint64 id = store.create(contactOf(lead, QStringLiteral("C%1").arg(i))).value.id;
        all.append(id);
        if (lead == first)
            ofFirst.append(id);
    }
    auto ids = [](const QList<Contact> &contacts) {
        QList<qint64> result;
        for (const Contact &contact : contacts)
            result.append(contact.id);
        return result;
    };
    QCOMPARE(ids(store.list().value), all);
    QCOMPARE(ids(store.list(first).value), ofFirst);
    QCOMPARE(store.count().value, 5);
    QCOMPARE(store.count(first).value, 3);
    QCOMPARE(store.count(second).value, 2);
    QCOMPARE(store.count(999).value, 0);
    QCOMPARE(ids(store.list(first, 1, 1).value), QList<qint64>({ ofFirst.at(1) }));
    QCOMPARE(ids(store.list({}, 3).value), all.mid(3));
}

void TestContactStore::check()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice"));
    ContactStore store(*m_database);
    QCOMPARE(store.check(ContactDraft()).fields(), QStringList({ "lead", "name" }));
    QVERIFY(store.check(contactOf(lead, QStringLiteral("ok"))).isEmpty());
    const qint64 id = store.create(contactOf(lead, QStringLiteral("x"))).value.id;
    ContactDraft change;
    change.phone = QStringLiteral("1");
    QVERIFY(store.check(change, id).isEmpty());
    change.lead = 77;
    QCOMPARE(store.check(change, id).fields(), QStringList({ "lead" }));
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
