// LeadStore: create, read, PATCH, remove with its cascade, lists and the change signal.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

LeadDraft named(const QString &name)
{
    LeadDraft draft;
    draft.name = name;
    return draft;
}

} // namespace

class TestLeadStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createWithDefaults();
    void createEveryField();
    void rejectedCreateChangesNothing();
    void updateIsPatch();
    void rejectedUpdateChangesNothing();
    void unknownIdIsNotFound();
    void removeCascades();
    void takeOutAndRestoreUnderTheOldIds();
    void takeOutRefusingCascadeLeavesTheLead();
    void restoreIsOneTransaction();
    void idsAreNeverReused();
    void listAndCount();
    void listByName();
    void check();

private:
    TestDatabase m_database;
};

void TestLeadStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestLeadStore::cleanup()
{
    m_database.reset();
}

void TestLeadStore::createWithDefaults()
{
    LeadStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Lead> created = store.create(named(QStringLiteral("Spice Garden")));
    QVERIFY(created.ok());
    QVERIFY(created.value.id > 0);
    QCOMPARE(created.value.name, QStringLiteral("Spice Garden"));
    QCOMPARE(created.value.status, LeadStatus::New);
    QCOMPARE(created.value.city, QString());
    QCOMPARE(created.value.notes, QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database::Changes>(),
             Database::Changes(Database::Change::Leads));
    const StoreResult<Lead> stored = store.get(created.value.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, created.value);
}

void TestLeadStore::createEveryField()
{
    LeadStore store(*m_database);
    LeadDraft draft;
    draft.name = QStringLiteral("मसाला घर 🍛");
    draft.status = LeadStatus::Negotiating;
    draft.city = QStringLiteral("Pune");
    draft.phone = QStringLiteral("+91 20 1234");
    draft.email = QStringLiteral("owner@masala.example");
    draft.notes = QStringLiteral("Line one\nLine \"two\"");
    const StoreResult<Lead> created = store.create(draft);
    QVERIFY(created.ok());
    const Lead expected { created.value.id, *draft.name,  *draft.status, *draft.city,
                          *draft.phone,     *draft.email, *draft.notes };
    QCOMPARE(created.value, expected);
    QCOMPARE(store.get(created.value.id).value, expected);
}

void TestLeadStore::rejectedCreateChangesNothing()
{
    LeadStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    LeadDraft draft;
    draft.name = QStringLiteral("  ");
    draft.email = QStringLiteral("nope");
    draft.city = QString(300, QLatin1Char('c'));
    const StoreResult<Lead> result = store.create(draft);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "name", "city", "email" }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestLeadStore::updateIsPatch()
{
    LeadStore store(*m_database);
    LeadDraft draft = named(QStringLiteral("Spice"));
    draft.city = QStringLiteral("Pune");
    draft.notes = QStringLiteral("keep me");
    const qint64 id = store.create(draft).value.id;
    QSignalSpy changed(m_database.get(), &Database::changed);
    LeadDraft change;
    change.status = LeadStatus::Converted;
    change.city = QStringLiteral("Mumbai");
    const StoreResult<Lead> updated = store.update(id, change);
    QVERIFY(updated.ok());
    QCOMPARE(changed.count(), 1);
    const Lead expected { id,
                          QStringLiteral("Spice"),
                          LeadStatus::Converted,
                          QStringLiteral("Mumbai"),
                          QString(),
                          QString(),
                          QStringLiteral("keep me") };
    QCOMPARE(updated.value, expected);
    QCOMPARE(store.get(id).value, expected);
    // Empty texts read back from the file and written again stay "", not NULL.
    LeadDraft rename;
    rename.name = QStringLiteral("Spice");
    QVERIFY(store.update(id, rename).ok());
    // An empty change is a valid no-op write.
    QVERIFY(store.update(id, LeadDraft()).ok());
    QCOMPARE(store.get(id).value, expected);
}

void TestLeadStore::rejectedUpdateChangesNothing()
{
    LeadStore store(*m_database);
    const Lead lead = store.create(named(QStringLiteral("Spice"))).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    LeadDraft change;
    change.name = QString();
    change.email = QStringLiteral("bad@");
    change.city = QStringLiteral("would be fine");
    const StoreResult<Lead> result = store.update(lead.id, change);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "name", "email" }));
    QCOMPARE(store.get(lead.id).value, lead);
    QCOMPARE(changed.count(), 0);
}

void TestLeadStore::unknownIdIsNotFound()
{
    LeadStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    QCOMPARE(store.get(42).status, StoreStatus::NotFound);
    QCOMPARE(store.update(42, named(QStringLiteral("x"))).status, StoreStatus::NotFound);
    QCOMPARE(store.remove(42).status, StoreStatus::NotFound);
    QCOMPARE(changed.count(), 0);
}

