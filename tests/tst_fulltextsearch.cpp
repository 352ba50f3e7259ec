// The full-text indexes of the details (schema version 3) and of the lead's and contact's names
// and the order's product (version 5), SQLite's FTS5 tables and PostgreSQL's pg_trgm indexes:
// kept in step with every write, renames included, filled from rows written before they existed,
// used by InteractionFilter's text search, and finding exactly what a plain substring search of
// those texts finds, on both backends.
#include "core/money.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/schemamigrations.h"
#include "support/testdatabase.h"

#include <QSqlError>
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
    void followsRenamesAndOrders();
    void filledByTheMigration();
    void searchUsesTheIndex();
    void everyPlanFindsTheSameRows_data();
    void everyPlanFindsTheSameRows();
    void walkIsChosenForCommonWordsNearTheTop();
    void countIsTheSameWhicheverWay();

private:
    qint64 add(const QString &details, qint64 contact = 0);
    QList<qint64> found(const QString &text) const;
    QList<qint64> checkedRowByRow(const QString &text) const;
    qint64 addLead(const QString &lead, const QString &contact);
    qint64 leadOf(qint64 contact) const;
    // FTS5's own check of an external-content index against the interactions table.
    bool indexIsIntact() const;
    bool indexesAreIntact() const;

    TestDatabase m_database;
    std::unique_ptr<InteractionStore> m_store;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestFullTextSearch::init()
{
    // A new database for every test and every row of data.
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
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

// A lead with one contact; the contact's id.
qint64 TestFullTextSearch::addLead(const QString &lead, const QString &contact)
{
    LeadDraft leadDraft;
    leadDraft.name = lead;
    ContactDraft contactDraft;
    contactDraft.lead = LeadStore(*m_database).create(leadDraft).value.id;
    contactDraft.name = contact;
    return ContactStore(*m_database).create(contactDraft).value.id;
}

qint64 TestFullTextSearch::leadOf(qint64 contact) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT lead_id FROM contacts WHERE id = ?"));
    query.addBindValue(contact);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TestFullTextSearch::add(const QString &details, qint64 contact)
{
    InteractionDraft draft;
    draft.contact = contact ? contact : m_contact;
    draft.lead = contact ? leadOf(contact) : m_lead;
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

QList<qint64> TestFullTextSearch::checkedRowByRow(const QString &text) const
{
    InteractionFilter filter;
    filter.text = text;
    QVariantList bindings;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT i.id")
                  + filter.sqlFromWhere(m_database->dialect(), bindings,
                                        InteractionFilter::TextPlan::CheckEachRow)
                  + QStringLiteral(" ORDER BY i.id"));
    for (const QVariant &binding : std::as_const(bindings))
        query.addBindValue(binding);
    QList<qint64> ids;
    if (!query.exec())
        qWarning() << query.lastError().text();
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool TestFullTextSearch::indexIsIntact() const
{
    // PostgreSQL's GIN index is the table's own, kept by PostgreSQL: nothing of ours to drift.
    if (TestDatabase::onPostgres())
        return true;
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
    // Found only from a start inside an earlier try at it, which the row check must not lose.
    QTest::newRow("start inside a failed try") << "ababac";
    QTest::newRow("repeated character") << "aaa";
    // Names and products: each row below has a lead, a contact and maybe an order of its own.
    QTest::newRow("lead's name") << "tandoor";
    QTest::newRow("lead's name, across words") << "OOR HOUSE";
    QTest::newRow("contact's name") << "farhan";
    QTest::newRow("contact's name, non-ASCII") << QStringLiteral("ZOË");
    QTest::newRow("product") << "ghee";
    QTest::newRow("product and details") << "rice";
    QTest::newRow("name and product at once") << "ice"; // Spice Garden's basmati rice
    QTest::newRow("name, two characters") << "Kh";
}

void TestFullTextSearch::matchesLikeASubstringSearch()
{
    QFETCH(QString, text);
    struct Row
    {
        QString details;
        int contact; // of contacts below
        QString product; // empty: no order
    };
    const QList<QPair<QString, QString>> people {
        { QStringLiteral("Spice Garden"), QStringLiteral("Meera Iyer") },
        { QStringLiteral("Tandoor House, Bandra"), QStringLiteral("Farhan Khan") },
        { QStringLiteral("Olive Bistro"), QStringLiteral("Zoë Fernandes") },
    };
    QList<qint64> contacts { m_contact };
    for (qsizetype i = 1; i < people.size(); ++i)
        contacts << addLead(people.at(i).first, people.at(i).second);
    const QList<Row> rows {
        { QStringLiteral("Paneer tikka tasting with the chef"), 0, {} },
        { QStringLiteral("paneer, 20 kg"), 1, QStringLiteral("Paneer, 1 kg block") },
        { QStringLiteral("Asked for the \"best\" price"), 2, {} },
        { QStringLiteral("50% discount on rice"), 0, {} },
        { QStringLiteral("paneer OR rice, they could not decide"), 1, {} },
        { QStringLiteral("Äpfel und Birnen"), 2, QStringLiteral("Ghee, 15 kg tin") },
        { QStringLiteral("पनीर टिक्का"), 0, {} },
        { QStringLiteral("NEAR(a b) * ^col: is not a query"), 1, {} },
        { QStringLiteral("Code abababac, aaaa"), 2, {} },
        { QStringLiteral("ababab ac aa"), 0, QStringLiteral("Basmati rice, 25 kg sack") },
        { QString(), 1, {} },
    };
    QList<qint64> expected;
    for (const Row &row : rows) {
        InteractionDraft draft;
        draft.contact = contacts.at(row.contact);
        draft.lead = leadOf(*draft.contact);
        draft.type = InteractionType::Order;
        draft.details = row.details;
        draft.orderPlaced = !row.product.isEmpty();
        draft.date = QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc());
        std::optional<OrderDetailsDraft> order;
        if (!row.product.isEmpty()) {
            order = OrderDetailsDraft();
            order->productDetails = row.product;
            order->quantity = 1;
            order->totalPrice = Money::fromCents(100);
        }
        const StoreResult<Interaction> created = m_store->create(draft, order);
        QVERIFY2(created.ok(), qPrintable(created.errors.fields().join(QLatin1Char(','))));
        const auto &[lead, contact] = people.at(row.contact);
        if (row.details.contains(text, Qt::CaseInsensitive)
            || lead.contains(text, Qt::CaseInsensitive)
            || contact.contains(text, Qt::CaseInsensitive)
            || row.product.contains(text, Qt::CaseInsensitive))
            expected << created.value.id;
    }
    QCOMPARE(found(text), expected);
    // The window's check of one row at a time (TrigramContains) finds what the index finds.
    if (text.toUcs4().size() >= 3)
        QCOMPARE(checkedRowByRow(text), expected);
    // Counted as listed, each row once.
    InteractionFilter filter;
    filter.text = text;
    QCOMPARE(m_store->count(filter).value, expected.size());
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

// A lead or a contact renamed is found by the new name only; an order's product and amount
// follow every change of the order.
void TestFullTextSearch::followsRenamesAndOrders()
{
    const qint64 other = addLead(QStringLiteral("Copper Pot"), QStringLiteral("Imran Das"));
    const qint64 mine = add(QStringLiteral("Tasting"));
    const qint64 theirs = add(QStringLiteral("Tasting"), other);
    QCOMPARE(found(QStringLiteral("spice garden")), QList<qint64>({ mine }));

    LeadDraft renamed;
    renamed.name = QStringLiteral("Saffron Table");
    QVERIFY(LeadStore(*m_database).update(m_lead, renamed).ok());
    QCOMPARE(found(QStringLiteral("spice garden")), QList<qint64>());
    QCOMPARE(found(QStringLiteral("saffron")), QList<qint64>({ mine }));
    ContactDraft contact;
    contact.name = QStringLiteral("Imran Qureshi");
    const qint64 otherContact = other;
    QVERIFY(ContactStore(*m_database).update(otherContact, contact).ok());
    QCOMPARE(found(QStringLiteral("imran das")), QList<qint64>());
    QCOMPARE(found(QStringLiteral("qureshi")), QList<qint64>({ theirs }));

    OrderDetailsDraft order;
    order.productDetails = QStringLiteral("Ghee, 15 kg tin");
    order.quantity = 2;
    order.totalPrice = Money::fromCents(1650000);
    InteractionDraft placed;
    placed.orderPlaced = true;
    placed.type = InteractionType::Order;
    QVERIFY(m_store->update(theirs, placed, order).ok());
    QCOMPARE(found(QStringLiteral("ghee")), QList<qint64>({ theirs }));
    order.productDetails = QStringLiteral("Paneer, 1 kg block");
    order.totalPrice = Money::fromCents(38000);
    QVERIFY(m_store->setOrderDetails(theirs, order).ok());
    QCOMPARE(found(QStringLiteral("ghee")), QList<qint64>());
    QCOMPARE(found(QStringLiteral("paneer")), QList<qint64>({ theirs }));
    const auto amount = [this](qint64 id) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT order_total_cents FROM interactions WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant(QStringLiteral("none"));
    };
    QCOMPARE(amount(theirs).toLongLong(), 38000);
    QVERIFY(amount(mine).isNull());
    InteractionFilter paneer;
    paneer.text = QStringLiteral("paneer");
    QCOMPARE(m_store->count(paneer).value, 1);
    // The order taken off the interaction (the window's edit dialog), then put back.
    InteractionDraft unplaced;
    unplaced.orderPlaced = false;
    unplaced.type = InteractionType::Meeting;
    QVERIFY(m_store->replace(theirs, unplaced, std::nullopt).ok());
    QCOMPARE(found(QStringLiteral("paneer")), QList<qint64>());
    QCOMPARE(m_store->count(paneer).value, 0);
    QVERIFY(amount(theirs).isNull());
    QVERIFY(indexIsIntact());
    QVERIFY(m_store->replace(theirs, placed, order).ok());
    QCOMPARE(found(QStringLiteral("paneer")), QList<qint64>({ theirs }));
    QCOMPARE(m_store->count(paneer).value, 1);
    // Editing the details leaves the product found, and the other way round.
    InteractionDraft described;
    described.details = QStringLiteral("Tasting of the new paneer");
    QVERIFY(m_store->update(theirs, described).ok());
    QCOMPARE(found(QStringLiteral("ghee")), QList<qint64>());
    QCOMPARE(found(QStringLiteral("1 kg block")), QList<qint64>({ theirs }));
    QCOMPARE(found(QStringLiteral("new paneer")), QList<qint64>({ theirs }));
    QCOMPARE(m_store->count(paneer).value, 1);
    QVERIFY(indexIsIntact());
    // Removing the interaction takes its order, and the order's entry, with it; the undo puts
    // both back.
    const StoreResult<OrderDetails> kept = m_store->orderDetails(theirs);
    QVERIFY(kept.ok());
    const StoreResult<Interaction> removed = m_store->remove(theirs);
    QVERIFY(removed.ok());
    QCOMPARE(found(QStringLiteral("paneer")), QList<qint64>());
    QCOMPARE(m_store->count(paneer).value, 0);
    QVERIFY(indexIsIntact());
    QVERIFY(m_store->restore(removed.value, kept.value).ok());
    QCOMPARE(found(QStringLiteral("1 kg block")), QList<qint64>({ theirs }));
    QVERIFY(m_store->remove(theirs).ok());
    QCOMPARE(found(QStringLiteral("1 kg block")), QList<qint64>());
    QVERIFY(indexesAreIntact());
}

bool TestFullTextSearch::indexesAreIntact() const
{
    if (TestDatabase::onPostgres())
        return true;
    QSqlQuery query(m_database->connection());
    for (const char *index : { "leads_fts", "contacts_fts", "interactions_fts" }) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1String(index)))) {
            qWarning() << index << query.lastError().text();
            return false;
        }
    }
    return true;
}

