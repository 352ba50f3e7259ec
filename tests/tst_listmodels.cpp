// LeadListModel, ContactListModel and LeadTimelineModel: what they list, how they narrow, and
// that they follow the stores' writes.
#include "itemmodels/contactlistmodel.h"
#include "itemmodels/leadlistmodel.h"
#include "itemmodels/leadtimelinemodel.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testsamples.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestListModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leadsPassTheModelTester();
    void leadsAreByNameAndNarrow();
    void leadsFollowWrites();
    void contactsPassTheModelTester();
    void contactsOfOneLeadOrAll();
    void contactsFollowWrites();
    void leadLabelsTellSameNamesApart();
    void contactLabelsNameTheLead();
    void timelinePassesTheModelTester();
    void timelineIsNewestFirstInBatches();
    void timelineFollowsWrites();

private:
    TestDatabase m_database;
};

void TestListModels::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(6, 3, 150, 3)).ok());
}

void TestListModels::cleanup()
{
    m_database.reset();
}

void TestListModels::leadsPassTheModelTester()
{
    LeadListModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNameFilter(QStringLiteral("house"));
    model.setNameFilter(QString());
    LeadDraft draft;
    draft.name = QStringLiteral("Aardvark Diner");
    QVERIFY(LeadStore(*m_database).create(draft).ok());
    QCOMPARE(model.rowCount(), 7);
}

void TestListModels::leadLabelsTellSameNamesApart()
{
    LeadListModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.roleNames().value(LeadListModel::LabelRole), QByteArrayLiteral("label"));
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    const Lead pune = LeadStore(*m_database).create(draft).value;
    draft.city = QStringLiteral("Mumbai");
    const Lead mumbai = LeadStore(*m_database).create(draft).value;
    auto labelOf = [&model](qint64 id) {
        return model.index(model.rowOf(id), 0).data(LeadListModel::LabelRole).toString();
    };
    QCOMPARE(labelOf(pune.id), QStringLiteral("Spice Garden — Pune"));
    QCOMPARE(labelOf(mumbai.id), QStringLiteral("Spice Garden — Mumbai"));
    // The name column is still the name (the leads table shows it).
    QCOMPARE(model.index(model.rowOf(pune.id), LeadListModel::NameColumn).data().toString(),
             QStringLiteral("Spice Garden"));
    // A second branch in Pune, and one of no city: what would read alike gets its number.
    draft.city = QStringLiteral("Pune");
    const Lead punePark = LeadStore(*m_database).create(draft).value;
    draft.city = QString();
    const Lead nowhere = LeadStore(*m_database).create(draft).value;
    QCOMPARE(labelOf(pune.id), QStringLiteral("Spice Garden — Pune (no. %1)").arg(pune.id));
    QCOMPARE(labelOf(punePark.id), QStringLiteral("Spice Garden — Pune (no. %1)").arg(punePark.id));
    QCOMPARE(labelOf(nowhere.id), QStringLiteral("Spice Garden (no. %1)").arg(nowhere.id));
    QCOMPARE(labelOf(mumbai.id), QStringLiteral("Spice Garden — Mumbai"));
    QSet<QString> labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels.insert(model.index(row, 0).data(LeadListModel::LabelRole).toString());
    QCOMPARE(labels.size(), model.rowCount());
}

void TestListModels::contactLabelsNameTheLead()
{
    ContactListModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.roleNames().value(ContactListModel::LabelRole), QByteArrayLiteral("label"));
    const Lead lead = LeadStore(*m_database).get(1).value;
    ContactDraft draft;
    draft.lead = lead.id;
    draft.name = QStringLiteral("Kavya Iyer");
    const Contact kavya = ContactStore(*m_database).create(draft).value;
    const int row = model.rowOf(kavya.id);
    QCOMPARE(model.index(row, 0).data(ContactListModel::LabelRole).toString(),
             QStringLiteral("Kavya Iyer — %1").arg(lead.name));
    QCOMPARE(model.index(row, ContactListModel::NameColumn).data().toString(),
             QStringLiteral("Kavya Iyer"));
    // Two of one name at one lead read apart by their numbers.
    const Contact second = ContactStore(*m_database).create(draft).value;
    QCOMPARE(model.index(model.rowOf(second.id), 0).data(ContactListModel::LabelRole).toString(),
             QStringLiteral("Kavya Iyer — %1 (no. %2)").arg(lead.name).arg(second.id));
    // Narrowed to one lead, the labels still name it.
    model.setLead(lead.id);
    QCOMPARE(model.index(model.rowOf(kavya.id), 0).data(ContactListModel::LabelRole).toString(),
             QStringLiteral("Kavya Iyer — %1 (no. %2)").arg(lead.name).arg(kavya.id));
}

