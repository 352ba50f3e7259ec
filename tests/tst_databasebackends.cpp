// Database on either backend, through TestDatabase (run a second time against PostgreSQL):
// migrations from every earlier version keep the data and reach the same schema, another
// program's database and a newer schema are refused and left as they were, and another
// connection's commits are seen while this connection's own are not counted as theirs.
#include "sampledata/datasetgenerator.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/schemamigrations.h"
#include "storage/sqldialect.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <array>
#include <memory>
#include <vector>

class TestDatabaseBackends final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void migrationsFromEveryEarlierVersion_data();
    void migrationsFromEveryEarlierVersion();
    void anotherProgramsDatabaseIsRefused();
    void tooNewIsRefused();
    void othersCommitsAreSeen();
    void opensOfANewDatabaseAtOnceMigrateItOnce();
    void idsStayAheadOfRestoredRows();
    void generatorFillsIt();

private:
    bool exec(const QString &sql) const;
    QList<qint64> found(const QString &text) const;

    TestDatabase m_database;
};

void TestDatabaseBackends::cleanup()
{
    m_database.reset();
}

bool TestDatabaseBackends::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

QList<qint64> TestDatabaseBackends::found(const QString &text) const
{
    InteractionFilter filter;
    filter.text = text;
    QList<qint64> ids;
    for (const Interaction &interaction : InteractionStore(*m_database).list(filter).value)
        ids << interaction.id;
    return ids;
}

void TestDatabaseBackends::migrationsFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < SchemaMigrations::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestDatabaseBackends::migrationsFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QVERIFY2(m_database.open(QStringLiteral("old.sqlite"), version),
             qPrintable(m_database.errorMessage()));
    QCOMPARE(m_database->schemaVersion(), version);
    if (version >= 1) {
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO leads (id, name, status) VALUES (1, 'Spice', 'CONTACTED')")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO contacts (id, lead_id, name) VALUES (1, 1, 'Asha')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO interactions (id, lead_id, contact_id,"
                                    " interaction_type, details, order_placed, occurred_at)"
                                    " VALUES (1, 1, 1, 'ORDER', 'रसोई', 1, 1735054200)")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO order_details VALUES (1, 'Rice', 50, 1999, 1735128000)")));
    }
    QVERIFY2(m_database->open(m_database.location()), qPrintable(m_database->errorMessage()));
    QCOMPARE(m_database->schemaVersion(), SchemaMigrations::latestVersion());
    QSqlQuery query(m_database->connection());
    if (version == 0) {
        QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 0);
        return;
    }
    QVERIFY(query.exec(QStringLiteral(
        "SELECT l.name, l.status, c.name, i.details, o.total_price_cents, o.quantity,"
        " i.order_total_cents, i.order_product"
        " FROM interactions i JOIN leads l ON l.id = i.lead_id"
        " JOIN contacts c ON c.id = i.contact_id"
        " JOIN order_details o ON o.interaction_id = i.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Spice"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("CONTACTED"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Asha"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("रसोई"));
    QCOMPARE(query.value(4).toLongLong(), 1999);
    QCOMPARE(query.value(5).toLongLong(), 50);
    QCOMPARE(query.value(6).toLongLong(), 1999);
    QCOMPARE(query.value(7).toString(), QStringLiteral("Rice"));
    QVERIFY(!query.next());
    // Found by the search in every text it looks in, whichever index holds it.
    for (const QString &text : { QStringLiteral("spic"), QStringLiteral("ASHA"),
                                 QStringLiteral("ric"), QStringLiteral("रसोई") })
        QCOMPARE(found(text), QList<qint64>({ 1 }));
}

void TestDatabaseBackends::anotherProgramsDatabaseIsRefused()
{
    // An empty database that another program then fills.
    QVERIFY2(m_database.open(QStringLiteral("other.sqlite"), 0),
             qPrintable(m_database.errorMessage()));
    QVERIFY(exec(QStringLiteral("CREATE TABLE invoices (number INTEGER)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO invoices VALUES (7)")));

    // Refused by a second connection; the first sees it left as it was: its table, none of ours.
    Database database;
    QVERIFY(!database.open(m_database.location()));
    QCOMPARE(database.openError(), Database::OpenError::NotTouchpoint);
    QVERIFY(!database.isOpen());
    QCOMPARE(m_database->connection().tables(), QStringList { QStringLiteral("invoices") });
    QCOMPARE(rowCount(*m_database, QStringLiteral("invoices")), 1);
}

void TestDatabaseBackends::tooNewIsRefused()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(addLead(*m_database, QStringLiteral("Spice")) > 0);
    const int newer = SchemaMigrations::latestVersion() + 1;
    QVERIFY(exec(m_database->dialect().setSchemaVersionStatement(newer)));
    const QString location = m_database.location();
    m_database->close();

    Database database;
    QVERIFY(!database.open(location));
    QCOMPARE(database.openError(), Database::OpenError::TooNew);
    QVERIFY(database.errorMessage().contains(QStringLiteral("newer")));
    QVERIFY(!database.isOpen());
}

void TestDatabaseBackends::othersCommitsAreSeen()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    Database other;
    QVERIFY2(other.open(m_database.location()), qPrintable(other.errorMessage()));
    QSignalSpy changed(m_database.get(), &Database::changed);
    QCoreApplication::processEvents(); // the watch starts once something listens

    // This connection's own commit is announced by the store, not taken for another's.
    const Database::ChangeStamp before = m_database->changeStamp();
    QVERIFY(addLead(*m_database, QStringLiteral("Mine")) > 0);
    QCOMPARE(changed.size(), 1);
    QTest::qWait(2 * Database::watchIntervalMs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_database->changeStamp().dataVersion, before.dataVersion);

    // Another connection's commit is seen as a change of everything.
    QVERIFY(addLead(other, QStringLiteral("Theirs")) > 0);
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(m_database->changeStamp().dataVersion != before.dataVersion);
    QCOMPARE(changed.at(1).at(0).value<Database::Changes>(),
             Database::Change::Leads | Database::Change::Contacts | Database::Change::Interactions
                 | Database::Change::OrderDetails);
}

// Several processes (here threads, each with its connection) start on one new database at the
// same moment: one migrates it, the others wait and find it done; all open it. On SQLite each
// open first looks at the file that another is making at that moment (Database::inspect), and
// half the rounds start with no file at all, so that they also race to create it.
void TestDatabaseBackends::opensOfANewDatabaseAtOnceMigrateItOnce()
{
    constexpr int openers = 4;
    for (int round = 0; round < 10; ++round) {
        m_database.reset();
        QVERIFY2(m_database.open(QStringLiteral("t.sqlite"), 0),
                 qPrintable(m_database.errorMessage()));
        const QString location = m_database.location();
        m_database->close();
        if (!TestDatabase::onPostgres() && round % 2 == 1)
            QVERIFY(QFile::remove(location));
        QSemaphore ready;
        QSemaphore go;
        std::array<QString, openers> errors;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < openers; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                Database database;
                ready.release();
                go.acquire();
                if (!database.open(location))
                    errors[i] = database.errorMessage().isEmpty() ? QStringLiteral("failed")
                                                                  : database.errorMessage();
            }));
            threads.back()->start();
        }
        ready.acquire(openers);
        go.release(openers);
        for (const auto &thread : threads)
            thread->wait();
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
        QVERIFY(m_database->open(location));
        QCOMPARE(m_database->schemaVersion(), SchemaMigrations::latestVersion());
    }
}

