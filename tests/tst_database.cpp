// Database: the file's settings, migrations from every earlier version, and refusal of files that
// are not ours or are newer, leaving them exactly as they were.
#include "storage/database.h"
#include "storage/leadstore.h"
#include "storage/schemamigrations.h"
#include "storage/sqlitedialect.h"
#include "support/testfiles.h"
#include "support/testrecords.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Runs statements on a file through a plain connection of its own, as another program would.
bool writeRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && exec(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Our tables, without SQLite's own (sqlite_sequence, which AUTOINCREMENT adds).
QStringList tables(const QSqlDatabase &db)
{
    QStringList names = db.tables(QSql::Tables);
    names.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("sqlite_")); });
    names.sort();
    return names;
}

// The indexes that the API's and the window's queries need.
bool hasEveryIndex(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")))
        return false;
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    for (const char *index :
         { "contacts_by_lead", "interactions_by_lead", "interactions_by_contact",
           "interactions_orders_by_lead", "interactions_by_date", "interactions_by_type_date",
           "leads_by_name", "interactions_by_amount", "interactions_by_amount_newest",
           "interactions_by_type_newest", "interactions_by_lead_date",
           "interactions_order_totals_by_lead", "interactions_by_contact_date", "contacts_by_name",
           "interactions_by_details", "record_changes_by_revision" }) {
        if (!names.contains(QLatin1String(index))) {
            qWarning("index %s is missing", index);
            return false;
        }
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Database::OpenError)

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void newFileSettings();
    void closeClosesIt();
    void settingsHoldOnReopen();
    void emptyFileBecomesTouchpoint();
    void missingFolderIsCreated();
    void migrationsFromEveryEarlierVersion_data();
    void migrationsFromEveryEarlierVersion();
    void migrationsAreVersioned();
    void refusedFiles_data();
    void refusedFiles();
    void tooNewIsRefused();
    void refusalClosesAnOpenDatabase();
    void announceEmitsChanged();
    void pageCacheSize();
    void readBatch_data();
    void readBatch();
    void readBatchEndsBeforeTheNextPassReadsItsSockets();
    void writeEndsTheReadBatch();
    void closeEndsTheReadBatch();
    void defaultPath();
};

namespace {

qint64 leadCount(const Database &database)
{
    return rowCount(database.connection(), QStringLiteral("leads"));
}

// One file open on two connections, as the window and `touchpoint serve` have it.
struct TwoConnections
{
    QTemporaryDir dir;
    Database reader;
    Database writer;

    bool open()
    {
        const QString path = dir.filePath(QStringLiteral("batch.sqlite"));
        return dir.isValid() && reader.open(path) && writer.open(path);
    }
};

} // namespace

void TestDatabase::readBatch_data()
{
    QTest::addColumn<bool>("batching");
    QTest::newRow("off, as in the window") << false;
    QTest::newRow("on, as in serve") << true;
}

// On, the reads of one pass of the event loop share a snapshot; off, each has its own.
void TestDatabase::readBatch()
{
    QFETCH(bool, batching);
    TwoConnections file;
    QVERIFY(file.open());
    file.reader.setReadBatching(batching);
    file.reader.beginReadBatch();
    QCOMPARE(leadCount(file.reader), 0);
    QVERIFY(addLead(file.writer, QStringLiteral("Spice Garden")));
    file.reader.beginReadBatch(); // a second read of the same pass joins the batch
    QCOMPARE(leadCount(file.reader), batching ? 0 : 1);
    // Once the event loop has handled what had arrived, the batch is over.
    QTRY_COMPARE(leadCount(file.reader), 1);
    file.reader.beginReadBatch();
    QCOMPARE(leadCount(file.reader), 1);
    file.reader.endReadBatch();
    QVERIFY(addLead(file.writer, QStringLiteral("Tandoor House")));
    QCOMPARE(leadCount(file.reader), 2);
}

