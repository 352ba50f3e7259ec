// The SQLite FTS5 index of the details (schema version 3): kept in step with every write, filled
// from rows written before it existed, used by InteractionFilter's text search, and finding
// exactly what a plain substring search finds.
#include "contactstore.h"
#include "database.h"
#include "interactionstore.h"
#include "leadstore.h"
#include "schemamigrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestFullTextSearch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchesLikeASubstringSearch_data();
    void matchesLikeASubstringSearch();
    void followsUpdatesAndRemovals();
    void followsCascadesAndRestore();
    void filledByTheMigration();
    void searchUsesTheIndex();

private:
    qint64 add(const QString &details, qint64 contact = 0);
    QList<qint64> found(const QString &text) const;
    // FTS5's own check of an external-content index against the interactions table.
    bool indexIsIntact() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<InteractionStore> m_store;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestFullTextSearch::init()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    // A new file for every test and every row of data.
    static int files = 0;
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++files))));
    m_store = std::make_unique<InteractionStore>(*m_database);
    LeadDraft lead;
    lead.name = QStringLiteral("Spice Garden");
    m_lead = LeadStore(*m_database).create(lead).value.id;
    ContactDraft contact;
    contact.lead = m_lead;
    contact.name = QStringLiteral("Meera Iyer");
    m_contact = ContactStore(*m_database).create(contact).value.id;
    QVERIFY(m_lead > 0 && m_contact > 0);
}

void TestFullTextSearch::cleanup()
{
    m_store.reset();
    m_database.reset();
}

qint64 TestFullTextSearch::add(const QString &details, qint64 contact)
{
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = contact ? contact : m_contact;
    draft.type = InteractionType::Call;
    draft.details = details;
    draft.date = QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc());
    const StoreResult<Interaction> created = m_store->create(draft);
    return created.ok() ? created.value.id : 0;
}

QList<qint64> TestFullTextSearch::found(const QString &text) const
{
    InteractionFilter filter;
    filter.text = text;
    QList<qint64> ids;
    for (const Interaction &interaction : m_store->list(filter).value)
        ids << interaction.id;
    return ids;
}

bool TestFullTextSearch::indexIsIntact() const
{
    QSqlQuery query(m_database->connection());
    return query.exec(QStringLiteral("INSERT INTO interactions_fts (interactions_fts, rank)"
                                     " VALUES ('integrity-check', 1)"));
}

void TestFullTextSearch::matchesLikeASubstringSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << "paneer";
    QTest::newRow("inside a word") << "anee";
    QTest::newRow("upper case") << "PANEER";
    QTest::newRow("across words") << "er ti";
    QTest::newRow("non-ASCII, other case") << QStringLiteral("ÄPFEL");
    QTest::newRow("Devanagari") << QStringLiteral("पनीर");
    QTest::newRow("double quote") << "\"best\"";
    QTest::newRow("FTS5 syntax") << "paneer OR rice";
    QTest::newRow("FTS5 operators") << "NEAR(a b) * ^col:";
    QTest::newRow("percent") << "50%";
    QTest::newRow("two characters") << "ti";
    QTest::newRow("one character") << "\"";
    QTest::newRow("nothing like it") << "xyzzy";
}

void TestFullTextSearch::matchesLikeASubstringSearch()
{
    QFETCH(QString, text);
    const QStringList details {
        QStringLiteral("Paneer tikka tasting with the chef"),
        QStringLiteral("paneer, 20 kg"),
        QStringLiteral("Asked for the \"best\" price"),
        QStringLiteral("50% discount on rice"),
        QStringLiteral("paneer OR rice, they could not decide"),
        QStringLiteral("Äpfel und Birnen"),
        QStringLiteral("पनीर टिक्का"),
        QStringLiteral("NEAR(a b) * ^col: is not a query"),
        QString(),
    };
    QList<qint64> expected;
    for (const QString &text_ : details) {
        const qint64 id = add(text_);
        QVERIFY(id > 0);
        if (text_.contains(text, Qt::CaseInsensitive))
            expected << id;
    }
    QCOMPARE(found(text), expected);
}

