// InteractionTableModel: pages, sorts and filters in SQL and shows what the store lists.
#include "core/money.h"
#include "core/orderdetailsdraft.h"
#include "itemmodels/interactiontablemodel.h"
#include "sampledata/sampledata.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/sqldialect.h"
#include "support/testdatabase.h"
#include "support/testsamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestInteractionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void pagesMatchTheStore_data();
    void pagesMatchTheStore();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void showsNamesAndOrders();
    void countsShownAndTotal();
    void refreshesOnAStoreWrite();
    void findsTheRowOfAnId();
    void keepsPersistentIndexesAcrossASort();
    void marksRowsThatArrive();
    void sumsTheOrdersOfTheFilter();
    void showsTheFirstRowsBeforeTheCount();

private:
    QList<qint64> modelIds(InteractionTableModel &model);
    QList<qint64> storeIds(const InteractionFilter &filter);

    TestDatabase m_database;
};

void TestInteractionTableModel::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(5, 2, 230, 11)).ok());
}

void TestInteractionTableModel::cleanup()
{
    m_database.reset();
}

QList<qint64> TestInteractionTableModel::modelIds(InteractionTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(InteractionTableModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> TestInteractionTableModel::storeIds(const InteractionFilter &filter)
{
    QList<qint64> ids;
    const StoreResult<QList<Interaction>> listed = InteractionStore(*m_database).list(filter);
    for (const Interaction &interaction : listed.value)
        ids.append(interaction.id);
    return ids;
}

void TestInteractionTableModel::passesTheModelTester()
{
    InteractionTableModel model(*m_database);
    model.setPageSize(17);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InteractionFilter filter = model.filter();
    filter.ordersOnly = true;
    model.setFilter(filter);
    model.sort(InteractionTableModel::LeadColumn, Qt::AscendingOrder);
    InteractionStore(*m_database).remove(model.idAt(0));
    filter.ordersOnly = false;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY(!model.isCounting()); // the rows the count adds, under the tester's eye
    QCOMPARE(model.rowCount(), 229);
}

void TestInteractionTableModel::pagesMatchTheStore_data()
{
    QTest::addColumn<InteractionFilter>("filter");
    QTest::addColumn<int>("pageSize");
    InteractionFilter all;
    all.sortKey = InteractionFilter::SortKey::Date;
    all.sortOrder = Qt::DescendingOrder;
    QTest::newRow("all, pages of 7") << all << 7;
    QTest::newRow("all, one page") << all << 1000;
    InteractionFilter lead = all;
    lead.lead = 2;
    QTest::newRow("one lead") << lead << 5;
    InteractionFilter contact = all;
    contact.lead = 3;
    contact.contact = 5;
    QTest::newRow("one contact") << contact << 5;
    InteractionFilter types = all;
    types.types = { InteractionType::Call, InteractionType::Visit };
    QTest::newRow("calls and visits") << types << 9;
    InteractionFilter orders = all;
    orders.ordersOnly = true;
    QTest::newRow("orders only") << orders << 4;
    InteractionFilter dates = all;
    dates.from = QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    dates.until = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("May") << dates << 8;
    InteractionFilter text = all;
    text.text = QStringLiteral("DELIVERY");
    QTest::newRow("text, any case") << text << 3;
    QTest::newRow("text, one page") << text << 1000;
}

void TestInteractionTableModel::pagesMatchTheStore()
{
    QFETCH(InteractionFilter, filter);
    QFETCH(int, pageSize);
    InteractionTableModel model(*m_database);
    model.setPageSize(pageSize);
    model.setFilter(filter);
    QTRY_VERIFY(!model.isCounting()); // on PostgreSQL the count follows the first page
    const QList<qint64> expected = storeIds(filter);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelIds(model), expected);
    // Backwards, as a view jumping to the end and scrolling up asks.
    for (int row = model.rowCount() - 1; row >= 0; --row)
        QCOMPARE(model.idAt(row), expected.at(row));
    // A filter narrows: each of these shows fewer than all.
    if (!filter.isEmpty())
        QVERIFY(model.rowCount() < model.totalCount());
}

void TestInteractionTableModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < InteractionTableModel::columnTotal; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestInteractionTableModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    InteractionTableModel model(*m_database);
    model.setPageSize(13);
    model.sort(column, order);
    QCOMPARE(model.filter().sortKey, InteractionTableModel::sortKeyOf(column));
    QCOMPARE(model.filter().sortOrder, order);
    QCOMPARE(modelIds(model), storeIds(model.filter()));
    // And the shown values are in that order.
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, column).data().toString());
    if (column == InteractionTableModel::LeadColumn
        || column == InteractionTableModel::ContactColumn) {
        for (int row = 1; row < shown.size(); ++row) {
            if (order == Qt::AscendingOrder)
                QVERIFY2(shown.at(row - 1) <= shown.at(row), qPrintable(shown.at(row)));
            else
                QVERIFY2(shown.at(row - 1) >= shown.at(row), qPrintable(shown.at(row)));
        }
    }
}

