// Two writers on one PostgreSQL database at once, each in a thread of its own with a connection of
// its own, as two `touchpoint serve` processes or a window and a server are. A third connection
// holds a table lock, so that the first writer stops after its rules were checked and before its
// row is written; the second writer then runs into what the first holds. The rule that looks at
// another row (the contact belongs to the lead, a contact or lead with rows under it is not
// deleted when refused) stays true, each writer is answered Ok or Invalid, never Failed, and a
// change is built on the other's, never written over it.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

namespace {

// What a writer answered, as the REST API would map it.
struct Answer
{
    StoreStatus status = StoreStatus::Failed;
    QString words; // the failure or the rule's message
};

template<typename T> Answer answerOf(const StoreResult<T> &result)
{
    Answer answer { result.status, result.failure };
    if (result.status == StoreStatus::Invalid)
        answer.words = result.errors.englishSummary();
    return answer;
}

// A store call on a connection of its own, in a thread of its own.
class Writer final
{
public:
    Writer(const QString &location, std::function<Answer(Database &)> write)
    {
        m_thread.reset(QThread::create([this, location, write] {
            Database database;
            if (!database.open(location)) {
                m_answer = { StoreStatus::Failed, database.errorMessage() };
                return;
            }
            m_answer = write(database);
        }));
        m_thread->start();
    }
    ~Writer() { m_thread->wait(); }

    bool isFinished() const { return m_thread->isFinished(); }
    Answer answer()
    {
        m_thread->wait();
        return m_answer;
    }

private:
    std::unique_ptr<QThread> m_thread;
    Answer m_answer;
};

} // namespace

class TestConcurrentWriters final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contactMovedWhileAnInteractionIsWritten();
    void contactMovedWhileABatchIsWritten();
    void contactDeletedWhileAnInteractionIsWritten();
    void leadDeletedWhileAContactIsWritten();
    void twoChangesOfOneInteraction();
    void twoChangesOfOneLead();

private:
    bool exec(const QString &sql);
    // Sessions of this database that wait for a lock.
    int waiting();
    // Waits until count sessions wait for a lock, or until writer has finished.
    bool waitFor(int count, const Writer &writer);
    // In a transaction of this connection runs lock, then first, until it waits for what lock
    // holds; then second, until it waits too or ends; then lets go. False when first did not
    // wait (the lock stopped nothing) or a wait did not come; the writers' answers otherwise.
    bool race(const QString &lock, const std::function<Answer(Database &)> &first,
              const std::function<Answer(Database &)> &second, Answer *firstAnswer,
              Answer *secondAnswer);
    qint64 brokenRule();

    TestDatabase m_database;
    qint64 m_lead = 0;
    qint64 m_otherLead = 0;
    qint64 m_contact = 0;
};

void TestConcurrentWriters::init()
{
    QVERIFY2(TestDatabase::onPostgres(), "the throwaway PostgreSQL cluster is needed");
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    m_lead = addLead(*m_database, QStringLiteral("Saffron House"));
    m_otherLead = addLead(*m_database, QStringLiteral("Olive Table"));
    m_contact = addContact(*m_database, m_lead, QStringLiteral("Anita Rao"));
    QVERIFY(m_lead > 0 && m_otherLead > 0 && m_contact > 0);
}

void TestConcurrentWriters::cleanup()
{
    m_database.reset();
}

