// DatasetGenerator: reproducible content, exact counts, realistic spread, rows that pass the
// rules, and refusal of files that hold data or parameters out of range, changing nothing.
#include "core/rules.h"
#include "sampledata/datasetgenerator.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/preparedqueries.h"
#include "storage/sqlreferencelookup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

DatasetGenerator::Parameters small(quint64 seed = 7)
{
    DatasetGenerator::Parameters parameters;
    parameters.leads = 25;
    parameters.contactsPerLead = 3;
    parameters.interactions = 3000;
    parameters.seed = seed;
    return parameters;
}

// Every row of every table, in key order, through SHA-256: equal only when the content is.
QByteArray contentHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("hash-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery query(db);
        const QStringList statements {
            QStringLiteral("SELECT * FROM leads ORDER BY id"),
            QStringLiteral("SELECT * FROM contacts ORDER BY id"),
            QStringLiteral("SELECT * FROM interactions ORDER BY id"),
            QStringLiteral("SELECT * FROM order_details ORDER BY interaction_id"),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return {};
            hash.addData(statement.toUtf8());
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column) {
                    hash.addData(query.value(column).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
                hash.addData(QByteArrayView("\x1e", 1));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings.append(message);
}

} // namespace

class TestDatasetGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parameters_data();
    void parameters();
    void sameSeedSameContent();
    void otherSeedOtherContent();
    void countsAsAsked();
    void realisticSpread();
    void everyRowPassesTheRules();
    void searchFindsSomeNotOthers();
    void productsAreCopiedAndIndexed();
    void fillsAnEmptyTouchpointFile();
    void refusesAFileWithData();
    void refusesAForeignFile();
    void badParametersChangeNothing();
    void announcesOnce();
    void textsReadRightWithoutWarnings();

private:
    QTemporaryDir m_dir;
    QString m_first; // small(7), generated once and read by several tests
};

void TestDatasetGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = m_dir.filePath(QStringLiteral("first.sqlite"));
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(m_first, small());
    QVERIFY2(result.ok(), qPrintable(result.failure));
}

void TestDatasetGenerator::parameters_data()
{
    QTest::addColumn<qint64>("leads");
    QTest::addColumn<qint64>("contactsPerLead");
    QTest::addColumn<qint64>("interactions");
    QTest::addColumn<int>("problems");
    QTest::newRow("fine") << qint64(10) << qint64(2) << qint64(100) << 0;
    QTest::newRow("no interactions is fine") << qint64(1) << qint64(1) << qint64(0) << 0;
    QTest::newRow("no leads") << qint64(0) << qint64(2) << qint64(100) << 1;
    QTest::newRow("negative leads") << qint64(-5) << qint64(2) << qint64(100) << 1;
    QTest::newRow("no contacts") << qint64(10) << qint64(0) << qint64(100) << 1;
    QTest::newRow("negative interactions") << qint64(10) << qint64(2) << qint64(-1) << 1;
    QTest::newRow("too many leads")
        << DatasetGenerator::maxLeads + 1 << qint64(1) << qint64(1) << 1;
    QTest::newRow("too many contacts in all")
        << DatasetGenerator::maxLeads << DatasetGenerator::maxContactsPerLead << qint64(1) << 1;
    QTest::newRow("everything wrong") << qint64(0) << qint64(0) << qint64(-1) << 3;
}

void TestDatasetGenerator::parameters()
{
    QFETCH(qint64, leads);
    QFETCH(qint64, contactsPerLead);
    QFETCH(qint64, interactions);
    QFETCH(int, problems);
    DatasetGenerator::Parameters parameters;
    parameters.leads = leads;
    parameters.contactsPerLead = contactsPerLead;
    parameters.interactions = interactions;
    QCOMPARE(DatasetGenerator::checkParameters(parameters).size(), problems);
}

void TestDatasetGenerator::sameSeedSameContent()
{
    const QString second = m_dir.filePath(QStringLiteral("same.sqlite"));
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(second, small());
    QVERIFY2(result.ok(), qPrintable(result.failure));
    const QByteArray first = contentHash(m_first);
    QVERIFY(!first.isEmpty());
    QCOMPARE(contentHash(second), first);
}

void TestDatasetGenerator::otherSeedOtherContent()
{
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(other, small(8));
    QVERIFY2(result.ok(), qPrintable(result.failure));
    const QByteArray first = contentHash(m_first);
    QVERIFY(!first.isEmpty());
    QVERIFY(contentHash(other) != first);
}

