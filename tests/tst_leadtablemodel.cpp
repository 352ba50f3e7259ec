// LeadTableModel: the leads tab's columns (last contact, interactions and order total read from
// the interactions), its sort by every column and its status filter, all made in SQL, and that
// it follows the stores' writes.
#include "itemmodels/leadtablemodel.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testsamples.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

// -1, 0 or 1 as a comes before, with or after b in the column's ascending order.
int compare(const LeadTableModel::Row &a, const LeadTableModel::Row &b, int column)
{
    auto order = [](const auto &x, const auto &y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (column) {
    case LeadTableModel::StatusColumn:
        return order(LeadStatuses::all().indexOf(a.status), LeadStatuses::all().indexOf(b.status));
    case LeadTableModel::CityColumn:
        return order(a.city.toLower(), b.city.toLower());
    case LeadTableModel::LastContactColumn:
        // No interactions at all comes first, as SQL's NULL does.
        return order(
            a.lastContact.value_or(QDateTime()).toSecsSinceEpoch() * int(bool(a.lastContact)),
            b.lastContact.value_or(QDateTime()).toSecsSinceEpoch() * int(bool(b.lastContact)));
    case LeadTableModel::InteractionsColumn:
        return order(a.interactions, b.interactions);
    case LeadTableModel::OrderTotalColumn:
        return order(a.orderTotal.cents(), b.orderTotal.cents());
    default:
        return order(a.name.toLower(), b.name.toLower());
    }
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void columnsSumTheInteractions();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortKeepsPersistentIndexes();
    void filtersByStatusAndName();
    void followsWrites();
    void onlyTheStatusIsEditable();
    void heldRefreshWaitsForTheRelease();

private:
    qint64 addLead(const QString &name, LeadStatus status, const QString &city);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestLeadTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
}

void TestLeadTableModel::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestLeadTableModel::addLead(const QString &name, LeadStatus status, const QString &city)
{
    LeadDraft draft;
    draft.name = name;
    draft.status = status;
    draft.city = city;
    return LeadStore(*m_database).create(draft).value.id;
}

void TestLeadTableModel::passesTheModelTester()
{
    QVERIFY(SampleData::fill(*m_database, testSamples(12, 2, 200, 7)).ok());
    LeadTableModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 12);
    QPersistentModelIndex kept = model.index(3, LeadTableModel::CityColumn);
    const qint64 keptId = kept.data(LeadTableModel::IdRole).toLongLong();
    for (int column = 0; column < LeadTableModel::columnTotal; ++column) {
        model.sort(column, Qt::DescendingOrder);
        model.sort(column, Qt::AscendingOrder);
    }
    QCOMPARE(kept.data(LeadTableModel::IdRole).toLongLong(), keptId);
    model.setStatusFilter(model.leadAt(0).status);
    QVERIFY(model.rowCount() >= 1);
    model.setNameFilter(QStringLiteral("zzz"));
    QCOMPARE(model.rowCount(), 0);
    model.setNameFilter({});
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 12);
    LeadDraft change;
    change.city = QStringLiteral("Mysuru");
    QVERIFY(LeadStore(*m_database).update(model.leadAt(0).id, change).ok());
    QVERIFY(LeadStore(*m_database).remove(model.leadAt(1).id).ok());
    QCOMPARE(model.rowCount(), 11);
}