// A request read on the next pass of the event loop may have been sent after another process
// acknowledged a write (another `serve` on the file): the batch is over before that pass reads
// its sockets. (A zero timer fires after the sockets of the pass it is due in.)
void TestDatabase::readBatchEndsBeforeTheNextPassReadsItsSockets()
{
    TwoConnections file;
    QVERIFY(file.open());
    file.reader.setReadBatching(true);
    file.reader.beginReadBatch();
    QCOMPARE(leadCount(file.reader), 0);
    QVERIFY(addLead(file.writer, QStringLiteral("Spice Garden")));
    int ends[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, ends), 0);
    const auto closeEnds = qScopeGuard([&ends] {
        ::close(ends[0]);
        ::close(ends[1]);
    });
    QSocketNotifier request(ends[0], QSocketNotifier::Read);
    qint64 seen = -1;
    connect(&request, &QSocketNotifier::activated, this, [&] {
        request.setEnabled(false);
        file.reader.beginReadBatch();
        seen = leadCount(file.reader);
    });
    QCOMPARE(::write(ends[1], "x", 1), 1);
    QTRY_VERIFY(seen >= 0);
    QCOMPARE(seen, 1);
}

void TestDatabase::writeEndsTheReadBatch()
{
    TwoConnections file;
    QVERIFY(file.open());
    file.reader.setReadBatching(true);
    file.reader.beginReadBatch();
    QCOMPARE(leadCount(file.reader), 0);
    QVERIFY(addLead(file.writer, QStringLiteral("Spice Garden")));
    // A write inside the open read transaction would fail ("cannot start a transaction within
    // a transaction"); SqlTransaction ends the batch first and the write sees the latest data.
    QVERIFY(addLead(file.reader, QStringLiteral("Tandoor House")));
    QCOMPARE(leadCount(file.reader), 2);
    QCOMPARE(leadCount(file.writer), 2);
}

void TestDatabase::closeEndsTheReadBatch()
{
    TwoConnections file;
    QVERIFY(file.open());
    file.reader.setReadBatching(true);
    file.reader.beginReadBatch();
    QCOMPARE(leadCount(file.reader), 0);
    file.reader.close();
    QVERIFY(!file.reader.isOpen());
    QVERIFY(addLead(file.writer, QStringLiteral("Spice Garden")));
    // No read transaction is left behind holding an old snapshot: a full checkpoint, which
    // waits for no reader, is not kept from its end (busy 0).
    QSqlQuery checkpoint(file.writer.connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
            && checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0);
    checkpoint.finish();
    QVERIFY(file.reader.open(file.dir.filePath(QStringLiteral("batch.sqlite"))));
    QVERIFY(addLead(file.reader, QStringLiteral("Tandoor House")));
    QCOMPARE(leadCount(file.writer), 2);
}

void TestDatabase::pageCacheSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(!database.setPageCacheBytes(64 * 1024 * 1024)); // not open yet
    QVERIFY(database.open(dir.filePath(QStringLiteral("cache.sqlite"))));
    QCOMPARE(pragma(database.connection(), QStringLiteral("cache_size")).toInt(), -2000);
    QVERIFY(database.setPageCacheBytes(64 * 1024 * 1024));
    QCOMPARE(pragma(database.connection(), QStringLiteral("cache_size")).toInt(), -65536);
    QVERIFY(!database.setPageCacheBytes(0));
    QCOMPARE(pragma(database.connection(), QStringLiteral("cache_size")).toInt(), -65536);
}

void TestDatabase::newFileSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("new.sqlite"))),
             qPrintable(database.errorMessage()));
    QVERIFY(database.isOpen());
    QCOMPARE(database.openError(), Database::OpenError::None);
    QVERIFY(database.errorMessage().isEmpty());
    const QSqlDatabase db = database.connection();
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::applicationId);
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), SchemaMigrations::latestVersion());
    QCOMPARE(database.schemaVersion(), SchemaMigrations::latestVersion());
    // SQLite FTS5's indexes and their shadow tables: of the details (version 3; with the
    // products since version 5) and of the names (version 5); the people of the API (version 6)
    // and the history of changes (version 7), with the clock of its revisions (version 8); a
    // server's replicas, and a replica's own state (version 9).
    QStringList expected { "contacts",       "id_blocks",  "interactions",   "leads",
                           "order_details",  "people",     "record_changes", "replica_blocks",
                           "replica_of",     "replicas",   "sync_batches",   "sync_clock",
                           "sync_conflicts", "sync_parked" };
    for (const char *index : { "contacts_fts", "interactions_fts", "leads_fts" })
        for (const char *shadow : { "", "_config", "_data", "_docsize", "_idx" })
            expected << QLatin1String(index) + QLatin1String(shadow);
    expected.sort();
    QCOMPARE(tables(db), expected);
    QVERIFY(hasEveryIndex(db));
    // Foreign keys are enforced: a contact of no lead is refused.
    {
        QSqlQuery query(db);
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO contacts (lead_id, name) VALUES (42, 'x')")));
    }
}

