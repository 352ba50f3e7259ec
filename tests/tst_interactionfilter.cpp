// InteractionFilter: each filter field and sort key, turned into SQL with bound parameters, over a
// real store.
#include "core/money.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionfilter.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

Q_DECLARE_METATYPE(InteractionFilter::SortKey)

class TestInteractionFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everything();
    void byLead();
    void byContact();
    void byLeadAndContact();
    void byTypes();
    void fromUntil();
    void ordersOnly();
    void text_data();
    void text();
    void injectionIsHarmless();
    void combined();
    void sorting_data();
    void sorting();
    void pagingFollowsSortOrder();
    void isEmptyAndEquality();
    void aSearchCountsEachRowOnce(); // last: it adds rows

private:
    QList<qint64> ids(const InteractionFilter &filter);
    QList<qint64> expected(const std::function<bool(const Interaction &)> &keep) const;
    qint64 add(qint64 lead, qint64 contact, InteractionType type, const QString &details,
               const QDateTime &date, bool order, const QString &product = {},
               qint64 totalCents = 0);
    // Whether text is found where a search looks: details, names and product.
    bool found(const Interaction &interaction, const QString &text) const;

    TestDatabase m_database;
    std::unique_ptr<InteractionStore> m_store;
    QList<Interaction> m_all;
    QHash<qint64, QString> m_leadNames;
    QHash<qint64, QString> m_contactNames;
    QHash<qint64, QString> m_products; // by interaction
    QHash<qint64, qint64> m_totals; // cents, by interaction
    qint64 m_leadA = 0, m_leadB = 0, m_contactA1 = 0, m_contactA2 = 0, m_contactB = 0;
};

qint64 TestInteractionFilter::add(qint64 lead, qint64 contact, InteractionType type,
                                  const QString &details, const QDateTime &date, bool order,
                                  const QString &product, qint64 totalCents)
{
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = type;
    draft.details = details;
    draft.date = date;
    draft.orderPlaced = order;
    std::optional<OrderDetailsDraft> orderDetails;
    if (!product.isEmpty()) {
        orderDetails = OrderDetailsDraft();
        orderDetails->productDetails = product;
        orderDetails->quantity = 1;
        orderDetails->totalPrice = Money::fromCents(totalCents);
    }
    const StoreResult<Interaction> created = m_store->create(draft, orderDetails);
    if (!created.ok())
        qWarning("cannot create: %s", qPrintable(created.errors.fields().join(',')));
    m_all.append(created.value);
    if (orderDetails) {
        m_products.insert(created.value.id, product);
        m_totals.insert(created.value.id, totalCents);
    }
    return created.value.id;
}