void TestLeadTableModel::columnsSumTheInteractions()
{
    const qint64 busy
        = addLead(QStringLiteral("Busy"), LeadStatus::Negotiating, QStringLiteral("Pune"));
    const qint64 quiet = addLead(QStringLiteral("Quiet"), LeadStatus::New, QStringLiteral("Goa"));
    ContactDraft contact;
    contact.lead = busy;
    contact.name = QStringLiteral("Asha");
    const qint64 person = ContactStore(*m_database).create(contact).value.id;
    InteractionStore interactions(*m_database);
    InteractionDraft draft;
    draft.lead = busy;
    draft.contact = person;
    draft.type = InteractionType::Order;
    draft.date = QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc());
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 1;
    order.totalPrice = Money::fromCents(123456);
    QVERIFY(interactions.create(draft, order).ok());
    order.totalPrice = Money::fromCents(1050);
    draft.date = QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone::utc());
    QVERIFY(interactions.create(draft, order).ok());
    const QDateTime latest(QDate(2024, 4, 2), QTime(9, 30), QTimeZone::utc());
    draft.type = InteractionType::Call;
    draft.date = latest;
    QVERIFY(interactions.create(draft).ok());

    LeadTableModel model(*m_database);
    const LeadTableModel::Row row = model.leadAt(model.rowOf(busy));
    QCOMPARE(row.name, QStringLiteral("Busy"));
    QCOMPARE(row.status, LeadStatus::Negotiating);
    QCOMPARE(row.interactions, 3);
    QCOMPARE(row.lastContact, std::optional<QDateTime>(latest));
    QCOMPARE(row.orderTotal, Money::fromCents(124506));
    const int r = model.rowOf(busy);
    const QLocale locale;
    QCOMPARE(model.index(r, LeadTableModel::OrderTotalColumn).data().toString(),
             Money::fromCents(124506).toLocaleText(locale));
    QCOMPARE(model.index(r, LeadTableModel::InteractionsColumn).data().toString(),
             locale.toString(3));
    QCOMPARE(model.index(r, LeadTableModel::LastContactColumn).data().toString(),
             latest.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")));
    QCOMPARE(model.index(r, LeadTableModel::StatusColumn).data().toString(),
             LeadStatuses::displayName(LeadStatus::Negotiating));
    const LeadTableModel::Row none = model.leadAt(model.rowOf(quiet));
    QCOMPARE(none.interactions, 0);
    QVERIFY(!none.lastContact);
    QCOMPARE(none.orderTotal, Money());
    QCOMPARE(model.index(model.rowOf(quiet), LeadTableModel::LastContactColumn).data().toString(),
             QString());
}

void TestLeadTableModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *names[]
        = { "name", "status", "city", "last contact", "interactions", "order total" };
    for (int column = 0; column < LeadTableModel::columnTotal; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestLeadTableModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QVERIFY(SampleData::fill(*m_database, testSamples(25, 2, 300, 11)).ok());
    // Leads with no interactions, ties in every column, and names in both cases.
    addLead(QStringLiteral("aardvark deli"), LeadStatus::Lost, QStringLiteral("agra"));
    addLead(QStringLiteral("Zebra Foods"), LeadStatus::Lost, QStringLiteral("Agra"));
    LeadTableModel model(*m_database);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), 27);
    QList<qint64> seen;
    int changes = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const LeadTableModel::Row before = model.leadAt(row - 1);
        const LeadTableModel::Row after = model.leadAt(row);
        int step = compare(before, after, column);
        if (order == Qt::DescendingOrder)
            step = -step;
        if (step == 0) // ties by id, in the same direction
            step = order == Qt::AscendingOrder ? (before.id < after.id ? -1 : 1)
                                               : (before.id > after.id ? -1 : 1);
        else
            ++changes;
        QVERIFY2(step < 0,
                 qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
    }
    QVERIFY(changes > 2); // the column really differs between leads
}

void TestLeadTableModel::sortKeepsPersistentIndexes()
{
    const qint64 b = addLead(QStringLiteral("B"), LeadStatus::Lost, QStringLiteral("X"));
    addLead(QStringLiteral("A"), LeadStatus::New, QStringLiteral("Y"));
    addLead(QStringLiteral("C"), LeadStatus::Contacted, QStringLiteral("Z"));
    LeadTableModel model(*m_database);
    QCOMPARE(model.rowOf(b), 1);
    const QPersistentModelIndex kept = model.index(1, LeadTableModel::CityColumn);
    model.sort(LeadTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowOf(b), 2);
    QCOMPARE(kept.row(), 2);
    QCOMPARE(kept.column(), int(LeadTableModel::CityColumn));
    QCOMPARE(kept.data().toString(), QStringLiteral("X"));
}