bool TestConcurrentWriters::exec(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

int TestConcurrentWriters::waiting()
{
    QSqlQuery query(m_database->connection());
    // Inside a transaction PostgreSQL answers from the snapshot of the first look.
    if (!query.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")))
        return -1;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                   " WHERE datname = current_database()"
                                   " AND wait_event_type = 'Lock'"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestConcurrentWriters::waitFor(int count, const Writer &writer)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (waiting() >= count || writer.isFinished())
            return true;
        QThread::msleep(5);
    }
    return false;
}

bool TestConcurrentWriters::race(const QString &lock,
                                 const std::function<Answer(Database &)> &first,
                                 const std::function<Answer(Database &)> &second,
                                 Answer *firstAnswer, Answer *secondAnswer)
{
    if (!exec(QStringLiteral("BEGIN")) || !exec(lock))
        return false;
    Writer one(m_database.location(), first);
    if (!waitFor(1, one) || one.isFinished()) {
        exec(QStringLiteral("ROLLBACK"));
        qWarning("the first writer did not wait for the lock");
        return false;
    }
    Writer two(m_database.location(), second);
    const bool waited = waitFor(2, two);
    exec(QStringLiteral("ROLLBACK"));
    *firstAnswer = one.answer();
    *secondAnswer = two.answer();
    return waited;
}

// Interactions whose contact belongs to another lead.
qint64 TestConcurrentWriters::brokenRule()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM interactions i"
                                   " JOIN contacts c ON c.id = i.contact_id"
                                   " WHERE c.lead_id <> i.lead_id"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

namespace {

InteractionDraft callOf(qint64 lead, qint64 contact)
{
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = InteractionType::Call;
    draft.details = QStringLiteral("Asked about the lunch menu");
    draft.orderPlaced = false;
    draft.date = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    return draft;
}

} // namespace

// The contact is moved to another lead after the interaction's rule found it under its lead and
// before the interaction is written: the move waits for the interaction and is then refused.
void TestConcurrentWriters::contactMovedWhileAnInteractionIsWritten()
{
    const qint64 lead = m_lead, contact = m_contact, otherLead = m_otherLead;
    Answer logged;
    Answer moved;
    QVERIFY(race(
        QStringLiteral("LOCK TABLE interactions IN SHARE MODE"),
        [=](Database &database) {
            return answerOf(InteractionStore(database).create(callOf(lead, contact)));
        },
        [=](Database &database) {
            ContactDraft change;
            change.lead = otherLead;
            return answerOf(ContactStore(database).update(contact, change));
        },
        &logged, &moved));
    QCOMPARE(logged.status, StoreStatus::Ok);
    QVERIFY2(moved.status == StoreStatus::Invalid, qPrintable(moved.words));
    QVERIFY2(moved.words.contains(QStringLiteral("cannot move")), qPrintable(moved.words));
    QCOMPARE(brokenRule(), 0);
}

// The same for a batch of creates (the REST API's group commit), which holds the leads and
// contacts of all its drafts before the first is written.
void TestConcurrentWriters::contactMovedWhileABatchIsWritten()
{
    const qint64 otherContact = addContact(*m_database, m_otherLead, QStringLiteral("Ravi Menon"));
    QVERIFY(otherContact > 0);
    const qint64 lead = m_lead, contact = m_contact, otherLead = m_otherLead;
    Answer logged;
    Answer moved;
    QVERIFY(race(
        QStringLiteral("LOCK TABLE interactions IN SHARE MODE"),
        [=](Database &database) {
            const QList<StoreResult<Interaction>> results = InteractionStore(database).createMany(
                { callOf(otherLead, otherContact), callOf(lead, contact) });
            for (const StoreResult<Interaction> &result : results) {
                if (!result.ok())
                    return answerOf(result);
            }
            return answerOf(results.constLast());
        },
        [=](Database &database) {
            ContactDraft change;
            change.lead = otherLead;
            return answerOf(ContactStore(database).update(contact, change));
        },
        &logged, &moved));
    QVERIFY2(logged.status == StoreStatus::Ok, qPrintable(logged.words));
    QVERIFY2(moved.status == StoreStatus::Invalid, qPrintable(moved.words));
    QVERIFY2(moved.words.contains(QStringLiteral("cannot move")), qPrintable(moved.words));
    QCOMPARE(brokenRule(), 0);
}

// The contact is deleted (refused when it has interactions, as the API's delete of a contact
// is) while an interaction with it is being written: the delete waits, then is refused; the
// interaction is written and kept.
void TestConcurrentWriters::contactDeletedWhileAnInteractionIsWritten()
{
    const qint64 lead = m_lead, contact = m_contact;
    Answer logged;
    Answer deleted;
    QVERIFY(race(
        QStringLiteral("LOCK TABLE interactions IN SHARE MODE"),
        [=](Database &database) {
            return answerOf(InteractionStore(database).create(callOf(lead, contact)));
        },
        [=](Database &database) {
            return answerOf(
                ContactStore(database).takeOut(contact, ContactStore::Cascade::Refused));
        },
        &logged, &deleted));
    QVERIFY2(logged.status == StoreStatus::Ok, qPrintable(logged.words));
    QVERIFY2(deleted.status == StoreStatus::Invalid, qPrintable(deleted.words));
    QCOMPARE(rowCount(*m_database, QStringLiteral("interactions")), 1);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 1);
}

