// `--database`'s argument read as an SQLite file's path or a PostgreSQL URI in libpq's form, and a
// password in the URI refused.
#include "storage/databaselocation.h"

#include <QTest>

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private slots:
    void aPathIsAnSqliteFile();
    void readsAUri_data();
    void readsAUri();
    void refuses_data();
    void refuses();
};

void TestDatabaseLocation::aPathIsAnSqliteFile()
{
    QString error;
    const DatabaseLocation location
        = DatabaseLocation::fromArgument(QStringLiteral("/tmp/postgresql/t.sqlite"), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(location.isValid());
    QCOMPARE(location.engine(), DatabaseLocation::Engine::Sqlite);
    QCOMPARE(location.databaseName(), QStringLiteral("/tmp/postgresql/t.sqlite"));
    QCOMPARE(location.argument(), QStringLiteral("/tmp/postgresql/t.sqlite"));
}

void TestDatabaseLocation::readsAUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::newRow("everything") << "postgresql://kam@db.example.com:5433/crm"
                                << "db.example.com" << 5433 << "crm"
                                << "kam"
                                << "";
    QTest::newRow("postgres://") << "postgres://db/crm"
                                 << "db" << -1 << "crm"
                                 << ""
                                 << "";
    QTest::newRow("libpq's defaults") << "postgresql://"
                                      << "" << -1 << ""
                                      << ""
                                      << "";
    QTest::newRow("IPv6") << "postgresql://[::1]:6000/crm"
                          << "::1" << 6000 << "crm"
                          << ""
                          << "";
    QTest::newRow("socket folder") << "postgresql:///crm?host=/var/run/postgresql&port=5434"
                                   << "/var/run/postgresql" << 5434 << "crm"
                                   << ""
                                   << "";
    QTest::newRow("percent-encoded") << "postgresql://k%40m@db/sales%20team"
                                     << "db" << -1 << "sales team"
                                     << "k@m"
                                     << "";
    QTest::newRow("options") << "postgresql://kam@db/crm?sslmode=verify-full&application_name=a'b"
                             << "db" << -1 << "crm"
                             << "kam"
                             << "sslmode='verify-full';application_name='a\\'b'";
    QTest::newRow("parts as parameters") << "postgresql://db/crm?dbname=other&user=lead"
                                         << "db" << -1 << "other"
                                         << "lead"
                                         << "";
}

void TestDatabaseLocation::readsAUri()
{
    QFETCH(QString, uri);
    QString error;
    const DatabaseLocation location = DatabaseLocation::fromArgument(uri, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(location.isValid());
    QCOMPARE(location.engine(), DatabaseLocation::Engine::Postgres);
    QCOMPARE(location.argument(), uri);
    QTEST(location.hostName(), "host");
    QTEST(location.port(), "port");
    QTEST(location.databaseName(), "database");
    QTEST(location.userName(), "user");
    QTEST(location.connectOptions(), "options");
}

void TestDatabaseLocation::refuses_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("says");
    QTest::newRow("password") << "postgresql://kam:secret@db/crm"
                              << "PGPASSWORD";
    QTest::newRow("password parameter") << "postgresql://kam@db/crm?password=secret"
                                        << "PGPASSWORD";
    QTest::newRow("bad port") << "postgresql://db:port/crm"
                              << "not a PostgreSQL connection URI";
    QTest::newRow("bad port parameter") << "postgresql://db/crm?port=x"
                                        << "not a PostgreSQL connection URI";
    QTest::newRow("';' in a value") << "postgresql://db/crm?options=a;b"
                                    << "not a PostgreSQL connection URI";
    QTest::newRow("nothing") << ""
                             << "No database";
}

void TestDatabaseLocation::refuses()
{
    QFETCH(QString, argument);
    QFETCH(QString, says);
    QString error;
    const DatabaseLocation location = DatabaseLocation::fromArgument(argument, &error);
    QVERIFY(!location.isValid());
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