void TestFullTextSearch::filledByTheMigration()
{
    // A database from before the index: version 2 with rows in it.
    m_store.reset();
    QVERIFY2(m_database.open(QStringLiteral("old.sqlite"), 2),
             qPrintable(m_database.errorMessage()));
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO leads (id, name) VALUES (1, 'Olive')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO contacts (id, lead_id, name) VALUES (1, 1, 'Zoya')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO interactions (id, lead_id, contact_id, interaction_type, details,"
            " occurred_at) VALUES (1, 1, 1, 'VISIT', 'Walked the kitchen', 0),"
            " (2, 1, 1, 'CALL', 'Asked about the kitchen equipment', 0),"
            " (3, 1, 1, 'EMAIL', 'Sent the menu', 0)")));
    }
    QVERIFY(m_database->open(m_database.location()));
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
    if (TestDatabase::onPostgres()) {
        // A table this small is read whole; with that ruled out, the trigram index answers.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
        // EXPLAIN cannot be prepared: the values go into the text, quoted.
        QString sql = QStringLiteral("EXPLAIN SELECT i.id")
            + filter.sqlFromWhere(m_database->dialect(), bindings) + filter.sqlOrderBy();
        for (const QVariant &binding : std::as_const(bindings)) {
            QString value = binding.toString();
            value.replace(QLatin1Char('\''), QLatin1String("''"));
            sql.replace(sql.indexOf(QLatin1Char('?')), 1,
                        QLatin1Char('\'') + value + QLatin1Char('\''));
        }
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QStringList plan;
        while (query.next())
            plan << query.value(0).toString();
        QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("RESET enable_seqscan")));
        QVERIFY2(
            plan.join(QLatin1Char('\n')).contains(QStringLiteral("interactions_details_trigrams")),
            qPrintable(plan.join(QLatin1Char('\n'))));
        return;
    }
    const QString sql = QStringLiteral("EXPLAIN QUERY PLAN SELECT i.id")
        + filter.sqlFromWhere(m_database->dialect(), bindings) + filter.sqlOrderBy();
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

