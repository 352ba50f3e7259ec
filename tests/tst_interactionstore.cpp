// InteractionStore: interactions and their order details, each write checked, in one
// transaction, announced once.
#include "core/rules.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestInteractionStore final : public QObject
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
    void updateKeepsEmptyText();
    void unknownIdIsNotFound();
    void removeTakesOrderDetails();
    void restoreBringsBackIdAndOrder();
    void idsAreNeverReused();
    void createWithOrderDetails();
    void invalidOrderDetailsWriteNothing();
    void setOrderDetailsCreatesAndReplaces();
    void rejectedOrderDetailsChangeNothing();
    void updateWithOrderDetails();
    void moneyIsExact_data();
    void moneyIsExact();
    void listAndCount();
    void check();

private:
    InteractionDraft call() const;

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
    qint64 m_otherLead = 0;
    qint64 m_otherContact = 0;
};

void TestInteractionStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Spice"));
    m_otherLead = addLead(*m_database, QStringLiteral("Other"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Asha"));
    m_otherContact = addContact(*m_database, m_otherLead, QStringLiteral("Ravi"));
    QVERIFY(m_lead > 0 && m_otherLead > 0 && m_contact > 0 && m_otherContact > 0);
}

void TestInteractionStore::cleanup()
{
    m_database.reset();
}

InteractionDraft TestInteractionStore::call() const
{
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = m_contact;
    draft.type = InteractionType::Call;
    return draft;
}

void TestInteractionStore::createWithDefaults()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const StoreResult<Interaction> created = store.create(call());
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(created.ok());
    QVERIFY(created.value.id > 0);
    QCOMPARE(created.value.details, QString());
    QCOMPARE(created.value.orderPlaced, false);
    QVERIFY(created.value.date.toSecsSinceEpoch() >= before);
    QVERIFY(created.value.date.toSecsSinceEpoch() <= after);
    QCOMPARE(created.value.date.offsetFromUtc(), 0);
    QCOMPARE(created.value.date.time().msec(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Database::Changes>(),
             Database::Changes(Database::Change::Interactions));
    const StoreResult<Interaction> stored = store.get(created.value.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, created.value);
    QCOMPARE(store.orderDetails(created.value.id).status, StoreStatus::NotFound);
}

void TestInteractionStore::createEveryField()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = call();
    draft.type = InteractionType::Meeting;
    draft.details = QStringLiteral("Lunch — नमस्ते 👋");
    draft.orderPlaced = true;
    // An offset is kept as the same instant in UTC; milliseconds are dropped.
    draft.date = QDateTime(QDate(2024, 12, 24), QTime(21, 0, 0, 750), QTimeZone(5 * 3600 + 1800));
    const StoreResult<Interaction> created = store.create(draft);
    QVERIFY(created.ok());
    const Interaction expected { created.value.id,         m_lead,         m_contact,
                                 InteractionType::Meeting, *draft.details, true,
                                 utc(2024, 12, 24, 15, 30) };
    QCOMPARE(created.value, expected);
    QCOMPARE(store.get(created.value.id).value, expected);
}

void TestInteractionStore::rejectedCreateChangesNothing()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = m_otherContact;
    draft.details = QString(Rules::maxLongTextLength + 1, QLatin1Char('x'));
    const StoreResult<Interaction> result = store.create(draft);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "contact", "interaction_type", "details" }));
    QCOMPARE(result.errors.englishMessages(QStringLiteral("contact")),
             QStringList({ QStringLiteral("Contact %1 does not belong to lead %2.")
                               .arg(m_otherContact)
                               .arg(m_lead) }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    QCOMPARE(changed.count(), 0);

    InteractionDraft missing;
    missing.lead = 999;
    missing.contact = 998;
    const StoreResult<Interaction> result2 = store.create(missing);
    QCOMPARE(result2.status, StoreStatus::Invalid);
    QCOMPARE(result2.errors.fields(), QStringList({ "lead", "contact", "interaction_type" }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestInteractionStore::updateIsPatch()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = call();
    draft.details = QStringLiteral("Followed up.");
    draft.date = utc(2024, 12, 24, 15, 30);
    const Interaction created = store.create(draft).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft change;
    change.details = QStringLiteral("Confirmed product interest.");
    const StoreResult<Interaction> updated = store.update(created.id, change);
    QVERIFY(updated.ok());
    QCOMPARE(changed.count(), 1);
    Interaction expected = created;
    expected.details = *change.details;
    QCOMPARE(updated.value, expected);
    QCOMPARE(store.get(created.id).value, expected);

    // Moving to another lead together with its contact is a valid change.
    InteractionDraft move;
    move.lead = m_otherLead;
    move.contact = m_otherContact;
    move.type = InteractionType::Visit;
    QVERIFY(store.update(created.id, move).ok());
    expected.lead = m_otherLead;
    expected.contact = m_otherContact;
    expected.type = InteractionType::Visit;
    QCOMPARE(store.get(created.id).value, expected);
    QCOMPARE(changed.count(), 2);
}

void TestInteractionStore::rejectedUpdateChangesNothing()
{
    InteractionStore store(*m_database);
    const Interaction created = store.create(call()).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft change;
    change.lead = m_otherLead; // its contact stays at the first lead
    change.details = QString(Rules::maxLongTextLength + 1, QLatin1Char('d'));
    change.type = InteractionType::Email; // valid, but must not land either
    const StoreResult<Interaction> result = store.update(created.id, change);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "contact", "details" }));
    QCOMPARE(store.get(created.id).value, created);
    QCOMPARE(changed.count(), 0);
}

