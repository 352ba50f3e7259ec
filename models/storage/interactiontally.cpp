#include "storage/interactiontally.h"

#include "storage/database.h"
#include "storage/interactionpagequery.h"
#include "storage/sqldialect.h"

#include <QMetaObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include <functional>

struct InteractionTally::Connection
{
    std::unique_ptr<Database> database;
    std::atomic<qint64> sessionId { 0 }; // SqlDialect::sessionIdQuery(), 0 when none
    std::atomic<quint64> runningTicket { 0 }; // whose statements run now, 0 when none
};

InteractionTally::InteractionTally(const Database &requester, QObject *parent)
    : QObject(parent)
    , m_requester(&requester)
    , m_databasePath(requester.path())
    , m_inThread(new QObject)
    , m_connection(std::make_shared<Connection>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("InteractionTally"));
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
}

InteractionTally::~InteractionTally()
{
    m_latest->store(0);
    // A connection belongs to the thread that opened it: closed there, after any count under way.
    const std::shared_ptr<Connection> connection = m_connection;
    QMetaObject::invokeMethod(
        m_inThread, [connection] { connection->database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void InteractionTally::request(quint64 ticket, const InteractionFilter &filter, Figures figures)
{
    m_latest->store(ticket);
    stopStaleWork(ticket);
    const std::shared_ptr<Connection> connection = m_connection;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(
        m_inThread, [this, connection, latest, path, ticket, filter, figures] {
            if (latest->load() != ticket)
                return; // a newer request follows
            // This object waits for the thread before it is gone, so it is still there to be posted
            // to; the answer runs in its own thread.
            const auto answer = [this, ticket](const Tally &tally) {
                QMetaObject::invokeMethod(
                    this, [this, ticket, tally] { emit tallied(ticket, tally); },
                    Qt::QueuedConnection);
            };
            Tally tally;
            if (!connection->database) {
                auto database = std::make_unique<Database>();
                if (database->open(path)) {
                    const QString sessionIdQuery = database->dialect().sessionIdQuery();
                    QSqlQuery session(database->connection());
                    if (!sessionIdQuery.isEmpty() && session.exec(sessionIdQuery) && session.next())
                        connection->sessionId = session.value(0).toLongLong();
                    connection->database = std::move(database);
                } else {
                    tally.failure = database->errorMessage();
                    answer(tally);
                    return;
                }
            }
            const InteractionPageQuery query(*connection->database);
            connection->runningTicket = ticket;
            const auto done = qScopeGuard([&connection] { connection->runningTicket = 0; });
            // A statement stopped for a later request (stopStaleWork()) that, by a hair, was this
            // one's own is run again.
            const auto read
                = [&latest, ticket](const std::function<StoreResult<qint64>()> &statement) {
                      StoreResult<qint64> result = statement();
                      if (!result.ok() && latest->load() == ticket)
                          result = statement();
                      return result;
                  };
            const auto take
                = [&tally](const StoreResult<qint64> &result, std::optional<qint64> &into) {
                      if (result.ok())
                          into = result.value;
                      else if (tally.failure.isEmpty())
                          tally.failure = result.failure;
                  };
            if (figures & Shown) {
                const StoreResult<qint64> shown = read([&] { return query.count(filter); });
                if (latest->load() != ticket)
                    return; // stopped, or no longer wanted
                take(shown, tally.shown);
                // The count first: a sum can take as long again, and the rows wait for the count.
                if (figures != Shown) {
                    answer(tally);
                    tally = Tally {};
                }
            }
            if ((figures & Total) && latest->load() == ticket)
                take(read([&] { return query.countAll(); }), tally.total);
            if ((figures & OrderCents) && latest->load() == ticket)
                take(read([&] { return query.orderCents(filter); }), tally.orderCents);
            if (latest->load() == ticket)
                answer(tally);
        });
}

// A statement of an earlier request still running would hold a core the new one needs: the
// requester's own connection asks the server to stop it.
void InteractionTally::stopStaleWork(quint64 ticket)
{
    const quint64 running = m_connection->runningTicket.load();
    const qint64 session = m_connection->sessionId.load();
    if (running == 0 || running == ticket || session <= 0 || !m_requester || !m_requester->isOpen())
        return;
    const QString statement = m_requester->dialect().cancelSessionStatement();
    if (statement.isEmpty())
        return;
    QSqlQuery cancel(m_requester->connection());
    cancel.prepare(statement);
    cancel.addBindValue(session);
    cancel.exec();
}