void TestInteractionFilter::initTestCase()
{
    QVERIFY2(m_database.open(QStringLiteral("f.sqlite")), qPrintable(m_database.errorMessage()));
    m_store = std::make_unique<InteractionStore>(*m_database);
    LeadStore leads(*m_database);
    ContactStore contacts(*m_database);
    LeadDraft lead;
    lead.name = QStringLiteral("Zebra Cafe"); // sorts after B's name although created first
    m_leadA = leads.create(lead).value.id;
    lead.name = QStringLiteral("Alpha Diner");
    m_leadB = leads.create(lead).value.id;
    m_leadNames
        = { { m_leadA, QStringLiteral("Zebra Cafe") }, { m_leadB, QStringLiteral("Alpha Diner") } };
    ContactDraft contact;
    contact.lead = m_leadA;
    contact.name = QStringLiteral("Meera");
    m_contactA1 = contacts.create(contact).value.id;
    contact.name = QStringLiteral("Arjun");
    m_contactA2 = contacts.create(contact).value.id;
    contact.lead = m_leadB;
    contact.name = QStringLiteral("Zoya");
    m_contactB = contacts.create(contact).value.id;
    m_contactNames = { { m_contactA1, QStringLiteral("Meera") },
                       { m_contactA2, QStringLiteral("Arjun") },
                       { m_contactB, QStringLiteral("Zoya") } };

    const QDateTime day = utc(2024, 12, 24);
    add(m_leadA, m_contactA1, InteractionType::Call, QStringLiteral("Discussed 50% discount"),
        day.addSecs(-1), false);
    add(m_leadA, m_contactA2, InteractionType::Email, QStringLiteral("sent price_list.pdf"), day,
        false);
    add(m_leadB, m_contactB, InteractionType::Order, QStringLiteral("Ordered RICE and dal"),
        day.addSecs(3600), true, QStringLiteral("Basmati rice, 25 kg"), 2970000);
    add(m_leadA, m_contactA1, InteractionType::Meeting, QString::fromLatin1(R"(path C:\menu\new)"),
        day.addDays(1), false);
    add(m_leadB, m_contactB, InteractionType::Visit, QStringLiteral("Visited kitchen; rice ok"),
        day.addDays(1), false); // same date as the one before: the id breaks the tie
    add(m_leadA, m_contactA2, InteractionType::Order, QStringLiteral("Order of 5 crates"),
        day.addSecs(3600), true, QStringLiteral("Paneer, 1 kg block"), 525000);
    add(m_leadA, m_contactA1, InteractionType::Call,
        QStringLiteral("'); DROP TABLE interactions; --"), day.addDays(2), false);
    add(m_leadB, m_contactB, InteractionType::Call, QStringLiteral("Called about 5x discount"),
        day.addDays(-3), false);
    QCOMPARE(m_all.size(), 8);
    for (const Interaction &interaction : m_all)
        QVERIFY(interaction.id > 0);
}

void TestInteractionFilter::cleanupTestCase()
{
    m_store.reset();
    m_database.reset();
}

QList<qint64> TestInteractionFilter::ids(const InteractionFilter &filter)
{
    const StoreResult<QList<Interaction>> result = m_store->list(filter);
    if (!result.ok())
        qWarning("list failed: %s", qPrintable(result.failure));
    QList<qint64> list;
    for (const Interaction &interaction : result.value)
        list.append(interaction.id);
    // count() always agrees with list().
    const StoreResult<qint64> count = m_store->count(filter);
    if (!count.ok() || count.value != list.size())
        list.append(-1); // makes the caller's comparison fail
    return list;
}

bool TestInteractionFilter::found(const Interaction &interaction, const QString &text) const
{
    return interaction.details.contains(text, Qt::CaseInsensitive)
        || m_leadNames.value(interaction.lead).contains(text, Qt::CaseInsensitive)
        || m_contactNames.value(interaction.contact).contains(text, Qt::CaseInsensitive)
        || m_products.value(interaction.id).contains(text, Qt::CaseInsensitive);
}

QList<qint64>
TestInteractionFilter::expected(const std::function<bool(const Interaction &)> &keep) const
{
    QList<qint64> result;
    for (const Interaction &interaction : m_all) {
        if (keep(interaction))
            result.append(interaction.id);
    }
    return result;
}

void TestInteractionFilter::everything()
{
    const InteractionFilter filter;
    QVERIFY(filter.isEmpty());
    QCOMPARE(ids(filter), expected([](const Interaction &) { return true; }));
}

void TestInteractionFilter::byLead()
{
    InteractionFilter filter;
    filter.lead = m_leadB;
    QCOMPARE(ids(filter), expected([this](const Interaction &i) { return i.lead == m_leadB; }));
    QCOMPARE(ids(filter).size(), 3);
    filter.lead = 9999;
    QCOMPARE(ids(filter), QList<qint64>());
}

void TestInteractionFilter::byContact()
{
    InteractionFilter filter;
    filter.contact = m_contactA2;
    QCOMPARE(ids(filter),
             expected([this](const Interaction &i) { return i.contact == m_contactA2; }));
    QCOMPARE(ids(filter).size(), 2);
}

void TestInteractionFilter::byLeadAndContact()
{
    InteractionFilter filter;
    filter.lead = m_leadA;
    filter.contact = m_contactA1;
    QCOMPARE(ids(filter).size(), 3);
    filter.lead = m_leadB; // contact of another lead: nothing
    QCOMPARE(ids(filter), QList<qint64>());
}