void TestFullTextSearch::followsUpdatesAndRemovals()
{
    const qint64 kept = add(QStringLiteral("Called about the invoice"));
    const qint64 changed = add(QStringLiteral("Tasting of the new menu"));
    QCOMPARE(found(QStringLiteral("tasting")), QList<qint64>({ changed }));

    InteractionDraft change;
    change.details = QStringLiteral("Second invoice sent");
    QVERIFY(m_store->update(changed, change).ok());
    QCOMPARE(found(QStringLiteral("tasting")), QList<qint64>());
    QCOMPARE(found(QStringLiteral("invoice")), QList<qint64>({ kept, changed }));

    // A change that leaves the details alone keeps the entry.
    InteractionDraft retyped;
    retyped.type = InteractionType::Email;
    QVERIFY(m_store->update(changed, retyped).ok());
    QCOMPARE(found(QStringLiteral("second")), QList<qint64>({ changed }));

    QVERIFY(m_store->remove(kept).ok());
    QCOMPARE(found(QStringLiteral("invoice")), QList<qint64>({ changed }));
    QVERIFY(indexIsIntact());
}

void TestFullTextSearch::followsCascadesAndRestore()
{
    ContactDraft other;
    other.lead = m_lead;
    other.name = QStringLiteral("Arjun Rao");
    const qint64 otherContact = ContactStore(*m_database).create(other).value.id;
    const qint64 first = add(QStringLiteral("Sample of basmati rice"), otherContact);
    const qint64 second = add(QStringLiteral("Basmati rice order"));
    QCOMPARE(found(QStringLiteral("basmati")), QList<qint64>({ first, second }));

    // Removing a contact takes its interactions, and their entries, with it.
    QVERIFY(ContactStore(*m_database).remove(otherContact).ok());
    QCOMPARE(found(QStringLiteral("basmati")), QList<qint64>({ second }));

    // An undo puts the interaction back under its id, findable again.
    const StoreResult<Interaction> removed = m_store->remove(second);
    QVERIFY(removed.ok());
    QCOMPARE(found(QStringLiteral("basmati")), QList<qint64>());
    QVERIFY(m_store->restore(removed.value, std::nullopt).ok());
    QCOMPARE(found(QStringLiteral("basmati")), QList<qint64>({ second }));

    // Removing the lead takes everything.
    QVERIFY(LeadStore(*m_database).remove(m_lead).ok());
    QCOMPARE(found(QStringLiteral("basmati")), QList<qint64>());
    QVERIFY(indexIsIntact());
}

void TestFullTextSearch::filledByTheMigration()
{
    // A file from before the index: version 2 with rows in it.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        QVERIFY(old.open(path, 2));
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO leads (id, name) VALUES (1, 'Olive')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO contacts (id, lead_id, name) VALUES (1, 1, 'Zoya')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO interactions (id, lead_id, contact_id, interaction_type, details,"
            " occurred_at) VALUES (1, 1, 1, 'VISIT', 'Walked the kitchen', 0),"
            " (2, 1, 1, 'CALL', 'Asked about the kitchen equipment', 0),"
            " (3, 1, 1, 'EMAIL', 'Sent the menu', 0)")));
    }
    m_store.reset();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(path));
    QCOMPARE(m_database->schemaVersion(), SchemaMigrations::latestVersion());
    m_store = std::make_unique<InteractionStore>(*m_database);
    QCOMPARE(found(QStringLiteral("kitchen")), QList<qint64>({ 1, 2 }));
    QCOMPARE(found(QStringLiteral("menu")), QList<qint64>({ 3 }));
    QVERIFY(indexIsIntact());
}

void TestFullTextSearch::searchUsesTheIndex()
{
    InteractionFilter filter;
    filter.text = QStringLiteral("invoice");
    QVariantList bindings;
    const QString sql = QStringLiteral("EXPLAIN QUERY PLAN SELECT i.id")
        + filter.sqlFromWhere(bindings) + filter.sqlOrderBy();
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(sql));
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next())
        plan << query.value(3).toString();
    // "SCAN interactions_fts VIRTUAL TABLE INDEX 0:M..." is FTS5 answering a MATCH.
    QVERIFY2(
        plan.join(QLatin1Char('\n')).contains(QStringLiteral("interactions_fts VIRTUAL TABLE")),
        qPrintable(plan.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "tst_fulltextsearch.moc"
