// PersonStore: people added with a token shown once (only its hash kept), names and tokens never
// given twice, revocations that keep their first time, and the census a server asks often.
#include "storage/database.h"
#include "storage/personstore.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestPersonStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addGivesATokenKeptOnlyAsItsHash();
    void namesAreCheckedAndNeverGivenTwice_data();
    void namesAreCheckedAndNeverGivenTwice();
    void revokeKeepsTheFirstTime();
    void censusChangesWithEveryAddAndRevoke();

private:
    TestDatabase m_database;
};

void TestPersonStore::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
}

void TestPersonStore::cleanup()
{
    m_database.reset();
}

void TestPersonStore::addGivesATokenKeptOnlyAsItsHash()
{
    PersonStore store(*m_database);
    const StoreResult<PersonStore::Added> asha = store.add(QStringLiteral("Asha Rao"));
    QVERIFY2(asha.ok(), qPrintable(asha.failure));
    const StoreResult<PersonStore::Added> ravi = store.add(QStringLiteral("Ravi"));
    QVERIFY(ravi.ok());
    // 256 bits, base64url without padding.
    QCOMPARE(asha.value.token.size(), 43);
    QCOMPARE(QByteArray::fromBase64(asha.value.token, QByteArray::Base64UrlEncoding).size(), 32);
    QVERIFY(asha.value.token != ravi.value.token);
    QVERIFY(asha.value.person.id > 0);
    QCOMPARE(asha.value.person.name, QStringLiteral("Asha Rao"));
    QVERIFY(!asha.value.person.isRevoked());

    // The database holds the hash, never the token.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT token_sha256 FROM people ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString().toLatin1(), PersonStore::tokenHash(asha.value.token));
    QVERIFY(!query.value(0).toString().toLatin1().contains(asha.value.token));
    query.finish();

    const StoreResult<QHash<QByteArray, Person>> byHash = store.byTokenHash();
    QVERIFY(byHash.ok());
    QCOMPARE(byHash.value.size(), 2);
    QCOMPARE(byHash.value.value(PersonStore::tokenHash(ravi.value.token)).name,
             QStringLiteral("Ravi"));
    QVERIFY(!byHash.value.contains(PersonStore::tokenHash("not a token")));

    const StoreResult<QList<Person>> everyone = store.list();
    QVERIFY(everyone.ok());
    QCOMPARE(everyone.value.size(), 2);
    QCOMPARE(everyone.value.at(0).name, QStringLiteral("Asha Rao"));
    QCOMPARE(everyone.value.at(1).name, QStringLiteral("Ravi"));
}

void TestPersonStore::namesAreCheckedAndNeverGivenTwice_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("too long") << QString(201, QLatin1Char('a'));
    QTest::newRow("line break") << QStringLiteral("Asha\nRao");
    QTest::newRow("tab") << QStringLiteral("Asha\tRao");
    QTest::newRow("taken") << QStringLiteral("Meera");
    QTest::newRow("taken by someone revoked") << QStringLiteral("Vikram");
}

void TestPersonStore::namesAreCheckedAndNeverGivenTwice()
{
    QFETCH(QString, name);
    PersonStore store(*m_database);
    QVERIFY(store.add(QStringLiteral("Meera")).ok());
    QVERIFY(store.add(QStringLiteral("Vikram")).ok());
    QVERIFY(store.revoke(QStringLiteral("Vikram")).ok());
    const StoreResult<PersonStore::Added> refused = store.add(name);
    QCOMPARE(refused.status, StoreStatus::Invalid);
    QVERIFY(refused.errors.has(QStringLiteral("name")));
    QVERIFY(refused.value.token.isEmpty());
    QCOMPARE(store.list().value.size(), 2);
    // At the longest allowed, a name is taken.
    QVERIFY(store.add(QString(200, QLatin1Char('a'))).ok());
}

void TestPersonStore::revokeKeepsTheFirstTime()
{
    PersonStore store(*m_database);
    QVERIFY(store.add(QStringLiteral("Asha")).ok());
    QCOMPARE(store.revoke(QStringLiteral("Nobody")).status, StoreStatus::NotFound);
    const StoreResult<Person> first = store.revoke(QStringLiteral("Asha"));
    QVERIFY(first.ok());
    QVERIFY(first.value.isRevoked());
    QTest::qWait(1100); // a second revocation a second later
    const StoreResult<Person> second = store.revoke(QStringLiteral("Asha"));
    QVERIFY(second.ok());
    QCOMPARE(second.value.revoked, first.value.revoked);
    const StoreResult<QList<Person>> everyone = store.list();
    QCOMPARE(everyone.value.size(), 1);
    QCOMPARE(everyone.value.at(0).revoked, first.value.revoked);
}

void TestPersonStore::censusChangesWithEveryAddAndRevoke()
{
    PersonStore store(*m_database);
    QSet<std::pair<qint64, qint64>> seen;
    const auto census = [&store] {
        const StoreResult<PersonStore::Census> answer = store.census();
        return answer.ok() ? std::pair(answer.value.people, answer.value.revoked)
                           : std::pair(qint64(-1), qint64(-1));
    };
    QCOMPARE(census(), std::pair(qint64(0), qint64(0)));
    seen.insert(census());
    QVERIFY(store.add(QStringLiteral("Asha")).ok());
    QVERIFY(!seen.contains(census()));
    seen.insert(census());
    QVERIFY(store.revoke(QStringLiteral("Asha")).ok());
    QVERIFY(!seen.contains(census()));
    seen.insert(census());
    QVERIFY(store.add(QStringLiteral("Ravi")).ok());
    QVERIFY(!seen.contains(census()));
    QCOMPARE(census(), std::pair(qint64(2), qint64(1)));
}

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