void TestLeadTableModel::filtersByStatusAndName()
{
    addLead(QStringLiteral("Spice Garden"), LeadStatus::Converted, QStringLiteral("Pune"));
    addLead(QStringLiteral("Spice Route"), LeadStatus::New, QStringLiteral("Pune"));
    addLead(QStringLiteral("Tea House"), LeadStatus::Converted, QStringLiteral("Goa"));
    LeadTableModel model(*m_database);
    QCOMPARE(model.rowCount(), 3);
    model.setStatusFilter(LeadStatus::Converted);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.leadAt(0).name, QStringLiteral("Spice Garden"));
    QCOMPARE(model.leadAt(1).name, QStringLiteral("Tea House"));
    model.setNameFilter(QStringLiteral("spice"));
    QCOMPARE(model.rowCount(), 1);
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 2);
    model.setStatusFilter(LeadStatus::Lost);
    QCOMPARE(model.rowCount(), 0);
}

void TestLeadTableModel::followsWrites()
{
    const qint64 lead = addLead(QStringLiteral("Spice"), LeadStatus::New, QStringLiteral("Pune"));
    LeadTableModel model(*m_database);
    model.setStatusFilter(LeadStatus::New);
    QCOMPARE(model.rowCount(), 1);
    ContactDraft contact;
    contact.lead = lead;
    contact.name = QStringLiteral("Asha");
    const qint64 person = ContactStore(*m_database).create(contact).value.id;
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = person;
    draft.type = InteractionType::Call;
    QElapsedTimer waited;
    waited.start();
    QVERIFY(InteractionStore(*m_database).create(draft).ok());
    QVERIFY(InteractionStore(*m_database).create(draft).ok());
    QCOMPARE(model.leadAt(0).interactions, 0); // counts follow a moment later, once for both
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QTRY_COMPARE(model.leadAt(0).interactions, 2);
    QVERIFY(waited.elapsed() < 5 * LeadTableModel::countsDelayMs);
    QTest::qWait(LeadTableModel::countsDelayMs + 100);
    QCOMPARE(resets.count(), 1);
    LeadDraft change;
    change.status = LeadStatus::Contacted;
    QVERIFY(LeadStore(*m_database).update(lead, change).ok());
    QCOMPARE(model.rowCount(), 0); // no longer of the status shown
    model.setStatusFilter(std::nullopt);
    QCOMPARE(model.leadAt(0).status, LeadStatus::Contacted);
    QVERIFY(LeadStore(*m_database).remove(lead).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestLeadTableModel::onlyTheStatusIsEditable()
{
    addLead(QStringLiteral("Spice"), LeadStatus::New, QStringLiteral("Pune"));
    LeadTableModel model(*m_database);
    for (int column = 0; column < LeadTableModel::columnTotal; ++column)
        QCOMPARE(bool(model.flags(model.index(0, column)) & Qt::ItemIsEditable),
                 column == LeadTableModel::StatusColumn);
    QCOMPARE(model.index(0, LeadTableModel::StatusColumn).data(LeadTableModel::StatusRole).toInt(),
             int(LeadStatus::New));
}

void TestLeadTableModel::heldRefreshWaitsForTheRelease()
{
    const qint64 lead = addLead(QStringLiteral("Spice"), LeadStatus::New, QStringLiteral("Pune"));
    LeadTableModel model(*m_database);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRefreshHeld(true);
    LeadDraft change;
    change.city = QStringLiteral("Goa");
    QVERIFY(LeadStore(*m_database).update(lead, change).ok());
    QVERIFY(LeadStore(*m_database).update(lead, change).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.leadAt(0).city, QStringLiteral("Pune"));
    model.setRefreshHeld(false);
    QCOMPARE(resets.count(), 1); // both writes, shown at once
    QCOMPARE(model.leadAt(0).city, QStringLiteral("Goa"));
    model.setRefreshHeld(true);
    model.setRefreshHeld(false);
    QCOMPARE(resets.count(), 1); // nothing was held back
}

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