void TestDatasetGenerator::countsAsAsked()
{
    Database database;
    QVERIFY(database.open(m_first));
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM leads")), 25);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM contacts")), 75);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM interactions")), 3000);
    // Each lead has exactly its contacts, and the first of them is the owner.
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM (SELECT lead_id FROM contacts GROUP BY"
                                   " lead_id HAVING count(*) = 3)")),
             25);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM contacts c WHERE role = 'Owner' AND id ="
                                   " (SELECT min(id) FROM contacts WHERE lead_id = c.lead_id)")),
             25);
    // About one interaction in ten has an order, and exactly those have order details.
    const qint64 orders = scalar(database, QStringLiteral("SELECT count(*) FROM order_details"));
    QVERIFY2(orders >= 240 && orders <= 360, qPrintable(QString::number(orders)));
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM interactions WHERE order_placed = 1")),
             orders);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(*) FROM order_details o JOIN interactions i"
                                   " ON i.id = o.interaction_id WHERE i.order_placed = 1")),
             orders);
}

void TestDatasetGenerator::realisticSpread()
{
    Database database;
    QVERIFY(database.open(m_first));
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT count(DISTINCT interaction_type) FROM interactions")),
             5);
    const qint64 start
        = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 end
        = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 earliest
        = scalar(database, QStringLiteral("SELECT min(occurred_at) FROM interactions"));
    const qint64 latest
        = scalar(database, QStringLiteral("SELECT max(occurred_at) FROM interactions"));
    QVERIFY(earliest >= start && earliest < start + 30 * 86400);
    QVERIFY(latest < end && latest > end - 30 * 86400);
    // Every lead is talked to, and every contact of a lead is reached.
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT lead_id) FROM interactions")),
             25);
    QVERIFY(scalar(database, QStringLiteral("SELECT count(DISTINCT contact_id) FROM interactions"))
            > 70);
    // The details vary: no single text makes up more than a few percent of them.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM interactions"
                                  " GROUP BY details)"))
            < 60);
    // Totals are exact cents of quantity times a unit price, some with a discount.
    QVERIFY(scalar(database,
                   QStringLiteral("SELECT count(*) FROM order_details WHERE"
                                  " total_price_cents % 100 <> 0"))
            > 0);
}

void TestDatasetGenerator::everyRowPassesTheRules()
{
    Database database;
    QVERIFY(database.open(m_first));
    const SqlReferenceLookup references(database.preparedQueries());
    const StoreResult<QList<Lead>> leads = LeadStore(database).list();
    QVERIFY(leads.ok());
    QCOMPARE(leads.value.size(), 25);
    for (const Lead &lead : leads.value) {
        const ValidationErrors errors = Rules::checkLead(LeadDraft::from(lead));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.fields().join(QLatin1Char(','))));
        QVERIFY(Rules::isPlausibleEmail(lead.email));
    }
    const StoreResult<QList<Contact>> contacts = ContactStore(database).list();
    QVERIFY(contacts.ok());
    QCOMPARE(contacts.value.size(), 75);
    for (const Contact &contact : contacts.value) {
        const ValidationErrors errors
            = Rules::checkContact(ContactDraft::from(contact), references);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.fields().join(QLatin1Char(','))));
    }
    InteractionStore store(database);
    const StoreResult<QList<Interaction>> interactions = store.list(InteractionFilter());
    QVERIFY(interactions.ok());
    QCOMPARE(interactions.value.size(), 3000);
    for (const Interaction &interaction : interactions.value) {
        // The rules include that the contact belongs to the lead.
        const ValidationErrors errors
            = Rules::checkInteraction(InteractionDraft::from(interaction), references);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.fields().join(QLatin1Char(','))));
        const StoreResult<OrderDetails> order = store.orderDetails(interaction.id);
        QCOMPARE(order.ok(), interaction.orderPlaced);
        if (order.ok()) {
            const ValidationErrors orderErrors
                = Rules::checkOrderDetails(OrderDetailsDraft::from(order.value));
            QVERIFY2(orderErrors.isEmpty(),
                     qPrintable(orderErrors.fields().join(QLatin1Char(','))));
            QVERIFY(order.value.orderDate >= interaction.date);
        }
    }
}

void TestDatasetGenerator::searchFindsSomeNotOthers()
{
    Database database;
    QVERIFY(database.open(m_first));
    InteractionStore store(database);
    InteractionFilter filter;
    for (const char *word : { "invoice", "paneer", "tasting" }) {
        filter.text = QString::fromLatin1(word);
        const qint64 found = store.count(filter).value;
        QVERIFY2(found > 0 && found < 3000 / 4, word);
    }
    filter.text = QStringLiteral("xyzzy");
    QCOMPARE(store.count(filter).value, 0);
}

