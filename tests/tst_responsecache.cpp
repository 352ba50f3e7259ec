// ResponseCache: an answer is kept until anything is committed to the database, by this
// connection or another, and RestApi serves lists from it with the same bytes it would compute.
// Run on both backends: on PostgreSQL another connection's commit must empty it at once too,
// before the notification of that commit has arrived.
#include "apirequest.h"
#include "responsecache.h"
#include "restapi.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"

#include <QTest>

class TestResponseCache final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsAnAnswerUntilTheFileChanges();
    void anotherConnectionsCommitEmptiesIt();
    void keyIncludesQueryAndHost();
    void keepsOnlySuccessesWithinCapacity();
    void listAfterAWriteShowsTheWrite();

private:
    ApiRequest request(const QByteArray &query, const QByteArray &host = "localhost") const;
    qint64 addInteraction(const QString &details);
    static std::optional<ApiResponse> keep(ResponseCache &cache, const ApiRequest &request,
                                           const QByteArray &body);

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_contact = 0;
};

void TestResponseCache::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    LeadDraft lead;
    lead.name = QStringLiteral("Spice Route");
    const StoreResult<Lead> createdLead = LeadStore(*m_database).create(lead);
    QVERIFY(createdLead.ok());
    m_lead = createdLead.value.id;
    ContactDraft contact;
    contact.lead = m_lead;
    contact.name = QStringLiteral("Asha");
    const StoreResult<Contact> createdContact = ContactStore(*m_database).create(contact);
    QVERIFY(createdContact.ok());
    m_contact = createdContact.value.id;
}

void TestResponseCache::cleanup()
{
    m_database.reset();
}

ApiRequest TestResponseCache::request(const QByteArray &query, const QByteArray &host) const
{
    ApiRequest result;
    result.method = "GET";
    result.rawPath = "/track/interactions/";
    result.path = QString::fromLatin1(result.rawPath);
    result.rawQuery = query;
    result.host = host;
    return result;
}

qint64 TestResponseCache::addInteraction(const QString &details)
{
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = m_contact;
    draft.type = InteractionType::Call;
    draft.details = details;
    const StoreResult<Interaction> created = InteractionStore(*m_database).create(draft);
    return created.ok() ? created.value.id : 0;
}

// Keeps body as the answer to request and looks it up again. On PostgreSQL the cache's stamp is
// the server's snapshot, which any commit on the server moves, also another test's in another
// database of the shared cluster: the answer is found once nothing was committed in between.
std::optional<ApiResponse> TestResponseCache::keep(ResponseCache &cache, const ApiRequest &request,
                                                   const QByteArray &body)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        cache.find(request); // takes the stamp of now
        cache.insert(request, ApiResponse::json(200, body));
        if (std::optional<ApiResponse> kept = cache.find(request))
            return kept;
    }
    return std::nullopt;
}

void TestResponseCache::keepsAnAnswerUntilTheFileChanges()
{
    ResponseCache cache(*m_database, 1 << 20);
    const ApiRequest list = request("lead=1");
    QVERIFY(!cache.find(list));
    const std::optional<ApiResponse> kept = keep(cache, list, "[1]");
    QVERIFY(kept);
    QCOMPARE(kept->body, QByteArray("[1]"));

    QVERIFY(addInteraction(QStringLiteral("A call.")) > 0); // the store announces its commit
    QVERIFY(!cache.find(list));

    QVERIFY(keep(cache, list, "[2]"));
    m_database->open(m_database.location()); // a file opened again may be another file
    QVERIFY(!cache.find(list));
}

void TestResponseCache::anotherConnectionsCommitEmptiesIt()
{
    ResponseCache cache(*m_database, 1 << 20);
    const ApiRequest list = request("lead=1");
    QVERIFY(!cache.find(list));
    QVERIFY(keep(cache, list, "[1]"));

    Database other; // as `touchpoint serve` and the window on one file
    QVERIFY(other.open(m_database.location()));
    InteractionDraft draft;
    draft.lead = m_lead;
    draft.contact = m_contact;
    draft.type = InteractionType::Email;
    QVERIFY(InteractionStore(other).create(draft).ok());
    // At once, not at the next tick of the file's watch.
    QVERIFY(!cache.find(list));
}

void TestResponseCache::keyIncludesQueryAndHost()
{
    ResponseCache cache(*m_database, 1 << 20);
    QVERIFY(!cache.find(request("lead=1")));
    QVERIFY(keep(cache, request("lead=1"), "[1]"));
    QVERIFY(!cache.find(request("lead=2")));
    QVERIFY(!cache.find(request("lead=1", "example.test:8000"))); // paging links name the host
    ApiRequest orders = request("lead=1");
    orders.rawPath = "/track/interactions/orders/";
    QVERIFY(!cache.find(orders));
}

void TestResponseCache::keepsOnlySuccessesWithinCapacity()
{
    ResponseCache cache(*m_database, 4096);
    QVERIFY(!cache.find(request("lead=abc")));
    cache.insert(request("lead=abc"), ApiResponse::json(400, R"({"lead":["bad"]})"));
    QVERIFY(!cache.find(request("lead=abc")));
    cache.insert(request("big"), ApiResponse::json(200, QByteArray(8192, ' ')));
    QVERIFY(!cache.find(request("big")));

    cache.setCapacity(0);
    cache.insert(request("lead=1"), ApiResponse::json(200, "[1]"));
    QVERIFY(!cache.find(request("lead=1")));
}

// Through RestApi: the second answer is the first's bytes, and a write shows in the next list.
void TestResponseCache::listAfterAWriteShowsTheWrite()
{
    RestApi api(*m_database);
    const ApiRequest list = request(QByteArray("lead=") + QByteArray::number(m_lead));
    const qint64 first = addInteraction(QStringLiteral("First call."));
    QVERIFY(first > 0);
    const ApiResponse before = api.handle(list);
    QCOMPARE(before.status, 200);
    QVERIFY(before.body.contains("First call."));
    QCOMPARE(api.handle(list).body, before.body);
    QCOMPARE(api.handle(list).header("Allow"), before.header("Allow"));

    QVERIFY(addInteraction(QStringLiteral("Second call.")) > 0);
    const ApiResponse after = api.handle(list);
    QVERIFY(after.body.contains("Second call."));

    ApiRequest remove;
    remove.method = "DELETE";
    remove.rawPath = "/track/interactions/" + QByteArray::number(first) + '/';
    remove.path = QString::fromLatin1(remove.rawPath);
    remove.host = "localhost";
    QCOMPARE(api.handle(remove).status, 200);
    QVERIFY(!api.handle(list).body.contains("First call."));
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