void TestFullTextSearch::everyPlanFindsTheSameRows_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("newest first, top") << Qt::DescendingOrder << qint64(0);
    QTest::newRow("newest first, deep") << Qt::DescendingOrder << qint64(37);
    QTest::newRow("oldest first, top") << Qt::AscendingOrder << qint64(0);
    QTest::newRow("oldest first, past the end") << Qt::AscendingOrder << qint64(70);
}

// The plan changes how the database reads, never what it finds: the same ids in the same order,
// ties on the date included.
void TestFullTextSearch::everyPlanFindsTheSameRows()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(qint64, offset);
    InteractionStore store(*m_database);
    for (int i = 0; i < 120; ++i) {
        InteractionDraft draft;
        draft.lead = m_lead;
        draft.contact = m_contact;
        draft.type = InteractionType::Visit;
        draft.details = i % 3 == 0 ? QStringLiteral("Paneer order %1").arg(i)
                                   : QStringLiteral("Menu tasting %1").arg(i);
        // Many share a date, so that the id decides their order.
        draft.date = QDateTime(QDate(2025, 1, 1 + (i * 7) % 28), QTime(9, 0), QTimeZone::utc());
        QVERIFY(store.create(draft).ok());
    }
    InteractionFilter filter;
    filter.text = QStringLiteral("paneer");
    filter.sortKey = InteractionFilter::SortKey::Date;
    filter.sortOrder = order;
    const auto ids = [&](InteractionFilter::TextPlan plan) {
        QVariantList bindings;
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT i.id")
                      + filter.sqlFromWhere(m_database->dialect(), bindings, plan)
                      + filter.sqlOrderBy() + QStringLiteral(" LIMIT 20 OFFSET ?"));
        for (const QVariant &binding : std::as_const(bindings))
            query.addBindValue(binding);
        query.addBindValue(offset);
        QList<qint64> result;
        if (query.exec()) {
            while (query.next())
                result << query.value(0).toLongLong();
        }
        return result;
    };
    const QList<qint64> lookedUp = ids(InteractionFilter::TextPlan::LookUpMatches);
    QCOMPARE(ids(InteractionFilter::TextPlan::WalkSortOrder), lookedUp);
    QCOMPARE(ids(InteractionFilter::TextPlan::CheckEachRow), lookedUp);
    QCOMPARE(lookedUp.size(), offset < 40 ? qMin<qint64>(20, 40 - offset) : 0);
}

