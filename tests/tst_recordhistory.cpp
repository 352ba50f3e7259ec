// RecordHistory as the stores write it: each create, change and delete of an interaction, a lead
// and a contact, with who made it (the database's acting person, or each draft's own in a group
// commit) and each field from what to what; a change that changes nothing is not one; an undo's
// restore is recorded too.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "storage/recordhistory.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using Change = RecordHistory::Change;
using Kind = RecordHistory::Kind;

class TestRecordHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void interactionAcrossEditsByTwoPeople();
    void groupCommitRecordsEachDraftsPerson();
    void leadsAndContactsToo();
    void undoOfADeleteIsRecorded();
    void orderDetailsAreTheInteractionsFields();
    void cascadedDeletesAreRecordedEach();

private:
    QList<RecordHistory::Entry> history(Kind kind, qint64 id);

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
    qint64 m_asha = 0;
    qint64 m_ravi = 0;
};

void TestRecordHistory::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice Garden"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Meera"));
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value.person.id;
    m_ravi = people.add(QStringLiteral("Ravi")).value.person.id;
    QVERIFY(m_lead > 0 && m_contact > 0 && m_asha > 0 && m_ravi > 0);
}

void TestRecordHistory::cleanup()
{
    m_database.reset();
}

QList<RecordHistory::Entry> TestRecordHistory::history(Kind kind, qint64 id)
{
    const StoreResult<QList<RecordHistory::Entry>> entries
        = RecordHistory(*m_database).of(kind, id);
    return entries.ok() ? entries.value : QList<RecordHistory::Entry> {};
}

void TestRecordHistory::interactionAcrossEditsByTwoPeople()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Call);
    draft.details = QStringLiteral("First call");
    m_database->setActingPerson(m_asha);
    const StoreResult<Interaction> made = store.create(draft);
    QVERIFY(made.ok());

    m_database->setActingPerson(m_ravi);
    InteractionDraft change;
    change.details = QStringLiteral("First call, then a visit");
    change.type = InteractionType::Visit;
    QVERIFY(store.update(made.value.id, change).ok());
    // The same again changes nothing, and is no change of the history either.
    QVERIFY(store.update(made.value.id, change).ok());
    m_database->setActingPerson(std::nullopt); // the window, say
    InteractionDraft orderPlaced;
    orderPlaced.orderPlaced = true;
    QVERIFY(store.update(made.value.id, orderPlaced).ok());

    const QList<RecordHistory::Entry> entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).change, Change::Created);
    QCOMPARE(entries.at(0).person, std::optional<qint64>(m_asha));
    QCOMPARE(entries.at(0).personName, QStringLiteral("Asha"));
    QCOMPARE(entries.at(0).fields.value(QStringLiteral("details")).toObject(),
             QJsonObject({ { QStringLiteral("to"), QStringLiteral("First call") } }));
    QVERIFY(!entries.at(0).fields.contains(QStringLiteral("id")));

    QCOMPARE(entries.at(1).change, Change::Changed);
    QCOMPARE(entries.at(1).personName, QStringLiteral("Ravi"));
    QCOMPARE(entries.at(1).fields.keys(),
             QStringList({ QStringLiteral("details"), QStringLiteral("interaction_type") }));
    QCOMPARE(entries.at(1).fields.value(QStringLiteral("interaction_type")).toObject(),
             QJsonObject({ { QStringLiteral("from"), QStringLiteral("CALL") },
                           { QStringLiteral("to"), QStringLiteral("VISIT") } }));

    QCOMPARE(entries.at(2).person, std::nullopt);
    QVERIFY(entries.at(2).personName.isEmpty());
    QCOMPARE(entries.at(2).fields.keys(), QStringList({ QStringLiteral("order_placed") }));
    QVERIFY(entries.at(2).at.isValid());
    QVERIFY(qAbs(entries.at(2).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    m_database->setActingPerson(m_asha);
    QVERIFY(store.remove(made.value.id).ok());
    const QList<RecordHistory::Entry> after = history(Kind::Interaction, made.value.id);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(3).change, Change::Deleted);
    QCOMPARE(after.at(3).personName, QStringLiteral("Asha"));
    QCOMPARE(
        after.at(3).fields.value(QStringLiteral("details")).toObject(),
        QJsonObject({ { QStringLiteral("from"), QStringLiteral("First call, then a visit") } }));
}