void TestInteractionTableModel::showsNamesAndOrders()
{
    InteractionTableModel model(*m_database);
    InteractionFilter filter = model.filter();
    filter.ordersOnly = true;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    const qint64 id = model.idAt(0);
    const Interaction interaction = InteractionStore(*m_database).get(id).value;
    const OrderDetails order = InteractionStore(*m_database).orderDetails(id).value;
    QCOMPARE(model.index(0, InteractionTableModel::OrderColumn).data().toString(),
             order.totalPrice.toDecimalText());
    QCOMPARE(model.index(0, InteractionTableModel::TypeColumn).data().toString(),
             InteractionTypes::displayName(interaction.type));
    QCOMPARE(model.index(0, InteractionTableModel::DateColumn).data().toString(),
             interaction.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(0, 0).data(InteractionTableModel::LeadIdRole).toLongLong(),
             interaction.lead);
    QCOMPARE(model.index(0, 0).data(InteractionTableModel::DateRole).toDateTime(),
             interaction.date);
    QVERIFY(!model.index(0, InteractionTableModel::LeadColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, InteractionTableModel::ContactColumn).data().toString().isEmpty());
}

void TestInteractionTableModel::countsShownAndTotal()
{
    InteractionTableModel model(*m_database);
    QCOMPARE(model.totalCount(), 230);
    QCOMPARE(model.shownCount(), 230);
    QSignalSpy counts(&model, &InteractionTableModel::countsChanged);
    InteractionFilter filter = model.filter();
    filter.types = { InteractionType::Email };
    model.setFilter(filter);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.shownCount(), storeIds(filter).size());
    QCOMPARE(model.totalCount(), 230);
}

void TestInteractionTableModel::refreshesOnAStoreWrite()
{
    InteractionTableModel model(*m_database);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Call;
    draft.details = QStringLiteral("Written as the REST API would");
    draft.date = QDateTime(QDate(2030, 1, 1), QTime(9, 0), QTimeZone::utc());
    const StoreResult<Interaction> created = InteractionStore(*m_database).create(draft);
    QVERIFY(created.ok());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 231);
    // Newest first: it is the first row.
    QCOMPARE(model.idAt(0), created.value.id);
    QCOMPARE(model.index(0, InteractionTableModel::DetailsColumn).data().toString(),
             *draft.details);
}

void TestInteractionTableModel::findsTheRowOfAnId()
{
    InteractionTableModel model(*m_database);
    model.setPageSize(10);
    model.sort(InteractionTableModel::ContactColumn, Qt::AscendingOrder);
    for (int row : { 0, 9, 10, 117, model.rowCount() - 1 }) {
        const qint64 id = model.idAt(row);
        QCOMPARE(model.rowOf(id), row);
        QCOMPARE(model.rowNear(id, row + 3), row);
    }
    QCOMPARE(model.rowOf(999999), -1);
    QCOMPARE(model.rowNear(model.idAt(200), 0), -1); // too far from the page asked about
}

void TestInteractionTableModel::keepsPersistentIndexesAcrossASort()
{
    InteractionTableModel model(*m_database);
    const qint64 id = model.idAt(42);
    const QPersistentModelIndex kept(model.index(42, 1));
    model.sort(InteractionTableModel::TypeColumn, Qt::AscendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(InteractionTableModel::IdRole).toLongLong(), id);
    QCOMPARE(kept.column(), 1);
}

// Rows written elsewhere are marked until acknowledged; ids that come back (an undone delete)
// are not new; only those the filter shows are counted.
void TestInteractionTableModel::marksRowsThatArrive()
{
    InteractionTableModel model(*m_database);
    model.setPageSize(17);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arrivals(&model, &InteractionTableModel::interactionsArrived);
    QCOMPARE(model.newShownCount(), 0);
    QCOMPARE(model.firstNewRow(), -1);
    QVERIFY(!model.index(0, 0).data(InteractionTableModel::NewRole).toBool());

    InteractionStore store(*m_database);
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Email;
    draft.details = QStringLiteral("Arrived");
    draft.date = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc());
    const qint64 first = store.create(draft).value.id;
    draft.type = InteractionType::Call;
    const qint64 second = store.create(draft).value.id;
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(arrivals.at(1).at(0).toLongLong(), 2);
    QCOMPARE(model.newShownCount(), 2);
    const int row = model.rowOf(first);
    QVERIFY(model.index(row, 0).data(InteractionTableModel::NewRole).toBool());
    QVERIFY(model.index(model.rowOf(second), 0).data(InteractionTableModel::NewRole).toBool());
    for (int other = 0; other < 20; ++other) {
        if (model.idAt(other) != first && model.idAt(other) != second)
            QVERIFY(!model.index(other, 0).data(InteractionTableModel::NewRole).toBool());
    }
    QCOMPARE(model.firstNewRow(), qMin(model.rowOf(first), model.rowOf(second)));

    // A filter that hides one counts the other.
    InteractionFilter calls = model.filter();
    calls.types = { InteractionType::Call };
    model.setFilter(calls);
    QCOMPARE(model.newShownCount(), 1);
    QCOMPARE(model.idAt(model.firstNewRow()), second);
    model.setFilter(
        InteractionFilter { {}, {}, {}, {}, {}, false, {}, calls.sortKey, calls.sortOrder });

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.acknowledgeNew();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.newShownCount(), 0);
    QVERIFY(!model.index(model.rowOf(first), 0).data(InteractionTableModel::NewRole).toBool());

    // Removed and put back under its id (undo): not new.
    const Interaction removed = store.remove(second).value;
    QVERIFY(store.restore(removed, std::nullopt).ok());
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(model.newShownCount(), 0);
}

