// InteractionStore::listJson, getJson and getManyJson: the API's lists and reads written straight
// from the engine's rows (SQLite's, or libpq's result on PostgreSQL) must be, byte for byte, what
// JsonForm writes from the stored interactions.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionjsonrow.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/postgresinteractionrows.h"
#include "support/testdatabase.h"
#include "json/jsonform.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(InteractionFilter)

class TestInteractionJsonList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameBytesAsTheJsonForm_data();
    void sameBytesAsTheJsonForm();
    void emptyListIsAnEmptyArray();
    void oneIsTheJsonFormsObject();
    void unknownIdIsNotFound();
    void manyAtOnceAreTheJsonFormsObjects();
    void postgresRowsAreReadFromLibpq();

private:
    TestDatabase m_testDatabase;
    Database *m_database = nullptr;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestInteractionJsonList::initTestCase()
{
    QVERIFY2(m_testDatabase.open(), qPrintable(m_testDatabase.errorMessage()));
    m_database = m_testDatabase.get();
    LeadDraft lead;
    lead.name = QStringLiteral("Spice Route");
    const StoreResult<Lead> createdLead = LeadStore(*m_database).create(lead);
    QVERIFY(createdLead.ok());
    m_lead = createdLead.value.id;
    ContactDraft contact;
    contact.lead = m_lead;
    contact.name = QStringLiteral("Asha");
    const StoreResult<Contact> createdContact = ContactStore(*m_database).create(contact);
    QVERIFY(createdContact.ok());
    m_contact = createdContact.value.id;

    // Texts that need every kind of escaping, non-ASCII text, and dates at the edges.
    const QList<QPair<QString, QDateTime>> rows {
        { QStringLiteral("Plain details."),
          QDateTime(QDate(2024, 12, 24), QTime(15, 30), QTimeZone::utc()) },
        { QStringLiteral("Quote \" backslash \\ slash / tab \t newline \n return \r"),
          QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()) },
        { QStringLiteral("Control \x01\x1f and bell \x07 and form feed \f and backspace \b"),
          QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), QTimeZone::utc()) },
        { QStringLiteral("हिंदी में विवरण, emoji 😀, café"),
          QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()) },
        { QString(), QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()) },
        { QStringLiteral("Order placed: 50 units"),
          QDateTime(QDate(2026, 2, 28), QTime(12, 0), QTimeZone::utc()) },
    };
    InteractionStore store(*m_database);
    int n = 0;
    for (const auto &[details, date] : rows) {
        InteractionDraft draft;
        draft.lead = m_lead;
        draft.contact = m_contact;
        draft.type = InteractionTypes::all().at(n % InteractionTypes::all().size());
        draft.details = details;
        draft.orderPlaced = n % 2 == 1;
        draft.date = date;
        const StoreResult<Interaction> created = store.create(draft);
        QVERIFY2(created.ok(), qPrintable(created.failure));
        ++n;
    }
}

void TestInteractionJsonList::sameBytesAsTheJsonForm_data()
{
    QTest::addColumn<InteractionFilter>("filter");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("limit");
    InteractionFilter all;
    QTest::newRow("all") << all << qint64(0) << qint64(-1);
    QTest::newRow("page") << all << qint64(2) << qint64(3);
    InteractionFilter orders;
    orders.ordersOnly = true;
    QTest::newRow("orders") << orders << qint64(0) << qint64(-1);
    InteractionFilter byDate;
    byDate.sortKey = InteractionFilter::SortKey::Date;
    byDate.sortOrder = Qt::DescendingOrder;
    QTest::newRow("by date, newest first") << byDate << qint64(0) << qint64(-1);
    InteractionFilter text;
    text.text = QStringLiteral("हिंदी");
    QTest::newRow("text") << text << qint64(0) << qint64(-1);
}

void TestInteractionJsonList::sameBytesAsTheJsonForm()
{
    QFETCH(InteractionFilter, filter);
    QFETCH(qint64, offset);
    QFETCH(qint64, limit);
    const InteractionStore store(*m_database);
    const StoreResult<QList<Interaction>> items = store.list(filter, offset, limit);
    QVERIFY(items.ok());
    QVERIFY(!items.value.isEmpty());
    const StoreResult<QByteArray> direct = store.listJson(filter, offset, limit);
    QVERIFY2(direct.ok(), qPrintable(direct.failure));
    QCOMPARE(direct.value, JsonForm::writeList(items.value));
    QVERIFY(QJsonDocument::fromJson(direct.value).isArray());
}