void TestInteractionFilter::byTypes()
{
    InteractionFilter filter;
    filter.types = { InteractionType::Call };
    QCOMPARE(ids(filter),
             expected([](const Interaction &i) { return i.type == InteractionType::Call; }));
    QCOMPARE(ids(filter).size(), 3);
    filter.types = { InteractionType::Order, InteractionType::Visit };
    QCOMPARE(ids(filter), expected([](const Interaction &i) {
                 return i.type == InteractionType::Order || i.type == InteractionType::Visit;
             }));
    QCOMPARE(ids(filter).size(), 3);
    filter.types = InteractionTypes::all();
    QCOMPARE(ids(filter).size(), 8);
}

void TestInteractionFilter::fromUntil()
{
    const QDateTime day = utc(2024, 12, 24);
    InteractionFilter filter;
    filter.from = day; // inclusive: the one at exactly midnight is in, the second before is out
    QCOMPARE(ids(filter), expected([&day](const Interaction &i) { return i.date >= day; }));
    QCOMPARE(ids(filter).size(), 6);
    filter = InteractionFilter();
    filter.until = day; // exclusive
    QCOMPARE(ids(filter), expected([&day](const Interaction &i) { return i.date < day; }));
    QCOMPARE(ids(filter).size(), 2);
    filter.from = day.addDays(-3);
    QCOMPARE(ids(filter).size(), 2);
    filter.from = day.addDays(-3).addSecs(1);
    QCOMPARE(ids(filter).size(), 1);
    // A window of one day, given with an offset: the same instants.
    filter = InteractionFilter();
    filter.from = QDateTime(QDate(2024, 12, 24), QTime(5, 30), QTimeZone(5 * 3600 + 1800));
    filter.until = day.addDays(1);
    QCOMPARE(ids(filter), expected([&day](const Interaction &i) {
                 return i.date >= day && i.date < day.addDays(1);
             }));
    QCOMPARE(ids(filter).size(), 3);
    filter.until = filter.from; // empty window
    QCOMPARE(ids(filter), QList<qint64>());
}

void TestInteractionFilter::ordersOnly()
{
    InteractionFilter filter;
    filter.ordersOnly = true;
    QCOMPARE(ids(filter), expected([](const Interaction &i) { return i.orderPlaced; }));
    QCOMPARE(ids(filter).size(), 2);
    filter.lead = m_leadA;
    QCOMPARE(ids(filter).size(), 1);
}

void TestInteractionFilter::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("word") << "discount" << 2;
    QTest::newRow("case-insensitive") << "rice" << 3; // RICE, rice, price_list
    QTest::newRow("upper case") << "DISCOUNT" << 2;
    QTest::newRow("percent literal") << "50%" << 1;
    QTest::newRow("percent alone") << "%" << 1;
    QTest::newRow("percent between") << "5%discount" << 0; // a wildcard would match "50% d..."
    QTest::newRow("underscore literal") << "price_list" << 1;
    QTest::newRow("underscore alone") << "_" << 1;
    QTest::newRow("underscore as any") << "5_" << 0; // a wildcard would match "50", "5 ", "5x"
    QTest::newRow("backslash") << R"(C:\menu)" << 1;
    QTest::newRow("backslash alone") << R"(\)" << 1;
    QTest::newRow("escaped percent text") << R"(\%)" << 0;
    QTest::newRow("quote") << "'" << 1;
    QTest::newRow("no match") << "xyzzy" << 0;
    // Beyond the details: the lead's and the contact's names and the order's product, in the
    // full-text path and the short one alike.
    QTest::newRow("lead name") << "zebra" << 5;
    QTest::newRow("lead name, short") << "ze" << 5;
    QTest::newRow("contact name") << "ZOYA" << 3;
    QTest::newRow("contact name, short") << "oy" << 3;
    QTest::newRow("product") << "paneer" << 1;
    QTest::newRow("product, short") << "kg" << 2;
    QTest::newRow("details or a name") << "arj" << 2; // Arjun's two
    QTest::newRow("name and details, once each") << "ord" << 2; // "Ordered", "Order of"
}

