// SampleData: real-looking, valid by the rules, the same for the same seed.
#include "core/leadstatus.h"
#include "core/rules.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/preparedqueries.h"
#include "storage/sqlreferencelookup.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void fillsWhatWasAskedFor();
    void everyRowPassesTheRules();
    void sameSeedSameData();
    void announcesOnce();
    void failsWithoutContacts();
    void historyAgreesWithStatus();
    void refusesADatabaseWithData();
    void leadsNamedTheSameWithEverySeed();
    void todayEndsAtUntil_data();
    void todayEndsAtUntil();

private:
    static SampleData::Options options(quint32 seed)
    {
        SampleData::Options result;
        result.seed = seed;
        result.leads = 4;
        result.contactsPerLead = 2;
        result.interactions = 200;
        result.until = QDateTime(QDate(2024, 6, 30), QTime(12, 0), QTimeZone::utc());
        return result;
    }
};

void TestSampleData::fillsWhatWasAskedFor()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    const StoreResult<SampleData::Counts> result = SampleData::fill(database, options(5));
    QVERIFY(result.ok());
    QCOMPARE(result.value.leads, 4);
    QCOMPARE(result.value.contacts, 8);
    QCOMPARE(result.value.interactions, 200);
    QVERIFY(result.value.orders > 10);
    QCOMPARE(LeadStore(database).count().value, 4);
    QCOMPARE(ContactStore(database).count().value, 8);
    QCOMPARE(InteractionStore(database).count({}).value, 200);
    InteractionFilter orders;
    orders.ordersOnly = true;
    QCOMPARE(InteractionStore(database).count(orders).value, result.value.orders);
}

void TestSampleData::everyRowPassesTheRules()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    QVERIFY(SampleData::fill(database, options(9)).ok());
    const SqlReferenceLookup references(database.preparedQueries());
    for (const Lead &lead : LeadStore(database).list().value)
        QVERIFY(Rules::checkLead(LeadDraft::from(lead)).isEmpty());
    for (const Contact &contact : ContactStore(database).list().value)
        QVERIFY(Rules::checkContact(ContactDraft::from(contact), references).isEmpty());
    const QDateTime until = options(9).until;
    InteractionStore store(database);
    for (const Interaction &interaction : store.list({}).value) {
        QVERIFY(Rules::checkInteraction(InteractionDraft::from(interaction), references).isEmpty());
        QVERIFY(interaction.date <= until);
        QVERIFY(interaction.date > until.addDays(-181));
        const StoreResult<OrderDetails> order = store.orderDetails(interaction.id);
        QCOMPARE(order.ok(), interaction.orderPlaced);
        if (order.ok())
            QVERIFY(Rules::checkOrderDetails(OrderDetailsDraft::from(order.value)).isEmpty());
    }
}

void TestSampleData::sameSeedSameData()
{
    QTemporaryDir dir;
    Database first;
    Database second;
    Database other;
    QVERIFY(first.open(dir.filePath(QStringLiteral("1.sqlite"))));
    QVERIFY(second.open(dir.filePath(QStringLiteral("2.sqlite"))));
    QVERIFY(other.open(dir.filePath(QStringLiteral("3.sqlite"))));
    QVERIFY(SampleData::fill(first, options(21)).ok());
    QVERIFY(SampleData::fill(second, options(21)).ok());
    QVERIFY(SampleData::fill(other, options(22)).ok());
    QCOMPARE(InteractionStore(first).list({}).value, InteractionStore(second).list({}).value);
    QCOMPARE(ContactStore(first).list().value, ContactStore(second).list().value);
    QCOMPARE(LeadStore(first).list().value, LeadStore(second).list().value);
    QVERIFY(InteractionStore(first).list({}).value != InteractionStore(other).list({}).value);
}

void TestSampleData::announcesOnce()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    QSignalSpy changes(&database, &Database::changed);
    QVERIFY(SampleData::fill(database, options(1)).ok());
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.at(0).at(0).value<Database::Changes>() & Database::Change::Interactions);
}

void TestSampleData::failsWithoutContacts()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    SampleData::Options none = options(1);
    none.contactsPerLead = 0;
    const StoreResult<SampleData::Counts> result = SampleData::fill(database, none);
    QCOMPARE(result.status, StoreStatus::Failed);
    QCOMPARE(LeadStore(database).count().value, 0); // rolled back whole
}

