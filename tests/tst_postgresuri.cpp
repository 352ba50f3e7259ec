// A --database argument that names a PostgreSQL server is told from a file path by its scheme
// alone, and is shown without a password.
#include "postgresuri.h"

#include <QTest>

class TestPostgresUri final : public QObject
{
    Q_OBJECT

private slots:
    void toldFromAFile_data();
    void toldFromAFile();
    void shownWithoutPassword();
};

void TestPostgresUri::toldFromAFile_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("isUri");
    QTest::newRow("postgresql://") << "postgresql://kam@db.example:5432/touchpoint" << true;
    QTest::newRow("postgres://") << "postgres://kam@localhost/touchpoint" << true;
    QTest::newRow("with sslmode") << "postgresql://kam@db/touchpoint?sslmode=require" << true;
    QTest::newRow("local socket") << "postgresql:///touchpoint" << true;
    QTest::newRow("capitals") << "PostgreSQL://kam@db/touchpoint" << true;
    QTest::newRow("absolute path")
        << "/home/kam/.local/share/touchpoint/touchpoint.sqlite" << false;
    QTest::newRow("relative path") << "touchpoint.sqlite" << false;
    QTest::newRow("folder named postgresql") << "postgresql/touchpoint.sqlite" << false;
    QTest::newRow("no slashes") << "postgresql:touchpoint" << false;
    QTest::newRow("file URL") << "file:///tmp/touchpoint.sqlite" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPostgresUri::toldFromAFile()
{
    QFETCH(QString, location);
    QFETCH(bool, isUri);
    QCOMPARE(PostgresUri::matches(location), isUri);
}

void TestPostgresUri::shownWithoutPassword()
{
    QCOMPARE(PostgresUri::shown(QStringLiteral(
                 "postgresql://kam:secret@db.example:5432/touchpoint?sslmode=require")),
             QStringLiteral("postgresql://kam@db.example:5432/touchpoint"));
    QCOMPARE(PostgresUri::shown(QStringLiteral("postgresql://kam@db.example/touchpoint")),
             QStringLiteral("postgresql://kam@db.example/touchpoint"));
}

QTEST_GUILESS_MAIN(TestPostgresUri)
#include "tst_postgresuri.moc"