void TestLeadStore::removeCascades()
{
    LeadStore leads(*m_database);
    ContactStore contacts(*m_database);
    InteractionStore interactions(*m_database);
    const qint64 kept = leads.create(named(QStringLiteral("Kept"))).value.id;
    const qint64 gone = leads.create(named(QStringLiteral("Gone"))).value.id;
    ContactDraft contact;
    contact.lead = kept;
    contact.name = QStringLiteral("Stays");
    const qint64 keptContact = contacts.create(contact).value.id;
    contact.lead = gone;
    contact.name = QStringLiteral("Goes");
    const qint64 goneContact = contacts.create(contact).value.id;
    contact.name = QStringLiteral("Goes too");
    QVERIFY(contacts.create(contact).ok());

    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 2;
    order.totalPrice = Money::fromCents(1000);
    InteractionDraft interaction;
    interaction.lead = gone;
    interaction.contact = goneContact;
    interaction.type = InteractionType::Order;
    QVERIFY(interactions.create(interaction, order).ok());
    interaction.type = InteractionType::Call;
    QVERIFY(interactions.create(interaction).ok());
    interaction.lead = kept;
    interaction.contact = keptContact;
    QVERIFY(interactions.create(interaction, order).ok());

    const StoreResult<LeadStore::Dependents> dependents = leads.dependents(gone);
    QVERIFY(dependents.ok());
    QCOMPARE(dependents.value.contacts, 2);
    QCOMPARE(dependents.value.interactions, 2);
    QCOMPARE(leads.dependents(kept).value.contacts, 1);
    QCOMPARE(leads.dependents(kept).value.interactions, 1);
    QCOMPARE(leads.dependents(999).value.contacts, 0);

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Lead> removed = leads.remove(gone);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value.name, QStringLiteral("Gone"));
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<Database::Changes>();
    QVERIFY(changes.testFlag(Database::Change::Leads));
    QVERIFY(changes.testFlag(Database::Change::Contacts));
    QVERIFY(changes.testFlag(Database::Change::Interactions));
    QVERIFY(changes.testFlag(Database::Change::OrderDetails));
    QCOMPARE(leads.get(gone).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 1);
    QCOMPARE(leads.dependents(gone).value.contacts, 0);
}

// What a removal took comes back whole: the lead, its contacts, their interactions and order
// details, each under its old id, in one announced change (an undo of a deletion).
void TestLeadStore::takeOutAndRestoreUnderTheOldIds()
{
    LeadStore leads(*m_database);
    ContactStore contacts(*m_database);
    InteractionStore interactions(*m_database);
    LeadDraft draft = named(QStringLiteral("Gone"));
    draft.city = QStringLiteral("Pune");
    draft.status = LeadStatus::Negotiating;
    const Lead lead = leads.create(draft).value;
    const qint64 other = leads.create(named(QStringLiteral("Other"))).value.id;
    ContactDraft contact;
    contact.lead = lead.id;
    contact.name = QStringLiteral("First");
    const Contact first = contacts.create(contact).value;
    contact.name = QStringLiteral("Second");
    contact.role = QStringLiteral("Chef");
    const Contact second = contacts.create(contact).value;
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 2;
    order.totalPrice = Money::fromCents(1234);
    InteractionDraft interaction;
    interaction.lead = lead.id;
    interaction.contact = second.id;
    interaction.type = InteractionType::Order;
    interaction.date = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    const Interaction ordered = interactions.create(interaction, order).value;
    const OrderDetails orderDetails = interactions.orderDetails(ordered.id).value;
    interaction.type = InteractionType::Call;
    interaction.contact = first.id;
    interaction.details = QStringLiteral("Called");
    const Interaction called = interactions.create(interaction).value;

    const StoreResult<LeadStore::Removed> taken = leads.takeOut(lead.id);
    QVERIFY(taken.ok());
    QCOMPARE(taken.value.lead, lead);
    QCOMPARE(taken.value.contacts.size(), 2);
    QCOMPARE(leads.get(lead.id).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 0);
    // A lead added meanwhile gets a new id, never one of those taken out.
    QVERIFY(leads.create(named(QStringLiteral("Newer"))).value.id > other);

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Lead> restored = leads.restore(taken.value);
    QVERIFY2(restored.ok(), qPrintable(restored.failure));
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<Database::Changes>();
    QVERIFY(changes.testFlag(Database::Change::Leads));
    QVERIFY(changes.testFlag(Database::Change::Contacts));
    QVERIFY(changes.testFlag(Database::Change::Interactions));
    QVERIFY(changes.testFlag(Database::Change::OrderDetails));
    QCOMPARE(leads.get(lead.id).value, lead);
    QCOMPARE(contacts.get(first.id).value, first);
    QCOMPARE(contacts.get(second.id).value, second);
    QCOMPARE(interactions.get(ordered.id).value, ordered);
    QCOMPARE(interactions.get(called.id).value, called);
    QCOMPARE(interactions.orderDetails(ordered.id).value, orderDetails);
    QCOMPARE(interactions.orderDetails(called.id).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 1);
    // The restored interactions are found by the full-text search again.
    InteractionFilter search;
    search.text = QStringLiteral("Called");
    QCOMPARE(interactions.count(search).value, 1);
}