void TestInteractionJsonList::emptyListIsAnEmptyArray()
{
    InteractionFilter none;
    none.lead = m_lead + 1000;
    const StoreResult<QByteArray> direct = InteractionStore(*m_database).listJson(none);
    QVERIFY(direct.ok());
    QCOMPARE(direct.value, QByteArray("[]"));
}

void TestInteractionJsonList::oneIsTheJsonFormsObject()
{
    const InteractionStore store(*m_database);
    const StoreResult<QList<Interaction>> items = store.list(InteractionFilter());
    QVERIFY(items.ok());
    QCOMPARE(items.value.size(), 6);
    for (const Interaction &interaction : items.value) {
        const StoreResult<QByteArray> direct = store.getJson(interaction.id);
        QVERIFY2(direct.ok(), qPrintable(direct.failure));
        QCOMPARE(direct.value, JsonForm::write(interaction));
    }
}

void TestInteractionJsonList::unknownIdIsNotFound()
{
    const StoreResult<QByteArray> direct = InteractionStore(*m_database).getJson(999999);
    QCOMPARE(direct.status, StoreStatus::NotFound);
    QVERIFY(direct.value.isEmpty());
}

void TestInteractionJsonList::manyAtOnceAreTheJsonFormsObjects()
{
    const InteractionStore store(*m_database);
    const StoreResult<QList<Interaction>> items = store.list(InteractionFilter());
    QVERIFY(items.ok());
    QCOMPARE(items.value.size(), 6);
    // Every one, one twice, and two that are not there, in no order.
    QList<qint64> ids { 999999, items.value.at(3).id, -1 };
    for (const Interaction &interaction : items.value)
        ids.append(interaction.id);
    const StoreResult<QHash<qint64, QByteArray>> many = store.getManyJson(ids);
    QVERIFY2(many.ok(), qPrintable(many.failure));
    QCOMPARE(many.value.size(), items.value.size());
    for (const Interaction &interaction : items.value)
        QCOMPARE(many.value.value(interaction.id), JsonForm::write(interaction));
    // More than one statement holds (PreparedQueries::forIds()).
    QList<qint64> manyIds;
    for (qint64 id = 1; id <= 600; ++id)
        manyIds.append(id);
    manyIds.append(items.value.last().id);
    const StoreResult<QHash<qint64, QByteArray>> more = store.getManyJson(manyIds);
    QVERIFY2(more.ok(), qPrintable(more.failure));
    QCOMPARE(more.value.value(items.value.last().id), JsonForm::write(items.value.last()));
    QVERIFY(store.getManyJson({}).ok());
}

// The short way on PostgreSQL is taken, not only the general one that gives the same bytes: it
// reads libpq's result through the handle QPSQL gives, and nothing on SQLite.
void TestInteractionJsonList::postgresRowsAreReadFromLibpq()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT ") + InteractionJsonRow::columns()
                       + QStringLiteral(" FROM interactions i ORDER BY i.id")));
    const std::optional<QByteArray> array = PostgresInteractionRows::writeArray(query);
    QHash<qint64, QByteArray> objects;
    const bool each = PostgresInteractionRows::writeEach(query, objects);
    if (!TestDatabase::onPostgres()) {
        QVERIFY(!array);
        QVERIFY(!each);
        return;
    }
    const StoreResult<QList<Interaction>> items
        = InteractionStore(*m_database).list(InteractionFilter());
    QVERIFY(items.ok());
    QVERIFY(array);
    QCOMPARE(*array, JsonForm::writeList(items.value));
    QVERIFY(each);
    QCOMPARE(objects.size(), items.value.size());
    for (const Interaction &interaction : items.value)
        QCOMPARE(objects.value(interaction.id), JsonForm::write(interaction));
}

QTEST_GUILESS_MAIN(TestInteractionJsonList)
#include "tst_interactionjsonlist.moc"