// A lead deleted and restored under its id (an undo), and then a new lead: the new one gets an
// id of its own, past every id given before.
void TestDatabaseBackends::idsStayAheadOfRestoredRows()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    LeadStore leads(*m_database);
    const qint64 first = addLead(*m_database, QStringLiteral("First"));
    const qint64 second = addLead(*m_database, QStringLiteral("Second"));
    const StoreResult<LeadStore::Removed> taken = leads.takeOut(second);
    QVERIFY(taken.ok());
    QVERIFY(leads.restore(taken.value).ok());
    const qint64 third = addLead(*m_database, QStringLiteral("Third"));
    QVERIFY(third > second);
    QVERIFY(second > first);
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 3);
}

// The dataset generator writes many interactions a statement and reads back their ids: every
// order lands on its interaction, and a lead added afterwards gets an id of its own.
void TestDatabaseBackends::generatorFillsIt()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    DatasetGenerator::Parameters parameters;
    parameters.leads = 10;
    parameters.contactsPerLead = 2;
    parameters.interactions = 2500; // more than one statement's rows
    const StoreResult<DatasetGenerator::Summary> generated
        = DatasetGenerator(*m_database).generate(parameters);
    QVERIFY2(generated.ok(), qPrintable(generated.failure));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 2500);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT count(*) FROM order_details o JOIN interactions i ON i.id = o.interaction_id"
        " WHERE i.order_placed = 1 AND i.order_total_cents = o.total_price_cents")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), rowCount(*m_database, QStringLiteral("order_details")));
    QVERIFY(rowCount(*m_database, QStringLiteral("order_details")) > 0);
    QVERIFY(addLead(*m_database, QStringLiteral("Afterwards")) > 10);
}

QTEST_GUILESS_MAIN(TestDatabaseBackends)
#include "tst_databasebackends.moc"