void TestInteractionStore::updateKeepsEmptyText()
{
    // Empty details read back from the file and written again must stay "", not NULL.
    InteractionStore store(*m_database);
    const Interaction created = store.create(call()).value;
    InteractionDraft change;
    change.type = InteractionType::Visit;
    const StoreResult<Interaction> updated = store.update(created.id, change);
    QVERIFY2(updated.ok(), qPrintable(updated.failure));
    QCOMPARE(store.get(created.id).value.type, InteractionType::Visit);
    QCOMPARE(store.get(created.id).value.details, QString());
    InteractionDraft empty = call();
    empty.details = QString(); // a null QString from a front end
    QVERIFY(store.create(empty).ok());
    Interaction removed = store.remove(created.id).value;
    removed.details = QString();
    QVERIFY(store.restore(removed, {}).ok());
}

void TestInteractionStore::unknownIdIsNotFound()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    QCOMPARE(store.get(7).status, StoreStatus::NotFound);
    QCOMPARE(store.update(7, call()).status, StoreStatus::NotFound);
    QCOMPARE(store.remove(7).status, StoreStatus::NotFound);
    QCOMPARE(store.orderDetails(7).status, StoreStatus::NotFound);
    QCOMPARE(store.setOrderDetails(7, orderDraft(QStringLiteral("x"), 1, 1)).status,
             StoreStatus::NotFound);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 0);
}

void TestInteractionStore::removeTakesOrderDetails()
{
    InteractionStore store(*m_database);
    const Interaction kept = store.create(call(), orderDraft(QStringLiteral("Tea"), 1, 500)).value;
    const Interaction gone
        = store.create(call(), orderDraft(QStringLiteral("Rice"), 2, 1000)).value;
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 2);
    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Interaction> removed = store.remove(gone.id);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value, gone);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.get(gone.id).status, StoreStatus::NotFound);
    QCOMPARE(store.orderDetails(gone.id).status, StoreStatus::NotFound);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 1);
    QVERIFY(store.orderDetails(kept.id).ok());
    QCOMPARE(store.remove(gone.id).status, StoreStatus::NotFound);
    QCOMPARE(changed.count(), 1);
}

void TestInteractionStore::restoreBringsBackIdAndOrder()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = call();
    draft.type = InteractionType::Order;
    draft.details = QStringLiteral("Fifty units");
    draft.date = utc(2024, 12, 25, 12, 0);
    const Interaction created
        = store.create(draft, orderDraft(QStringLiteral("Product A"), 50, 50000)).value;
    const Interaction later = store.create(call()).value; // so the removed one is not the last
    const OrderDetails details = store.orderDetails(created.id).value;
    QVERIFY(store.remove(created.id).ok());

    QSignalSpy changed(m_database.get(), &Database::changed);
    const StoreResult<Interaction> restored = store.restore(created, details);
    QVERIFY(restored.ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(restored.value, created);
    QCOMPARE(store.get(created.id).value, created);
    const StoreResult<OrderDetails> restoredDetails = store.orderDetails(created.id);
    QVERIFY(restoredDetails.ok());
    QCOMPARE(restoredDetails.value, details);
    QCOMPARE(store.get(later.id).value, later);

    // Restoring over a row that exists fails and changes nothing.
    const StoreResult<Interaction> again = store.restore(created, details);
    QVERIFY(!again.ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 2);

    // Restoring when its contact has gone is refused by the rules.
    QVERIFY(store.remove(created.id).ok());
    QVERIFY(ContactStore(*m_database).remove(m_contact).ok());
    const StoreResult<Interaction> orphan = store.restore(created, details);
    QCOMPARE(orphan.status, StoreStatus::Invalid);
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
}

void TestInteractionStore::idsAreNeverReused()
{
    InteractionStore store(*m_database);
    const qint64 last = store.create(call()).value.id;
    QVERIFY(store.remove(last).ok());
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    const qint64 next = store.create(call()).value.id;
    QVERIFY(next > last);
}