void TestDatabase::closeClosesIt()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(!database.isOpen());
    QVERIFY(database.open(dir.filePath(QStringLiteral("c.sqlite"))));
    QVERIFY(database.isOpen());
    database.close();
    QVERIFY(!database.isOpen());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
    QCOMPARE(database.schemaVersion(), -1);
}

void TestDatabase::settingsHoldOnReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(
            exec(database.connection(), QStringLiteral("INSERT INTO leads (name) VALUES ('A')")));
    }
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QCOMPARE(pragma(database.connection(), QStringLiteral("synchronous")).toInt(), 2);
    QCOMPARE(pragma(database.connection(), QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(database.connection(), QStringLiteral("journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(rowCount(database.connection(), QStringLiteral("leads")), 1);
    // Two Database objects on one file at once (the window and `serve`) both work.
    Database second;
    QVERIFY2(second.open(path), qPrintable(second.errorMessage()));
    QCOMPARE(rowCount(second.connection(), QStringLiteral("leads")), 1);
}

void TestDatabase::emptyFileBecomesTouchpoint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QCOMPARE(pragma(database.connection(), QStringLiteral("application_id")).toInt(),
             Database::applicationId);
    QCOMPARE(database.schemaVersion(), SchemaMigrations::latestVersion());
}

void TestDatabase::missingFolderIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/touchpoint.sqlite"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a"))));
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(database.path(), path);
    QCOMPARE(database.schemaVersion(), SchemaMigrations::latestVersion());
}

void TestDatabase::migrationsFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < SchemaMigrations::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestDatabase::migrationsFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database database;
        QVERIFY2(database.open(path, version), qPrintable(database.errorMessage()));
        QCOMPARE(database.schemaVersion(), version);
        const QSqlDatabase db = database.connection();
        // Data valid at that version, wherever its tables exist.
        if (tables(db).contains(QStringLiteral("order_details"))) {
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO leads (id, name, status) VALUES (1, "
                                        "'Spice', 'CONTACTED')")));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO contacts (id, lead_id, name) VALUES (1, 1, "
                                        "'Asha')")));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO interactions (id, lead_id, contact_id, "
                                        "interaction_type, details, order_placed, occurred_at)"
                                        " VALUES (1, 1, 1, 'ORDER', 'रसोई', 1, 1735054200)")));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO order_details VALUES (1, 'Rice', 50, "
                                        "1999, 1735128000)")));
        } else {
            QVERIFY(tables(db).isEmpty());
        }
    }
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(database.schemaVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::applicationId);
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QVERIFY(hasEveryIndex(db));
    if (version >= 1) {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT l.name, l.status, c.name, i.details, o.total_price_cents, o.quantity"
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
        QVERIFY(!query.next());
        // Version 5: the order's amount and product beside its interaction, for the Order
        // column's sort and the search, and the names, the details and the product in their
        // full-text indexes.
        QVERIFY(query.exec(
            QStringLiteral("SELECT order_total_cents, order_product FROM interactions")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 1999);
        QCOMPARE(query.value(1).toString(), QStringLiteral("Rice"));
        for (const char *search :
             { "SELECT rowid FROM leads_fts WHERE leads_fts MATCH '\"spic\"'",
               "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '\"ASHA\"'",
               "SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH '\"ric\"'",
               "SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH '\"रसोई\"'" }) {
            QVERIFY2(query.exec(QString::fromUtf8(search)), search);
            QVERIFY2(query.next(), search);
            QCOMPARE(query.value(0).toLongLong(), 1);
        }
        for (const char *index : { "leads_fts", "contacts_fts", "interactions_fts" })
            QVERIFY2(
                query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                               .arg(QLatin1String(index))),
                index);
    } else {
        QCOMPARE(rowCount(db, QStringLiteral("leads")), 0);
    }
}