void TestFullTextSearch::walkIsChosenForCommonWordsNearTheTop()
{
    InteractionFilter filter;
    filter.text = QStringLiteral("invoice");
    filter.sortKey = InteractionFilter::SortKey::Date;
    filter.sortOrder = Qt::DescendingOrder;
    using Plan = InteractionFilter::TextPlan;
    // A word in one interaction of eight, a million in all: the first page is a short walk that
    // checks each row's text; a page deep down, a long walk that checks each row against the
    // matches found in the index.
    QCOMPARE(filter.textPlanFor(m_database->dialect(), 123049, 1000000, 0, 256),
             Plan::CheckEachRow);
    QCOMPARE(filter.textPlanFor(m_database->dialect(), 123049, 1000000, 20000, 256),
             Plan::WalkSortOrder);
    // A word in one of 45: its matches are fewer than the rows read to fill a page.
    QCOMPARE(filter.textPlanFor(m_database->dialect(), 22274, 1000000, 0, 256),
             Plan::WalkSortOrder);
    // A rare word: its few matches are read and sorted.
    QCOMPARE(filter.textPlanFor(m_database->dialect(), 40, 1000000, 0, 256), Plan::LookUpMatches);
    QCOMPARE(filter.textPlanFor(m_database->dialect(), 0, 1000000, 0, 256), Plan::LookUpMatches);
    // Sorted by lead, or narrowed by a lead as well: no index to walk in that order.
    InteractionFilter byLead = filter;
    byLead.sortKey = InteractionFilter::SortKey::Lead;
    QCOMPARE(byLead.textPlanFor(m_database->dialect(), 123049, 1000000, 0, 256),
             Plan::LookUpMatches);
    InteractionFilter withLead = filter;
    withLead.lead = 7;
    QCOMPARE(withLead.textPlanFor(m_database->dialect(), 123049, 1000000, 0, 256),
             Plan::LookUpMatches);
    // Too short for the index: no full-text condition to plan.
    InteractionFilter shortText = filter;
    shortText.text = QStringLiteral("in");
    QCOMPARE(shortText.textPlanFor(m_database->dialect(), 123049, 1000000, 0, 256),
             Plan::LookUpMatches);
}