// A lead marked Lost had an order from last week: each lead's history must tell its status's
// story. New: none yet. Still being won: conversations, no orders. Converted: orders. Lost:
// nothing for weeks before now, and its last order long before its last word.
void TestSampleData::historyAgreesWithStatus()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    SampleData::Options eight = options(3);
    eight.leads = 8;
    eight.contactsPerLead = 3;
    eight.interactions = 300;
    QVERIFY(SampleData::fill(database, eight).ok());
    const QDateTime until = eight.until;
    InteractionStore store(database);
    QSet<int> seen;
    for (const Lead &lead : LeadStore(database).list().value) {
        seen.insert(int(lead.status));
        InteractionFilter ofLead;
        ofLead.lead = lead.id;
        const QList<Interaction> history = store.list(ofLead).value;
        std::optional<QDateTime> lastOrder;
        std::optional<QDateTime> last;
        for (const Interaction &interaction : history) {
            if (!last || interaction.date > *last)
                last = interaction.date;
            if (interaction.orderPlaced && (!lastOrder || interaction.date > *lastOrder))
                lastOrder = interaction.date;
        }
        const QString name = lead.name + QLatin1Char(' ') + LeadStatuses::code(lead.status);
        switch (lead.status) {
        case LeadStatus::New:
            QVERIFY2(history.isEmpty(), qPrintable(name));
            break;
        case LeadStatus::Contacted:
        case LeadStatus::MeetingScheduled:
        case LeadStatus::Negotiating:
            QVERIFY2(!history.isEmpty(), qPrintable(name));
            QVERIFY2(!lastOrder, qPrintable(name));
            break;
        case LeadStatus::Converted:
            QVERIFY2(lastOrder, qPrintable(name));
            QVERIFY2(*lastOrder > until.addDays(-60), qPrintable(name));
            break;
        case LeadStatus::Lost:
            QVERIFY2(last, qPrintable(name));
            QVERIFY2(*last < until.addDays(-60), qPrintable(name));
            if (lastOrder)
                QVERIFY2(*lastOrder < last->addDays(-30), qPrintable(name));
            break;
        }
    }
    QCOMPARE(seen.size(), LeadStatuses::all().size()); // eight leads tell every story
}

// Sample rows never mix with a person's own: a database with a lead is left as it was.
void TestSampleData::refusesADatabaseWithData()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    LeadDraft mine;
    mine.name = QStringLiteral("My own restaurant");
    QVERIFY(LeadStore(database).create(mine).ok());
    QSignalSpy changes(&database, &Database::changed);
    const StoreResult<SampleData::Counts> result = SampleData::fill(database, options(1));
    QCOMPARE(result.status, StoreStatus::Failed);
    QVERIFY2(result.failure.contains(QStringLiteral("empty")), qPrintable(result.failure));
    QCOMPARE(LeadStore(database).count().value, 1);
    QCOMPARE(ContactStore(database).count().value, 0);
    QCOMPARE(InteractionStore(database).count({}).value, 0);
    QCOMPARE(changes.size(), 0);
}

// The leads are named in a fixed order, the same with every seed and each name once: a sample
// lead's name, typed, finds that one lead.
void TestSampleData::leadsNamedTheSameWithEverySeed()
{
    QTemporaryDir dir;
    Database first;
    Database second;
    QVERIFY(first.open(dir.filePath(QStringLiteral("1.sqlite"))));
    QVERIFY(second.open(dir.filePath(QStringLiteral("2.sqlite"))));
    SampleData::Options many = options(1);
    many.leads = 40;
    QVERIFY(SampleData::fill(first, many).ok());
    many.seed = 2;
    QVERIFY(SampleData::fill(second, many).ok());
    QStringList names;
    QStringList otherNames;
    QSet<QString> distinct;
    for (const Lead &lead : LeadStore(first).list().value) {
        names << lead.name;
        distinct.insert(lead.name);
    }
    for (const Lead &lead : LeadStore(second).list().value)
        otherNames << lead.name;
    QCOMPARE(names.size(), 40);
    QCOMPARE(distinct.size(), 40);
    QCOMPARE(otherNames, names);
}

void TestSampleData::todayEndsAtUntil_data()
{
    QTest::addColumn<QTime>("untilUtc");
    QTest::addColumn<quint32>("seed");
    // India's working hours are 03:30 to 13:30 UTC.
    for (quint32 seed : { 1u, 2u, 3u }) {
        QTest::addRow("soon after opening, seed %u", seed) << QTime(5, 0) << seed;
        QTest::addRow("before opening, seed %u", seed) << QTime(2, 0) << seed;
    }
}

// Today's working hours end at until: no row lies after it, and none is pinned to until itself
// as if everything late in the day had happened at that very minute.
void TestSampleData::todayEndsAtUntil()
{
    QFETCH(QTime, untilUtc);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("t.sqlite"))));
    SampleData::Options shape = options(seed);
    shape.until = QDateTime(QDate(2024, 6, 30), untilUtc, QTimeZone::utc());
    shape.interactions = 2000;
    QVERIFY(SampleData::fill(database, shape).ok());
    int atUntil = 0;
    for (const Interaction &interaction : InteractionStore(database).list({}).value) {
        QVERIFY(interaction.date <= shape.until);
        if (interaction.date == shape.until)
            ++atUntil;
    }
    QCOMPARE(atUntil, 0);
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