void TestRecordHistory::groupCommitRecordsEachDraftsPerson()
{
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Email);
    InteractionDraft refused = draft;
    refused.lead = 999999;
    const QList<StoreResult<Interaction>> made
        = InteractionStore(*m_database)
              .createMany({ draft, refused, draft }, { m_ravi, m_asha, std::nullopt });
    QCOMPARE(made.size(), 3);
    QVERIFY(made.at(0).ok() && !made.at(1).ok() && made.at(2).ok());
    QCOMPARE(history(Kind::Interaction, made.at(0).value.id).at(0).personName,
             QStringLiteral("Ravi"));
    QCOMPARE(history(Kind::Interaction, made.at(2).value.id).size(), 1);
    QCOMPARE(history(Kind::Interaction, made.at(2).value.id).at(0).person, std::nullopt);
}

void TestRecordHistory::leadsAndContactsToo()
{
    m_database->setActingPerson(m_ravi);
    LeadDraft lead;
    lead.name = QStringLiteral("Tandoor House");
    const StoreResult<Lead> made = LeadStore(*m_database).create(lead);
    QVERIFY(made.ok());
    LeadDraft renamed;
    renamed.name = QStringLiteral("Tandoor House, Pune");
    m_database->setActingPerson(m_asha);
    QVERIFY(LeadStore(*m_database).update(made.value.id, renamed).ok());
    ContactDraft contact;
    contact.lead = made.value.id;
    contact.name = QStringLiteral("Vikram");
    const StoreResult<Contact> vikram = ContactStore(*m_database).create(contact);
    QVERIFY(vikram.ok());
    QVERIFY(LeadStore(*m_database).remove(made.value.id).ok());

    const QList<RecordHistory::Entry> leadHistory = history(Kind::Lead, made.value.id);
    QCOMPARE(leadHistory.size(), 3);
    QCOMPARE(leadHistory.at(0).personName, QStringLiteral("Ravi"));
    QCOMPARE(leadHistory.at(1).fields.value(QStringLiteral("name")).toObject(),
             QJsonObject({ { QStringLiteral("from"), QStringLiteral("Tandoor House") },
                           { QStringLiteral("to"), QStringLiteral("Tandoor House, Pune") } }));
    QCOMPARE(leadHistory.at(2).change, Change::Deleted);
    const QList<RecordHistory::Entry> contactHistory = history(Kind::Contact, vikram.value.id);
    QCOMPARE(contactHistory.size(), 2); // created, then deleted with its lead
    QCOMPARE(contactHistory.at(0).change, Change::Created);
    QCOMPARE(contactHistory.at(0).personName, QStringLiteral("Asha"));
    QCOMPARE(contactHistory.at(1).change, Change::Deleted);
    // A contact's history and an interaction's of the same id are apart.
    QVERIFY(history(Kind::Interaction, vikram.value.id).isEmpty());
}

void TestRecordHistory::undoOfADeleteIsRecorded()
{
    ContactStore contacts(*m_database);
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Meeting);
    const StoreResult<Interaction> made = InteractionStore(*m_database).create(draft);
    QVERIFY(made.ok());
    const StoreResult<ContactStore::Removed> taken = contacts.takeOut(m_contact);
    QVERIFY(taken.ok());
    QVERIFY(contacts.restore(taken.value).ok());
    const QList<RecordHistory::Entry> contactHistory = history(Kind::Contact, m_contact);
    QCOMPARE(contactHistory.size(), 3); // created (init), deleted, created again
    QCOMPARE(contactHistory.at(1).change, Change::Deleted);
    QCOMPARE(contactHistory.at(2).change, Change::Created);
    // The interaction brought back with it is recorded as made again.
    const QList<RecordHistory::Entry> interactionHistory
        = history(Kind::Interaction, made.value.id);
    QCOMPARE(interactionHistory.size(), 3);
    QCOMPARE(interactionHistory.at(1).change, Change::Deleted);
    QCOMPARE(interactionHistory.at(2).change, Change::Created);
}