void TestInteractionTableModel::sumsTheOrdersOfTheFilter()
{
    InteractionTableModel model(*m_database);
    InteractionStore store(*m_database);
    const auto sumOf = [&store](const InteractionFilter &filter) {
        qint64 cents = 0;
        for (const Interaction &interaction : store.list(filter).value) {
            if (const StoreResult<OrderDetails> order = store.orderDetails(interaction.id);
                order.ok())
                cents += order.value.totalPrice.cents();
        }
        return cents;
    };
    QTRY_VERIFY(model.shownOrderCents().value_or(0)
                > 0); // summed on another connection on PostgreSQL
    QCOMPARE(model.shownOrderCents(), sumOf({}));
    InteractionFilter ofLead = model.filter();
    ofLead.lead = 1;
    ofLead.sortKey = InteractionFilter::SortKey::Lead; // a sort that joins leads
    QSignalSpy summed(&model, &InteractionTableModel::orderTotalChanged);
    model.setFilter(ofLead);
    // Summed a moment later, once.
    QCOMPARE(model.shownOrderCents(), std::nullopt);
    QVERIFY(summed.wait());
    QCOMPARE(model.shownOrderCents(), sumOf(ofLead));
    InteractionFilter search = model.filter();
    search.lead.reset();
    search.text = QStringLiteral("rice");
    model.setFilter(search);
    QTRY_COMPARE(model.shownOrderCents(), sumOf(search));
    QVERIFY(*model.shownOrderCents() < sumOf({}));
    // A new order counts too.
    const qint64 before = *model.shownOrderCents();
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Order;
    draft.details = QStringLiteral("More rice");
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Rice");
    order.quantity = 2;
    order.totalPrice = Money::fromCents(50001);
    QVERIFY(store.create(draft, order).ok());
    QTRY_COMPARE(model.shownOrderCents(), before + 50001);
}

QTEST_GUILESS_MAIN(TestInteractionTableModel)
#include "tst_interactiontablemodel.moc"

// On PostgreSQL a count reads every row it counts: the first page shows at once and the count
// follows from another connection, adding the rows. On SQLite the count comes first.
void TestInteractionTableModel::showsTheFirstRowsBeforeTheCount()
{
    const bool counting = m_database->dialect().countsReadEachRow();
    InteractionTableModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!model.isCounting());
    model.setPageSize(10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &InteractionTableModel::countsChanged);
    InteractionFilter filter = model.filter();
    filter.types = { InteractionType::Email };
    QList<qint64> expected = storeIds(filter);
    QVERIFY(expected.size() > 10);
    model.setFilter(filter);
    QCOMPARE(model.isCounting(), counting);
    QCOMPARE(model.rowCount(), counting ? 10 : expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.idAt(row), expected.at(row));
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(inserted.size(), counting ? 1 : 0);
    QCOMPARE(counts.last().at(0).toLongLong(), expected.size());
    QCOMPARE(counts.last().at(1).toLongLong(), 230);
    QCOMPARE(modelIds(model), expected);

    // A row past the first page, asked for while the count is on its way, is there to select.
    filter.types = { InteractionType::Call };
    expected = storeIds(filter);
    model.setFilter(filter);
    const int last = model.rowOf(expected.last());
    QCOMPARE(last, expected.size() - 1);
    QVERIFY(model.rowCount() > last);
    QCOMPARE(model.idAt(last), expected.last());

    // After a write, the rows shown a moment ago stay while they are counted again, so that a
    // view keeps its place among them.
    QTRY_VERIFY(!model.isCounting());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(InteractionStore(*m_database).remove(expected.at(3)).ok());
    QCOMPARE(model.rowCount(), counting ? expected.size() : expected.size() - 1);
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), expected.size() - 1);
    QCOMPARE(removed.size(), counting ? 1 : 0);
    expected.removeAt(3);
    QCOMPARE(modelIds(model), expected);
}