void TestDatabase::migrationsAreVersioned()
{
    // Versions are 1, 2, ... in order, so that every step is taken once.
    const QList<SchemaMigrations::Migration> &all = SqliteDialect().migrations();
    QVERIFY(!all.isEmpty());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).version, i + 1);
        QVERIFY(!all.at(i).statements.isEmpty());
    }
    // The history reaches the version this build brings every database to, whatever its engine.
    QCOMPARE(all.constLast().version, SchemaMigrations::latestVersion());
    // A migration that fails leaves the file at the last version fully applied.
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("m.sqlite")), 1));
    QVERIFY(exec(database.connection(), QStringLiteral("CREATE TABLE leads_by_name (x)")));
    QString error;
    QVERIFY(!SchemaMigrations::migrate(database.connection(), database.dialect(),
                                       SchemaMigrations::latestVersion(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(database.schemaVersion(), 1);
    QVERIFY(!database.connection().tables().contains(QStringLiteral("interactions_by_lead")));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                      " AND name NOT LIKE 'sqlite_%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // the other indexes of version 2 were rolled back
}

void TestDatabase::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("statements"); // run by another program, when content is empty
    QTest::addColumn<Database::OpenError>("error");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(1234);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << QStringList() << Database::OpenError::NotADatabase;
    QTest::newRow("text") << QByteArray("name,city\nSpice Garden,Pune\n") << QStringList()
                          << Database::OpenError::NotADatabase;
    QTest::newRow("one byte") << QByteArray("x") << QStringList()
                              << Database::OpenError::NotADatabase;
    QTest::newRow("truncated SQLite header")
        << QByteArray("SQLite format 3") << QStringList() << Database::OpenError::NotADatabase;
    QTest::newRow("another program's database")
        << QByteArray()
        << QStringList({ "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)",
                         "INSERT INTO songs (title) VALUES ('Raga')" })
        << Database::OpenError::NotTouchpoint;
    QTest::newRow("another program's id")
        << QByteArray() << QStringList({ "PRAGMA application_id = 12345" })
        << Database::OpenError::NotTouchpoint;
    QTest::newRow("another program's version only")
        << QByteArray() << QStringList({ "PRAGMA user_version = 1" })
        << Database::OpenError::NotTouchpoint;
    QTest::newRow("another program's WAL database")
        << QByteArray()
        << QStringList(
               { "PRAGMA journal_mode = WAL", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)" })
        << Database::OpenError::NotTouchpoint;
}

void TestDatabase::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, statements);
    QFETCH(Database::OpenError, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    if (statements.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    } else {
        QVERIFY(writeRaw(path, statements));
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray hash = fileHash(path);
    QVERIFY(!hash.isEmpty());

    Database database;
    QVERIFY(!database.open(path));
    QCOMPARE(database.openError(), error);
    QVERIFY(!database.isOpen());
    QVERIFY(database.errorMessage().contains(path));
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before); // no -wal or -shm left behind
    // Refused again on a second try: nothing was changed by the first.
    QVERIFY(!database.open(path));
    QCOMPARE(database.openError(), error);
    QCOMPARE(fileHash(path), hash);
}

void TestDatabase::tooNewIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(
            exec(database.connection(), QStringLiteral("INSERT INTO leads (name) VALUES ('A')")));
    }
    QVERIFY(writeRaw(
        path,
        { QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1) }));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray hash = fileHash(path);

    Database database;
    QVERIFY(!database.open(path));
    QCOMPARE(database.openError(), Database::OpenError::TooNew);
    QVERIFY(database.errorMessage().contains(QStringLiteral("newer")));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
}

void TestDatabase::refusalClosesAnOpenDatabase()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("definitely not SQLite");
    }
    Database database;
    QVERIFY(database.open(good));
    QVERIFY(!database.open(bad));
    QVERIFY(!database.isOpen());
    QCOMPARE(database.openError(), Database::OpenError::NotADatabase);
    // And a later good open clears the error.
    QVERIFY(database.open(good));
    QCOMPARE(database.openError(), Database::OpenError::None);
    QVERIFY(database.errorMessage().isEmpty());

    // A folder in place of the file cannot be opened.
    QVERIFY(!database.open(dir.path()));
    QCOMPARE(database.openError(), Database::OpenError::CannotOpen);
}

void TestDatabase::announceEmitsChanged()
{
    Database database;
    int calls = 0;
    Database::Changes seen;
    connect(&database, &Database::changed, this, [&](Database::Changes changes) {
        ++calls;
        seen = changes;
    });
    database.announce(Database::Change::Leads | Database::Change::Contacts);
    QCOMPARE(calls, 1);
    QCOMPARE(seen, Database::Change::Leads | Database::Change::Contacts);
}

void TestDatabase::defaultPath()
{
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/touchpoint.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
