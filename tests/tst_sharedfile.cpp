// One file, two connections, as the window and `touchpoint serve` have it: writes through both
// land (also at the same moment, from two threads), each sees the other's, nobody is told
// "database is locked", and the watcher announces the other's commits.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

struct Fixture
{
    qint64 lead = 0;
    qint64 contact = 0;
};

std::optional<Fixture> makeLeadAndContact(Database &database)
{
    LeadDraft lead;
    lead.name = QStringLiteral("Spice Garden");
    const StoreResult<Lead> madeLead = LeadStore(database).create(lead);
    if (!madeLead.ok())
        return std::nullopt;
    ContactDraft contact;
    contact.lead = madeLead.value.id;
    contact.name = QStringLiteral("Asha");
    const StoreResult<Contact> madeContact = ContactStore(database).create(contact);
    if (!madeContact.ok())
        return std::nullopt;
    return Fixture { madeLead.value.id, madeContact.value.id };
}

InteractionDraft call(const Fixture &fixture, const QString &details)
{
    InteractionDraft draft;
    draft.lead = fixture.lead;
    draft.contact = fixture.contact;
    draft.type = InteractionType::Call;
    draft.details = details;
    return draft;
}

const Database::Changes everything = Database::Change::Leads | Database::Change::Contacts
    | Database::Change::Interactions | Database::Change::OrderDetails;

} // namespace

class TestSharedFile final : public QObject
{
    Q_OBJECT

private slots:
    void interleavedWritesSeeEachOther();
    void simultaneousWritersAllLand();
    void watcherAnnouncesOthersCommits();
};

void TestSharedFile::interleavedWritesSeeEachOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database window, server;
    QVERIFY(window.open(path));
    QVERIFY(server.open(path));
    const std::optional<Fixture> fixture = makeLeadAndContact(window);
    QVERIFY(fixture);
    // The other connection sees the lead and contact at once: its rules accept them.
    QVERIFY(LeadStore(server).get(fixture->lead).ok());

    InteractionStore byWindow(window), byServer(server);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        InteractionStore &store = i % 2 ? byServer : byWindow;
        const StoreResult<Interaction> made = store.create(call(*fixture, QString::number(i)));
        QVERIFY2(made.ok(), qPrintable(made.failure));
        ids << made.value.id;
        // Each change made by one is there for the other, also a PATCH of the other's row.
        InteractionStore &other = i % 2 ? byWindow : byServer;
        QCOMPARE(other.get(made.value.id).value.details, QString::number(i));
        InteractionDraft change;
        change.details = QStringLiteral("patched %1").arg(i);
        QVERIFY(other.update(made.value.id, change).ok());
        QCOMPARE(store.get(made.value.id).value.details, QStringLiteral("patched %1").arg(i));
    }
    QCOMPARE(byWindow.count({}).value, 40);
    QCOMPARE(byServer.count({}).value, 40);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 40);
}

void TestSharedFile::simultaneousWritersAllLand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database window;
    QVERIFY(window.open(path));
    const std::optional<Fixture> fixture = makeLeadAndContact(window);
    QVERIFY(fixture);

    constexpr int each = 150;
    QStringList serverFailures;
    // A connection belongs to the thread that opened it: the other writer opens its own there,
    // as another process would.
    std::thread other([&] {
        Database server;
        if (!server.open(path)) {
            serverFailures << server.errorMessage();
            return;
        }
        InteractionStore store(server);
        for (int i = 0; i < each; ++i) {
            const StoreResult<Interaction> made
                = store.create(call(*fixture, QStringLiteral("server %1").arg(i)));
            if (!made.ok())
                serverFailures << made.failure;
        }
    });
    InteractionStore store(window);
    QStringList windowFailures;
    for (int i = 0; i < each; ++i) {
        const StoreResult<Interaction> made
            = store.create(call(*fixture, QStringLiteral("window %1").arg(i)));
        if (!made.ok())
            windowFailures << made.failure;
    }
    other.join();
    QVERIFY2(windowFailures.isEmpty(), qPrintable(windowFailures.join(QLatin1Char('\n'))));
    QVERIFY2(serverFailures.isEmpty(), qPrintable(serverFailures.join(QLatin1Char('\n'))));
    QCOMPARE(store.count({}).value, 2 * each);
    InteractionFilter mine;
    mine.text = QStringLiteral("server");
    QCOMPARE(store.count(mine).value, each);
}

void TestSharedFile::watcherAnnouncesOthersCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database window, server;
    QVERIFY(window.open(path));
    QVERIFY(server.open(path));
    const std::optional<Fixture> fixture = makeLeadAndContact(server);
    QVERIFY(fixture);

    QSignalSpy spy(&window, &Database::changed);
    QVERIFY(InteractionStore(server).create(call(*fixture, QStringLiteral("from the API"))).ok());
    QVERIFY(spy.wait(5 * Database::watchIntervalMs));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Database::Changes>(), everything);

    // The window's own write is announced once, by its store, and not again by the watcher.
    spy.clear();
    QVERIFY(InteractionStore(window).create(call(*fixture, QStringLiteral("own"))).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Database::Changes>(),
             Database::Changes(Database::Change::Interactions));
    QTest::qWait(3 * Database::watchIntervalMs);
    QCOMPARE(spy.count(), 1);

    // After a reopen the watcher goes on.
    window.close();
    QVERIFY(window.open(path));
    spy.clear();
    QVERIFY(InteractionStore(server).create(call(*fixture, QStringLiteral("after"))).ok());
    QVERIFY(spy.wait(5 * Database::watchIntervalMs));
}

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