void TestInteractionFilter::text()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    InteractionFilter filter;
    filter.text = text;
    const QList<qint64> found = ids(filter);
    QCOMPARE(found, expected([this, &text](const Interaction &i) { return this->found(i, text); }));
    QCOMPARE(found.size(), count);
}

void TestInteractionFilter::injectionIsHarmless()
{
    const QStringList attempts { QStringLiteral("' OR '1'='1"),
                                 QStringLiteral("'); DROP TABLE interactions; --"),
                                 QStringLiteral("%' OR 1=1 --"), QStringLiteral("\" OR \"\"=\""),
                                 QStringLiteral("x' ESCAPE 'x") };
    for (const QString &attempt : attempts) {
        InteractionFilter filter;
        filter.text = attempt;
        QCOMPARE(ids(filter),
                 expected([this, &attempt](const Interaction &i) { return found(i, attempt); }));
    }
    QCOMPARE(m_store->count(InteractionFilter()).value, 8);
    QVERIFY(m_database->connection().tables().contains(QStringLiteral("interactions")));
}

void TestInteractionFilter::combined()
{
    InteractionFilter filter;
    filter.lead = m_leadA;
    filter.types = { InteractionType::Call, InteractionType::Order };
    filter.from = utc(2024, 12, 24);
    filter.text = QStringLiteral("o");
    QCOMPARE(ids(filter), expected([this, &filter](const Interaction &i) {
                 return i.lead == m_leadA
                     && (i.type == InteractionType::Call || i.type == InteractionType::Order)
                     && i.date >= *filter.from && i.details.contains(QLatin1Char('o'));
             }));
    QCOMPARE(ids(filter).size(), 2);
}

void TestInteractionFilter::sorting_data()
{
    QTest::addColumn<InteractionFilter::SortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<const char *, InteractionFilter::SortKey>> keys {
        { "id", InteractionFilter::SortKey::Id },
        { "date", InteractionFilter::SortKey::Date },
        { "lead", InteractionFilter::SortKey::Lead },
        { "contact", InteractionFilter::SortKey::Contact },
        { "type", InteractionFilter::SortKey::Type },
        { "details", InteractionFilter::SortKey::Details },
        { "order amount", InteractionFilter::SortKey::OrderAmount },
    };
    for (const auto &[name, key] : keys) {
        QTest::addRow("%s ascending", name) << key << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << key << Qt::DescendingOrder;
    }
}

void TestInteractionFilter::sorting()
{
    QFETCH(InteractionFilter::SortKey, key);
    QFETCH(Qt::SortOrder, order);
    InteractionFilter filter;
    filter.sortKey = key;
    filter.sortOrder = order;

    // The order the SQL must give, worked out here in C++: the column's value in the asked
    // direction (a lead or a contact also by its id, so that two of one name stay apart; no
    // amount is the least), then the newest first and the highest id; the date and the id
    // alone go in the asked direction.
    const bool up = order == Qt::AscendingOrder;
    auto compare = [](const auto &a, const auto &b) {
        return a < b ? -1 : (b < a ? 1 : 0);
    };
    auto byValue = [&](const Interaction &a, const Interaction &b) -> int {
        switch (key) {
        case InteractionFilter::SortKey::Id:
            return compare(a.id, b.id);
        case InteractionFilter::SortKey::Date:
            if (const int c = compare(a.date, b.date))
                return c;
            return compare(a.id, b.id);
        case InteractionFilter::SortKey::Lead:
            if (const int c = compare(m_leadNames.value(a.lead), m_leadNames.value(b.lead)))
                return c;
            return compare(a.lead, b.lead);
        case InteractionFilter::SortKey::Contact:
            if (const int c
                = compare(m_contactNames.value(a.contact), m_contactNames.value(b.contact)))
                return c;
            return compare(a.contact, b.contact);
        case InteractionFilter::SortKey::Type:
            return compare(InteractionTypes::code(a.type), InteractionTypes::code(b.type));
        case InteractionFilter::SortKey::Details:
            return compare(a.details, b.details);
        case InteractionFilter::SortKey::OrderAmount:
            return compare(m_totals.contains(a.id) ? m_totals.value(a.id) : -1,
                           m_totals.contains(b.id) ? m_totals.value(b.id) : -1);
        }
        return 0;
    };
    QList<Interaction> sorted = m_all;
    std::sort(sorted.begin(), sorted.end(), [&](const Interaction &a, const Interaction &b) {
        if (const int c = byValue(a, b))
            return up ? c < 0 : c > 0;
        if (a.date != b.date)
            return a.date > b.date;
        return a.id > b.id;
    });
    QList<qint64> want;
    for (const Interaction &interaction : sorted)
        want.append(interaction.id);
    QCOMPARE(ids(filter), want);
    // Sorting never changes which rows match.
    filter.lead = m_leadA;
    QCOMPARE(ids(filter).size(), 5);
}

