// RecordHistoryModel: one interaction's, lead's or contact's changes as a table, under
// QAbstractItemModelTester: who and what, each field from what to what as a person reads it, and
// a new change shown as soon as it is written.
#include "itemmodels/recordhistorymodel.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

class TestRecordHistoryModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEachChangeWithWhoAndWhat();
    void showsALeadsAndAContactsToo();
    void describesAField_data();
    void describesAField();

private:
    TestDatabase m_database;
};

void TestRecordHistoryModel::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestRecordHistoryModel::cleanup()
{
    m_database.reset();
}

void TestRecordHistoryModel::showsEachChangeWithWhoAndWhat()
{
    const qint64 lead = addLead(*m_database, QStringLiteral("Spice Garden"));
    const qint64 contact = addContact(*m_database, lead, QStringLiteral("Meera"));
    const qint64 asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value.person.id;
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = InteractionType::Call;
    draft.details = QStringLiteral("First call");
    m_database->setActingPerson(asha);
    const StoreResult<Interaction> made = InteractionStore(*m_database).create(draft);
    QVERIFY(made.ok());
    m_database->setActingPerson(std::nullopt);

    RecordHistoryModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setInteraction(made.value.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(RecordHistoryModel::Fields, Qt::Horizontal).toString(),
             QStringLiteral("What"));
    QCOMPARE(model.index(0, RecordHistoryModel::Who).data().toString(), QStringLiteral("Asha"));
    QCOMPARE(model.index(0, RecordHistoryModel::Change).data().toString(),
             QStringLiteral("Logged"));
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Details: “First call”")));
    // The lead and the contact by their names, as they are now.
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Lead: “Spice Garden”\n")));
    LeadDraft renamed;
    renamed.name = QStringLiteral("Spice Garden, Kothrud");
    QVERIFY(LeadStore(*m_database).update(lead, renamed).ok());
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Lead: “Spice Garden, Kothrud”\n")));
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Contact: “Meera”")));

    // Changed in the window (nobody named): the row comes at once.
    InteractionDraft change;
    change.details = QStringLiteral("Then a visit");
    change.type = InteractionType::Visit;
    QVERIFY(InteractionStore(*m_database).update(made.value.id, change).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, RecordHistoryModel::Who).data().toString(),
             QStringLiteral("(not named)"));
    QCOMPARE(model.index(1, RecordHistoryModel::Change).data().toString(),
             QStringLiteral("Changed"));
    QCOMPARE(model.index(1, RecordHistoryModel::Fields).data().toString(),
             QStringLiteral("Details: “First call” → “Then a visit”\nType: Call → Visit"));
    QVERIFY(model.index(1, RecordHistoryModel::When)
                .data(RecordHistoryModel::TimeRole)
                .toDateTime()
                .isValid());

    QVERIFY(InteractionStore(*m_database).remove(made.value.id).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, RecordHistoryModel::Change).data().toString(),
             QStringLiteral("Deleted"));
    model.setInteraction(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordHistoryModel::showsALeadsAndAContactsToo()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Tandoor House");
    const StoreResult<Lead> lead = LeadStore(*m_database).create(draft);
    QVERIFY(lead.ok());
    LeadDraft change;
    change.status = LeadStatus::MeetingScheduled;
    // As a replica's batch writes it: made offline an hour before it reached this database.
    const QDateTime madeOffline = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_database->setChangeOrigin(Database::ChangeOrigin { 4, madeOffline });
    QVERIFY(LeadStore(*m_database).update(lead.value.id, change).ok());
    m_database->setChangeOrigin(std::nullopt);
    const qint64 contact = addContact(*m_database, lead.value.id, QStringLiteral("Vikram"));

    RecordHistoryModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(RecordHistory::Kind::Lead, lead.value.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RecordHistoryModel::Change).data().toString(), QStringLiteral("Added"));
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Name: “Tandoor House”")));
    QCOMPARE(model.index(1, RecordHistoryModel::Fields).data().toString(),
             QStringLiteral("Status: New → Meeting scheduled"));
    QVERIFY(!model.index(0, RecordHistoryModel::When)
                 .data()
                 .toString()
                 .contains(QStringLiteral("offline")));
    const QString when = model.index(1, RecordHistoryModel::When).data().toString();
    QVERIFY2(when.contains(
                 QStringLiteral("(made offline %1)")
                     .arg(QLocale().toString(madeOffline.toLocalTime(), QLocale::ShortFormat))),
             qPrintable(when));

    model.setRecord(RecordHistory::Kind::Contact, contact);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Lead: “Tandoor House”")));
    // Removed with its lead: the contact's history says so at once.
    QVERIFY(LeadStore(*m_database).remove(lead.value.id).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, RecordHistoryModel::Change).data().toString(),
             QStringLiteral("Deleted"));
    QVERIFY(model.index(1, RecordHistoryModel::Fields)
                .data()
                .toString()
                .contains(QStringLiteral("Lead: #%1").arg(lead.value.id)));
}

void TestRecordHistoryModel::describesAField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("text");
    QTest::newRow("order placed") << QStringLiteral("order_placed")
                                  << QJsonObject { { QStringLiteral("from"), false },
                                                   { QStringLiteral("to"), true } }
                                  << QStringLiteral("Order placed: no → yes");
    QTest::newRow("a lead removed since")
        << QStringLiteral("lead") << QJsonObject { { QStringLiteral("to"), 3 } }
        << QStringLiteral("Lead: #3");
    QTest::newRow("total price") << QStringLiteral("order_details.total_price")
                                 << QJsonObject { { QStringLiteral("from"), 12500.5 },
                                                  { QStringLiteral("to"), 13000 } }
                                 << QStringLiteral("Total price: 12,500.50 → 13,000.00");
    QTest::newRow("quantity, as created")
        << QStringLiteral("order_details.quantity") << QJsonObject { { QStringLiteral("to"), 40 } }
        << QStringLiteral("Quantity: 40");
    QTest::newRow("type, as deleted")
        << QStringLiteral("interaction_type")
        << QJsonObject { { QStringLiteral("from"), QStringLiteral("EMAIL") } }
        << QStringLiteral("Type: Email");
}

void TestRecordHistoryModel::describesAField()
{
    QFETCH(QString, field);
    QFETCH(QJsonObject, change);
    QFETCH(QString, text);
    const RecordHistoryModel model(*m_database);
    QCOMPARE(model.describe(field, change), text);
}

QTEST_GUILESS_MAIN(TestRecordHistoryModel)
#include "tst_recordhistorymodel.moc"