void TestInteractionStore::createWithOrderDetails()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft draft = call();
    draft.type = InteractionType::Order;
    draft.date = utc(2024, 12, 25, 12, 0);
    const StoreResult<Interaction> created
        = store.create(draft, orderDraft(QStringLiteral("50 units of Product A"), 50, 50000));
    QVERIFY(created.ok());
    QVERIFY(created.value.orderPlaced); // set by the order details
    QVERIFY(store.get(created.value.id).value.orderPlaced);
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.at(0).at(0).value<Database::Changes>();
    QVERIFY(changes.testFlag(Database::Change::Interactions));
    QVERIFY(changes.testFlag(Database::Change::OrderDetails));
    const StoreResult<OrderDetails> details = store.orderDetails(created.value.id);
    QVERIFY(details.ok());
    // The order date defaults to the interaction's date.
    const OrderDetails expected { created.value.id, QStringLiteral("50 units of Product A"), 50,
                                  Money::fromCents(50000), utc(2024, 12, 25, 12, 0) };
    QCOMPARE(details.value, expected);
}

void TestInteractionStore::invalidOrderDetailsWriteNothing()
{
    InteractionStore store(*m_database);
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft draft = call();
    draft.details = QString(Rules::maxLongTextLength + 1, QLatin1Char('x'));
    OrderDetailsDraft bad = orderDraft(QString(), 0, -1);
    const StoreResult<Interaction> result = store.create(draft, bad);
    QCOMPARE(result.status, StoreStatus::Invalid);
    // Every bad field at once, from the interaction and its order.
    QCOMPARE(result.errors.fields(),
             QStringList({ "details", "product_details", "quantity", "total_price" }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 0);
    // A valid interaction with invalid order details is not written either.
    const StoreResult<Interaction> result2 = store.create(call(), bad);
    QCOMPARE(result2.status, StoreStatus::Invalid);
    QCOMPARE(result2.errors.fields(),
             QStringList({ "product_details", "quantity", "total_price" }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestInteractionStore::setOrderDetailsCreatesAndReplaces()
{
    InteractionStore store(*m_database);
    InteractionDraft draft = call();
    draft.date = utc(2024, 12, 24, 15, 30);
    const Interaction created = store.create(draft).value;
    QVERIFY(!created.orderPlaced);
    QSignalSpy changed(m_database.get(), &Database::changed);

    const StoreResult<OrderDetails> first
        = store.setOrderDetails(created.id, orderDraft(QStringLiteral("Tea"), 3, 1999));
    QVERIFY(first.ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.get(created.id).value.orderPlaced);
    QCOMPARE(first.value.orderDate, utc(2024, 12, 24, 15, 30));
    QCOMPARE(store.orderDetails(created.id).value, first.value);

    OrderDetailsDraft replacement = orderDraft(QStringLiteral("Coffee"), 7, 123456789);
    replacement.orderDate = QDateTime(QDate(2025, 1, 1), QTime(5, 0), QTimeZone(-8 * 3600));
    const StoreResult<OrderDetails> second = store.setOrderDetails(created.id, replacement);
    QVERIFY(second.ok());
    QCOMPARE(changed.count(), 2);
    const OrderDetails expected { created.id, QStringLiteral("Coffee"), 7,
                                  Money::fromCents(123456789), utc(2025, 1, 1, 13, 0) };
    QCOMPARE(second.value, expected);
    QCOMPARE(store.orderDetails(created.id).value, expected);
    QCOMPARE(rowCount(*m_database, QStringLiteral("order_details")), 1);
}

void TestInteractionStore::rejectedOrderDetailsChangeNothing()
{
    InteractionStore store(*m_database);
    const Interaction created
        = store.create(call(), orderDraft(QStringLiteral("Tea"), 3, 300)).value;
    const OrderDetails before = store.orderDetails(created.id).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    OrderDetailsDraft bad;
    bad.quantity = Rules::maxQuantity + 1;
    const StoreResult<OrderDetails> result = store.setOrderDetails(created.id, bad);
    QCOMPARE(result.status, StoreStatus::Invalid);
    QCOMPARE(result.errors.fields(), QStringList({ "product_details", "quantity", "total_price" }));
    QCOMPARE(store.orderDetails(created.id).value, before);
    QCOMPARE(changed.count(), 0);

    // Without order details, order_placed stays as it was after a refusal.
    const Interaction plain = store.create(call()).value;
    QCOMPARE(store.setOrderDetails(plain.id, bad).status, StoreStatus::Invalid);
    QVERIFY(!store.get(plain.id).value.orderPlaced);
    QCOMPARE(store.orderDetails(plain.id).status, StoreStatus::NotFound);
}

void TestInteractionStore::updateWithOrderDetails()
{
    InteractionStore store(*m_database);
    const Interaction created = store.create(call()).value;
    QSignalSpy changed(m_database.get(), &Database::changed);
    InteractionDraft change;
    change.type = InteractionType::Order;
    const StoreResult<Interaction> updated
        = store.update(created.id, change, orderDraft(QStringLiteral("Rice"), 5, 2500));
    QVERIFY(updated.ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(updated.value.orderPlaced);
    QCOMPARE(store.orderDetails(created.id).value.totalPrice, Money::fromCents(2500));

    // An invalid order in an update leaves both the interaction and its order as they were.
    const Interaction before = store.get(created.id).value;
    change.details = QStringLiteral("should not land");
    QCOMPARE(store.update(created.id, change, orderDraft(QStringLiteral("Rice"), 0, 2500)).status,
             StoreStatus::Invalid);
    QCOMPARE(store.get(created.id).value, before);
    QCOMPARE(store.orderDetails(created.id).value.quantity, 5);
    QCOMPARE(changed.count(), 1);
}

void TestInteractionStore::moneyIsExact_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::newRow("500.00") << qint64(50000);
    QTest::newRow("0.10") << qint64(10);
    QTest::newRow("19.99") << qint64(1999);
    QTest::newRow("0.29") << qint64(29);
    QTest::newRow("1234567.89") << qint64(123456789);
    QTest::newRow("largest") << Money::maximumCents;
    QTest::newRow("free") << qint64(0);
}

void TestInteractionStore::moneyIsExact()
{
    QFETCH(qint64, cents);
    InteractionStore store(*m_database);
    const Interaction created
        = store.create(call(), orderDraft(QStringLiteral("x"), 1, cents)).value;
    QCOMPARE(store.orderDetails(created.id).value.totalPrice.cents(), cents);
    // Stored as a whole number of cents, never a float (each engine names its type its way).
    const bool postgres = TestDatabase::onPostgres();
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(postgres ? QStringLiteral("SELECT pg_typeof(total_price_cents)::text,"
                                                 " total_price_cents FROM order_details")
                                : QStringLiteral("SELECT typeof(total_price_cents),"
                                                 " total_price_cents FROM order_details")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             postgres ? QStringLiteral("bigint") : QStringLiteral("integer"));
    QCOMPARE(query.value(1).toLongLong(), cents);
}

void TestInteractionStore::listAndCount()
{
    InteractionStore store(*m_database);
    QList<qint64> all, ofLead, orders;
    for (int i = 0; i < 6; ++i) {
        InteractionDraft draft = call();
        if (i % 3 == 2) {
            draft.lead = m_otherLead;
            draft.contact = m_otherContact;
        }
        const bool isOrder = i % 2 == 1;
        const StoreResult<Interaction> created = isOrder
            ? store.create(draft, orderDraft(QStringLiteral("o"), 1, 100))
            : store.create(draft);
        QVERIFY(created.ok());
        all.append(created.value.id);
        if (*draft.lead == m_lead)
            ofLead.append(created.value.id);
        if (isOrder)
            orders.append(created.value.id);
    }
    auto ids = [](const StoreResult<QList<Interaction>> &result) {
        QList<qint64> list;
        for (const Interaction &interaction : result.value)
            list.append(interaction.id);
        return list;
    };
    InteractionFilter filter;
    QCOMPARE(ids(store.list(filter)), all);
    QCOMPARE(store.count(filter).value, 6);
    QCOMPARE(ids(store.list(filter, 2, 3)), all.mid(2, 3));
    QCOMPARE(ids(store.list(filter, 4)), all.mid(4));
    QCOMPARE(ids(store.list(filter, 0, 0)), QList<qint64>());
    filter.lead = m_lead;
    QCOMPARE(ids(store.list(filter)), ofLead);
    QCOMPARE(store.count(filter).value, ofLead.size());
    filter = InteractionFilter();
    filter.ordersOnly = true;
    QCOMPARE(ids(store.list(filter)), orders);
    QCOMPARE(store.count(filter).value, orders.size());
}

void TestInteractionStore::check()
{
    InteractionStore store(*m_database);
    // A new draft is checked with its defaults: only the required fields without one.
    QCOMPARE(store.check(InteractionDraft()).fields(),
             QStringList({ "lead", "contact", "interaction_type" }));
    QVERIFY(store.check(call()).isEmpty());
    QCOMPARE(store.check(call(), {}, orderDraft(QString(), 1, 1)).fields(),
             QStringList({ "product_details" }));
    const qint64 id = store.create(call()).value.id;
    InteractionDraft change;
    change.details = QStringLiteral("only this");
    QVERIFY(store.check(change, id).isEmpty());
    change.contact = m_otherContact;
    QCOMPARE(store.check(change, id).fields(), QStringList({ "contact" }));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
}

QTEST_GUILESS_MAIN(TestInteractionStore)
#include "tst_interactionstore.moc"