// The lead is deleted (refused when it has contacts) while a contact is added to it.
void TestConcurrentWriters::leadDeletedWhileAContactIsWritten()
{
    const qint64 lead = m_otherLead;
    Answer added;
    Answer deleted;
    QVERIFY(race(
        QStringLiteral("LOCK TABLE contacts IN SHARE MODE"),
        [=](Database &database) {
            ContactDraft draft;
            draft.lead = lead;
            draft.name = QStringLiteral("Marco Bellini");
            return answerOf(ContactStore(database).create(draft));
        },
        [=](Database &database) {
            return answerOf(LeadStore(database).takeOut(lead, LeadStore::Cascade::Refused));
        },
        &added, &deleted));
    QVERIFY2(added.status == StoreStatus::Ok, qPrintable(added.words));
    QVERIFY2(deleted.status == StoreStatus::Invalid, qPrintable(deleted.words));
    QCOMPARE(rowCount(*m_database, QStringLiteral("leads")), 2);
    QCOMPARE(rowCount(*m_database, QStringLiteral("contacts")), 2);
}

// Two changes of different fields of one interaction, both read before either is written: the
// second is laid over the first, as if they had come one after the other.
void TestConcurrentWriters::twoChangesOfOneInteraction()
{
    const StoreResult<Interaction> created
        = InteractionStore(*m_database).create(callOf(m_lead, m_contact));
    QVERIFY(created.ok());
    const qint64 id = created.value.id;
    Answer detailed;
    Answer retyped;
    QVERIFY(race(
        QStringLiteral("SELECT 1 FROM interactions WHERE id = %1 FOR SHARE").arg(id),
        [=](Database &database) {
            InteractionDraft change;
            change.details = QStringLiteral("Booked a tasting for Friday");
            return answerOf(InteractionStore(database).update(id, change));
        },
        [=](Database &database) {
            InteractionDraft change;
            change.type = InteractionType::Visit;
            return answerOf(InteractionStore(database).update(id, change));
        },
        &detailed, &retyped));
    QCOMPARE(detailed.status, StoreStatus::Ok);
    QCOMPARE(retyped.status, StoreStatus::Ok);
    const StoreResult<Interaction> stored = InteractionStore(*m_database).get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value.details, QStringLiteral("Booked a tasting for Friday"));
    QCOMPARE(stored.value.type, InteractionType::Visit);
}

void TestConcurrentWriters::twoChangesOfOneLead()
{
    const qint64 lead = m_lead;
    Answer renamed;
    Answer moved;
    QVERIFY(race(
        QStringLiteral("SELECT 1 FROM leads WHERE id = %1 FOR SHARE").arg(lead),
        [=](Database &database) {
            LeadDraft change;
            change.name = QStringLiteral("Saffron House Indiranagar");
            return answerOf(LeadStore(database).update(lead, change));
        },
        [=](Database &database) {
            LeadDraft change;
            change.city = QStringLiteral("Bengaluru");
            return answerOf(LeadStore(database).update(lead, change));
        },
        &renamed, &moved));
    QCOMPARE(renamed.status, StoreStatus::Ok);
    QCOMPARE(moved.status, StoreStatus::Ok);
    const StoreResult<Lead> stored = LeadStore(*m_database).get(m_lead);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value.name, QStringLiteral("Saffron House Indiranagar"));
    QCOMPARE(stored.value.city, QStringLiteral("Bengaluru"));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