void TestInteractionFilter::pagingFollowsSortOrder()
{
    InteractionFilter filter;
    filter.sortKey = InteractionFilter::SortKey::Date;
    filter.sortOrder = Qt::DescendingOrder;
    const QList<Interaction> whole = m_store->list(filter).value;
    QList<Interaction> paged;
    for (qint64 offset = 0; offset < whole.size(); offset += 3)
        paged += m_store->list(filter, offset, 3).value;
    QCOMPARE(paged.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        QCOMPARE(paged.at(i).id, whole.at(i).id);
}

void TestInteractionFilter::isEmptyAndEquality()
{
    InteractionFilter a;
    InteractionFilter b;
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    b.sortKey = InteractionFilter::SortKey::Date;
    QVERIFY(b.isEmpty()); // sorting is no filter
    QVERIFY(a != b);
    b = a;
    b.text = QStringLiteral("x");
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    b = a;
    b.ordersOnly = true;
    QVERIFY(!b.isEmpty());
    b = a;
    b.until = utc(2024, 1, 1);
    QVERIFY(!b.isEmpty());
    // Bound parameters, never pasted values.
    QVariantList bindings;
    b.text = QStringLiteral("'x");
    b.lead = 5;
    const QString sql = b.sqlFromWhere(m_database->dialect(), bindings);
    QVERIFY(!sql.contains(QStringLiteral("'x")));
    QVERIFY(!sql.contains(QLatin1Char('5')));
    QCOMPARE(bindings.size(), 6); // the lead, the date and the text for each place searched
}

// A search alone is counted in two parts, the rows whose details or product hold the text and
// those found only by their lead's or contact's name: a row found both ways counts once, and a
// row without an order (no product) found by a name counts.
void TestInteractionFilter::aSearchCountsEachRowOnce()
{
    const qint64 nights = addLead(*m_database, QStringLiteral("Tandoori Nights"));
    const qint64 ravi = addContact(*m_database, nights, QStringLiteral("Ravi"));
    QVERIFY(nights > 0 && ravi > 0);
    const QDateTime day = utc(2025, 1, 10);
    add(nights, ravi, InteractionType::Call, QStringLiteral("Asked for the tandoori platter"), day,
        false); // the name and the details
    add(nights, ravi, InteractionType::Visit, QStringLiteral("Follow-up visit"), day.addDays(1),
        false); // the name alone, no product
    add(nights, ravi, InteractionType::Order, QStringLiteral("Weekly order"), day.addDays(2), true,
        QStringLiteral("Tandoori masala, 5 kg"), 240000); // the name and the product
    add(m_leadA, m_contactA1, InteractionType::Call, QStringLiteral("Wants a TANDOORI oven"),
        day.addDays(3), false); // the details alone

    InteractionFilter filter;
    filter.text = QStringLiteral("tandoori");
    const QList<qint64> found = ids(filter); // ids() checks count() against the list
    QCOMPARE(found.size(), 4);
    QCOMPARE(m_store->count(filter).value, 4);
}

QTEST_GUILESS_MAIN(TestInteractionFilter)
#include "tst_interactionfilter.moc"