// The generator writes each order's product with its interaction rather than through the order's
// trigger: the copy must still be every order's product, and the index must hold it.
void TestDatasetGenerator::productsAreCopiedAndIndexed()
{
    Database database;
    QVERIFY(database.open(m_first));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT count(*), sum(i.order_product IS o.product_details) FROM interactions i"
        " LEFT JOIN order_details o ON o.interaction_id = i.id")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() > 0);
    QCOMPARE(query.value(1).toLongLong(), query.value(0).toLongLong());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO interactions_fts (interactions_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestDatasetGenerator::fillsAnEmptyTouchpointFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty-touchpoint.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
    }
    QVERIFY(DatasetGenerator::refusalFor(path).isEmpty());
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, small());
    QVERIFY2(result.ok(), qPrintable(result.failure));
    QCOMPARE(result.value.interactions, 3000);
    QCOMPARE(contentHash(path), contentHash(m_first));
}

void TestDatasetGenerator::refusesAFileWithData()
{
    const QString path = m_dir.filePath(QStringLiteral("with-data.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        LeadDraft lead;
        lead.name = QStringLiteral("Spice Garden");
        QVERIFY(LeadStore(database).create(lead).ok());
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    QVERIFY(DatasetGenerator::refusalFor(path).contains(QStringLiteral("already holds data")));
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, small());
    QCOMPARE(result.status, StoreStatus::Failed);
    QVERIFY2(result.failure.contains(QStringLiteral("already holds data")),
             qPrintable(result.failure));
    QCOMPARE(fileBytes(path), before);

    // The check inside the transaction says no as well, when handed an open database.
    Database database;
    QVERIFY(database.open(path));
    const StoreResult<DatasetGenerator::Summary> direct
        = DatasetGenerator(database).generate(small());
    QCOMPARE(direct.status, StoreStatus::Failed);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM leads")), 1);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM interactions")), 0);
}

void TestDatasetGenerator::refusesAForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        const QString name = QStringLiteral("foreign");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileBytes(path);
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, small());
    QCOMPARE(result.status, StoreStatus::Failed);
    QVERIFY(!result.failure.isEmpty());
    QCOMPARE(fileBytes(path), before);
}

void TestDatasetGenerator::badParametersChangeNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("never.sqlite"));
    DatasetGenerator::Parameters parameters = small();
    parameters.contactsPerLead = 0;
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, parameters);
    QCOMPARE(result.status, StoreStatus::Failed);
    QVERIFY(result.failure.contains(QStringLiteral("--contacts-per-lead")));
    QVERIFY(!QFile::exists(path));
}

void TestDatasetGenerator::announcesOnce()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("announced.sqlite"))));
    QSignalSpy spy(&database, &Database::changed);
    DatasetGenerator::Parameters parameters = small();
    parameters.interactions = 50;
    int reports = 0;
    const StoreResult<DatasetGenerator::Summary> result = DatasetGenerator(database).generate(
        parameters, [&reports](const QString &, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            ++reports;
        });
    QVERIFY2(result.ok(), qPrintable(result.failure));
    QCOMPARE(spy.count(), 1);
    QVERIFY(reports >= 2); // the leads and the interactions, each at least when done
    QCOMPARE(result.value.leads, 25);
    QCOMPARE(result.value.contacts, 75);
    QCOMPARE(result.value.interactions, 50);
}

// `touchpoint generate` wrote "QString::arg: Argument missing" for most rows, and its phrases
// that leave out the contact's name got the name in place of the topic: "Short call on Sanjay;
// packaging for delivery orders."
void TestDatasetGenerator::textsReadRightWithoutWarnings()
{
    const QString path = m_dir.filePath(QStringLiteral("texts.sqlite"));
    DatasetGenerator::Parameters parameters = small(11);
    parameters.leads = 6;
    parameters.contactsPerLead = 2;
    parameters.interactions = 600;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, parameters);
    qInstallMessageHandler(previous);
    QVERIFY2(result.ok(), qPrintable(result.failure));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

    Database database;
    QVERIFY(database.open(path));
    QHash<qint64, QString> firstNames;
    for (const Contact &contact : ContactStore(database).list().value)
        firstNames.insert(contact.id, contact.name.section(QLatin1Char(' '), 0, 0));
    int shortCalls = 0;
    for (const Interaction &interaction : InteractionStore(database).list({}).value) {
        const QString &text = interaction.details;
        const QString first = firstNames.value(interaction.contact);
        QVERIFY(!first.isEmpty());
        // A topic or a product follows "on", never a person.
        QVERIFY2(!text.contains(QStringLiteral(" on %1;").arg(first)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        if (text.startsWith(QStringLiteral("Short call on "))) {
            ++shortCalls;
            // "Short call on <topic>; <outcome>.": two parts, neither empty.
            const QStringList parts = text.mid(14).chopped(1).split(QStringLiteral("; "));
            QCOMPARE(parts.size(), 2);
            QVERIFY2(!parts.at(0).isEmpty() && !parts.at(1).isEmpty(), qPrintable(text));
        }
    }
    QVERIFY(shortCalls > 0);
}

QTEST_GUILESS_MAIN(TestDatasetGenerator)
#include "tst_datasetgenerator.moc"