// A search alone is counted in the full-text index; with other conditions, through the
// interactions. Both count what the list finds.
void TestFullTextSearch::countIsTheSameWhicheverWay()
{
    for (const QString &details : { QStringLiteral("Paneer tikka"), QStringLiteral("PANEER 20 kg"),
                                    QStringLiteral("Rice"), QStringLiteral("paneer again") })
        QVERIFY(add(details) > 0);
    InteractionStore store(*m_database);
    InteractionFilter alone;
    alone.text = QStringLiteral("paneer");
    QVariantList bindings;
    // SQLite counts in its FTS5 table; PostgreSQL through its trigram index of the table.
    const QString counted = TestDatabase::onPostgres() ? QStringLiteral("interactions WHERE ")
                                                       : QStringLiteral("interactions_fts ");
    QVERIFY(alone.sqlCount(m_database->dialect(), bindings)
                .startsWith(QStringLiteral("SELECT (SELECT count(*) FROM ") + counted));
    QCOMPARE(store.count(alone).value, 3);
    // Found by the details and by a name at once: counted once.
    const qint64 paneerHouse = addLead(QStringLiteral("Paneer House"), QStringLiteral("Ravi"));
    QVERIFY(add(QStringLiteral("Paneer tikka again"), paneerHouse) > 0);
    QVERIFY(add(QStringLiteral("Menu"), paneerHouse) > 0);
    QCOMPARE(store.count(alone).value, 5);
    QCOMPARE(store.list(alone).value.size(), 5);
    QCOMPARE(store.count(alone).value, store.list(alone).value.size());
    InteractionFilter withType = alone;
    withType.types = { InteractionType::Call };
    bindings.clear();
    QVERIFY(withType.sqlCount(m_database->dialect(), bindings)
                .startsWith(QStringLiteral("SELECT count(*) FROM interactions i ")));
    QCOMPARE(store.count(withType).value, 5);
    withType.types = { InteractionType::Email };
    QCOMPARE(store.count(withType).value, 0);
}

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "tst_fulltextsearch.moc"