void TestListModels::leadsAreByNameAndNarrow()
{
    LeadListModel model(*m_database);
    QCOMPARE(model.rowCount(), 6);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.leadAt(row - 1).name.toLower() <= model.leadAt(row).name.toLower());
    model.setNameFilter(QStringLiteral("TANDOOR"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LeadListModel::NameColumn).data().toString(),
             QStringLiteral("The Tandoor House"));
    const qint64 id = model.index(0, 0).data(LeadListModel::IdRole).toLongLong();
    QCOMPARE(LeadStore(*m_database).get(id).value.name, QStringLiteral("The Tandoor House"));
    QCOMPARE(model.rowOf(id), 0);
    model.setNameFilter(QStringLiteral("no such lead"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(id), -1);
}

void TestListModels::leadsFollowWrites()
{
    LeadListModel model(*m_database);
    const Lead first = model.leadAt(0);
    LeadDraft change;
    change.city = QStringLiteral("Goa");
    QVERIFY(LeadStore(*m_database).update(first.id, change).ok());
    QCOMPARE(model.index(model.rowOf(first.id), LeadListModel::CityColumn).data().toString(),
             QStringLiteral("Goa"));
    QVERIFY(LeadStore(*m_database).remove(first.id).ok());
    QCOMPARE(model.rowOf(first.id), -1);
    QCOMPARE(model.rowCount(), 5);
}

void TestListModels::contactsPassTheModelTester()
{
    ContactListModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(2);
    model.setLead(std::nullopt);
    QCOMPARE(model.rowCount(), 18);
}

void TestListModels::contactsOfOneLeadOrAll()
{
    ContactListModel model(*m_database);
    QCOMPARE(model.rowCount(), ContactStore(*m_database).count().value);
    model.setLead(4);
    QCOMPARE(model.rowCount(), 3);
    const QList<Contact> expected = ContactStore(*m_database).list(4).value;
    for (const Contact &contact : expected) {
        const int row = model.rowOf(contact.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.contactAt(row), contact);
        QCOMPARE(model.index(row, ContactListModel::NameColumn).data().toString(), contact.name);
        QCOMPARE(model.index(row, ContactListModel::LeadColumn).data().toString(),
                 LeadStore(*m_database).get(4).value.name);
    }
}

void TestListModels::contactsFollowWrites()
{
    ContactListModel model(*m_database);
    model.setLead(1);
    ContactDraft draft;
    draft.lead = 1;
    draft.name = QStringLiteral("Zoya Ali");
    const StoreResult<Contact> created = ContactStore(*m_database).create(draft);
    QVERIFY(created.ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(created.value.id), 3); // by name: Zoya comes last
    draft.lead = 2;
    QVERIFY(ContactStore(*m_database).create(draft).ok());
    QCOMPARE(model.rowCount(), 4); // another lead's contact is not listed
}

void TestListModels::timelinePassesTheModelTester()
{
    LeadTimelineModel model(*m_database);
    model.setBatchSize(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLead(1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.setLead(2);
    QVERIFY(model.rowCount() > 0);
}

void TestListModels::timelineIsNewestFirstInBatches()
{
    LeadTimelineModel model(*m_database);
    model.setBatchSize(7);
    // Lead 1 is a customer, with the longest history of the sample leads: several batches.
    model.setLead(1);
    QCOMPARE(model.rowCount(), 7);
    while (model.canFetchMore({}))
        model.fetchMore({});
    InteractionFilter filter;
    filter.lead = 1;
    filter.sortKey = InteractionFilter::SortKey::Date;
    filter.sortOrder = Qt::DescendingOrder;
    const QList<Interaction> expected = InteractionStore(*m_database).list(filter).value;
    QVERIFY(expected.size() > 2 * 7);
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(model.totalCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(LeadTimelineModel::IdRole).toLongLong(), expected.at(row).id);
        QCOMPARE(index.data(LeadTimelineModel::DateRole).toDateTime(), expected.at(row).date);
        QVERIFY(
            index.data().toString().contains(InteractionTypes::displayName(expected.at(row).type)));
    }
}

void TestListModels::timelineFollowsWrites()
{
    LeadTimelineModel model(*m_database);
    model.setLead(1);
    const qint64 before = model.totalCount();
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = ContactStore(*m_database).list(1).value.first().id;
    draft.type = InteractionType::Visit;
    draft.details = QStringLiteral("The newest visit");
    draft.date = QDateTime(QDate(2031, 1, 1), QTime(10, 0), QTimeZone::utc());
    const StoreResult<Interaction> created = InteractionStore(*m_database).create(draft);
    QVERIFY(created.ok());
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.index(0, 0).data(LeadTimelineModel::IdRole).toLongLong(), created.value.id);
    QCOMPARE(model.index(0, 0).data(LeadTimelineModel::DetailsRole).toString(), *draft.details);

    // An order's amount as the user's locale writes it, groups and all.
    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Paneer, 400 kg");
    order.quantity = 400;
    order.totalPrice = Money::fromCents(2172050);
    draft.date = QDateTime(QDate(2032, 1, 1), QTime(10, 0), QTimeZone::utc());
    QVERIFY(InteractionStore(*m_database).create(draft, order).ok());
    const QString title = model.index(0, 0).data(LeadTimelineModel::TitleRole).toString();
    QVERIFY2(title.contains(QLocale().toString(21720) + QLocale().decimalPoint() + "50"),
             qPrintable(title));
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