void TestRecordHistory::orderDetailsAreTheInteractionsFields()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Order);
    draft.date = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc());
    OrderDetailsDraft order = orderDraft(QStringLiteral("40 kg basmati"), 40, 1'250'050);
    m_database->setActingPerson(m_asha);
    const StoreResult<Interaction> made = store.create(draft, order);
    QVERIFY(made.ok());
    const QString prefix = RecordHistory::orderDetailsPrefix();
    // Created with its order: one entry.
    QList<RecordHistory::Entry> entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).fields.value(prefix + QStringLiteral("quantity")).toObject(),
             QJsonObject({ { QStringLiteral("to"), 40 } }));
    QCOMPARE(entries.at(0).fields.value(prefix + QStringLiteral("total_price")).toObject(),
             QJsonObject({ { QStringLiteral("to"), 12500.5 } }));
    QCOMPARE(entries.at(0).fields.value(prefix + QStringLiteral("order_date")).toObject(),
             QJsonObject({ { QStringLiteral("to"), QStringLiteral("2026-11-03T10:00:00Z") } }));

    // A change of the order alone is a change of those fields alone.
    m_database->setActingPerson(m_ravi);
    order.quantity = 50;
    QVERIFY(store.update(made.value.id, InteractionDraft(), order).ok());
    entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).personName, QStringLiteral("Ravi"));
    QCOMPARE(entries.at(1).fields,
             QJsonObject({ { prefix + QStringLiteral("quantity"),
                             QJsonObject({ { QStringLiteral("from"), 40 },
                                           { QStringLiteral("to"), 50 } }) } }));

    // Replaced without an order: the order's fields go, each from what it was.
    InteractionDraft plain = InteractionDraft::from(made.value);
    plain.orderPlaced = false;
    QVERIFY(store.replace(made.value.id, plain, std::nullopt).ok());
    entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).fields.value(prefix + QStringLiteral("quantity")).toObject(),
             QJsonObject({ { QStringLiteral("from"), 50 } }));
    QCOMPARE(entries.at(2).fields.value(QStringLiteral("order_placed")).toObject(),
             QJsonObject({ { QStringLiteral("from"), true }, { QStringLiteral("to"), false } }));

    // Order details set on their own (the API's PUT) set order_placed too, in the same entry.
    order.quantity = 60;
    QVERIFY(store.setOrderDetails(made.value.id, order).ok());
    entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(3).fields.value(QStringLiteral("order_placed")).toObject(),
             QJsonObject({ { QStringLiteral("from"), false }, { QStringLiteral("to"), true } }));
    QCOMPARE(entries.at(3).fields.value(prefix + QStringLiteral("quantity")).toObject(),
             QJsonObject({ { QStringLiteral("to"), 60 } }));

    // Deleted: every field, the order's too, from what it was.
    QVERIFY(store.remove(made.value.id).ok());
    entries = history(Kind::Interaction, made.value.id);
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(4).change, Change::Deleted);
    QCOMPARE(entries.at(4).fields.value(prefix + QStringLiteral("quantity")).toObject(),
             QJsonObject({ { QStringLiteral("from"), 60 } }));
}

void TestRecordHistory::cascadedDeletesAreRecordedEach()
{
    InteractionStore interactions(*m_database);
    const qint64 other = addContact(*m_database, m_lead, QStringLiteral("Farhan"));
    InteractionDraft draft = interactionDraft(m_lead, m_contact, InteractionType::Order);
    OrderDetailsDraft order = orderDraft(QStringLiteral("Saffron"), 2, 90'000);
    const StoreResult<Interaction> first = interactions.create(draft, order);
    draft.contact = other;
    draft.type = InteractionType::Call;
    const StoreResult<Interaction> second = interactions.create(draft);
    QVERIFY(first.ok() && second.ok());

    // A contact removed with its interaction.
    m_database->setActingPerson(m_asha);
    QVERIFY(ContactStore(*m_database).remove(other).ok());
    QCOMPARE(history(Kind::Interaction, second.value.id).size(), 2);
    QCOMPARE(history(Kind::Interaction, second.value.id).at(1).change, Change::Deleted);
    QCOMPARE(history(Kind::Interaction, second.value.id).at(1).personName, QStringLiteral("Asha"));
    QCOMPARE(history(Kind::Contact, other).last().change, Change::Deleted);

    // A lead removed with its contact, its interaction and the interaction's order.
    m_database->setActingPerson(m_ravi);
    QVERIFY(LeadStore(*m_database).remove(m_lead).ok());
    QCOMPARE(history(Kind::Lead, m_lead).last().change, Change::Deleted);
    QCOMPARE(history(Kind::Contact, m_contact).last().change, Change::Deleted);
    QCOMPARE(history(Kind::Contact, m_contact).last().personName, QStringLiteral("Ravi"));
    const QList<RecordHistory::Entry> entries = history(Kind::Interaction, first.value.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).change, Change::Deleted);
    QCOMPARE(entries.at(1).personName, QStringLiteral("Ravi"));
    QCOMPARE(
        entries.at(1)
            .fields.value(RecordHistory::orderDetailsPrefix() + QStringLiteral("product_details"))
            .toObject(),
        QJsonObject({ { QStringLiteral("from"), QStringLiteral("Saffron") } }));
}

QTEST_GUILESS_MAIN(TestRecordHistory)
#include "tst_recordhistory.moc"