// The undo of an addition: a lead that an API client gave a contact meanwhile is kept.
void TestLeadStore::takeOutRefusingCascadeLeavesTheLead()
{
    LeadStore leads(*m_database);
    const Lead lead = leads.create(named(QStringLiteral("New"))).value;
    ContactDraft contact;
    contact.lead = lead.id;
    contact.name = QStringLiteral("Added by a client");
    QVERIFY(ContactStore(*m_database).create(contact).ok());
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<LeadStore::Removed> refused
        = leads.takeOut(lead.id, LeadStore::Cascade::Refused);
    QCOMPARE(refused.status, StoreStatus::Invalid);
    QVERIFY(refused.errors.has(QStringLiteral("contacts")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(leads.get(lead.id).value, lead);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 1);
    // Alone, it goes, and comes back.
    const Lead alone = leads.create(named(QStringLiteral("Alone"))).value;
    const StoreResult<LeadStore::Removed> taken
        = leads.takeOut(alone.id, LeadStore::Cascade::Refused);
    QVERIFY(taken.ok());
    QCOMPARE(leads.get(alone.id).status, StoreStatus::NotFound);
    QVERIFY(leads.restore(taken.value).ok());
    QCOMPARE(leads.get(alone.id).value, alone);
    QCOMPARE(leads.takeOut(999).status, StoreStatus::NotFound);
}

// A restore that cannot be completed leaves nothing behind: not the lead without its contacts.
void TestLeadStore::restoreIsOneTransaction()
{
    LeadStore leads(*m_database);
    const Lead lead = leads.create(named(QStringLiteral("Gone"))).value;
    ContactDraft contact;
    contact.lead = lead.id;
    contact.name = QStringLiteral("Person");
    QVERIFY(ContactStore(*m_database).create(contact).ok());
    StoreResult<LeadStore::Removed> taken = leads.takeOut(lead.id);
    QVERIFY(taken.ok());
    // A contact id that another lead holds now cannot be put back.
    const qint64 other = leads.create(named(QStringLiteral("Other"))).value.id;
    contact.lead = other;
    const qint64 holder = ContactStore(*m_database).create(contact).value.id;
    taken.value.contacts[0].contact.id = holder;
    QSignalSpy changed(m_database.get(), &Database::changed);
    QCOMPARE(leads.restore(taken.value).status, StoreStatus::Failed);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(leads.get(lead.id).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 1);
}

void TestLeadStore::idsAreNeverReused()
{
    LeadStore store(*m_database);
    const qint64 first = store.create(named(QStringLiteral("A"))).value.id;
    const qint64 last = store.create(named(QStringLiteral("B"))).value.id;
    QVERIFY(last > first);
    QVERIFY(store.remove(last).ok());
    const qint64 next = store.create(named(QStringLiteral("C"))).value.id;
    QVERIFY(next > last);
}

void TestLeadStore::listAndCount()
{
    LeadStore store(*m_database);
    QCOMPARE(store.count().value, 0);
    QVERIFY(store.list().value.isEmpty());
    QList<qint64> ids;
    for (const char *name : { "Charlie", "alpha", "Bravo", "delta" })
        ids.append(store.create(named(QString::fromLatin1(name))).value.id);
    QCOMPARE(store.count().value, 4);
    QList<qint64> listed;
    for (const Lead &lead : store.list().value)
        listed.append(lead.id);
    QCOMPARE(listed, ids); // id order
    const QList<Lead> page = store.list(1, 2).value;
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).id, ids.at(1));
    QCOMPARE(page.at(1).id, ids.at(2));
    QCOMPARE(store.list(3, 10).value.size(), 1);
    QCOMPARE(store.list(10).value.size(), 0);
}

void TestLeadStore::listByName()
{
    LeadStore store(*m_database);
    for (const char *name : { "Spice Garden", "Garden Cafe", "Tea House", "GARDENIA" })
        QVERIFY(store.create(named(QString::fromLatin1(name))).ok());
    QStringList names;
    for (const Lead &lead : store.list(0, -1, QStringLiteral("garden")).value)
        names.append(lead.name);
    QCOMPARE(names, QStringList({ "GARDENIA", "Garden Cafe", "Spice Garden" }));
    // Text is taken literally, not as a pattern.
    QVERIFY(store.list(0, -1, QStringLiteral("%")).value.isEmpty());
    QVERIFY(store.list(0, -1, QStringLiteral("' OR 1=1 --")).value.isEmpty());
}

void TestLeadStore::check()
{
    LeadStore store(*m_database);
    QCOMPARE(store.check(LeadDraft()).fields(), QStringList({ "name" }));
    QVERIFY(store.check(named(QStringLiteral("ok"))).isEmpty());
    const qint64 id = store.create(named(QStringLiteral("x"))).value.id;
    // A change is checked laid over the stored lead: leaving the name out is fine.
    LeadDraft change;
    change.city = QStringLiteral("Pune");
    QVERIFY(store.check(change, id).isEmpty());
    change.email = QStringLiteral("bad");
    QCOMPARE(store.check(change, id).fields(), QStringList({ "email" }));
}

QTEST_GUILESS_MAIN(TestLeadStore)
#include "tst_leadstore.moc"
