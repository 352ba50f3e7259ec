#include "storage/interactiontally.h"

#include "storage/database.h"
#include "storage/interactionpagequery.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

struct InteractionTally::Connection
{
    std::unique_ptr<Database> database;
};

struct InteractionTally::Counted
{
    QMutex mutex;
    quint64 ticket = 0;
    std::optional<StoreResult<qint64>> shown;

    void publish(quint64 forTicket, StoreResult<qint64> count)
    {
        const QMutexLocker locker(&mutex);
        ticket = forTicket;
        shown = std::move(count);
    }
};

InteractionTally::InteractionTally(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_inThread(new QObject)
    , m_connection(std::make_shared<Connection>())
    , m_counted(std::make_shared<Counted>())
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
    const std::shared_ptr<Connection> connection = m_connection;
    const std::shared_ptr<Counted> counted = m_counted;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const QString path = m_databasePath;
    QMetaObject::invokeMethod(
        m_inThread, [this, connection, counted, latest, path, ticket, filter, figures] {
            if (latest->load() != ticket)
                return; // a newer request follows
            Tally tally;
            if (!connection->database) {
                auto database = std::make_unique<Database>();
                if (database->open(path))
                    connection->database = std::move(database);
                else
                    tally.failure = database->errorMessage();
            }
            if (connection->database) {
                const InteractionPageQuery query(*connection->database);
                const auto take
                    = [&tally](const StoreResult<qint64> &read, std::optional<qint64> &into) {
                          if (read.ok())
                              into = read.value;
                          else if (tally.failure.isEmpty())
                              tally.failure = read.failure;
                      };
                if (figures & Shown) {
                    const StoreResult<qint64> shown = query.count(filter);
                    counted->publish(ticket, shown);
                    take(shown, tally.shown);
                    // The count first: a sum can take as long again, and the rows wait for the
                    // count.
                    if (figures != Shown) {
                        QMetaObject::invokeMethod(
                            this, [this, ticket, tally] { emit tallied(ticket, tally); },
                            Qt::QueuedConnection);
                        tally = Tally {};
                    }
                }
                if ((figures & Total) && latest->load() == ticket)
                    take(query.countAll(), tally.total);
                if ((figures & OrderCents) && latest->load() == ticket)
                    take(query.orderCents(filter), tally.orderCents);
            } else if (figures & Shown) {
                counted->publish(ticket, StoreResult<qint64>::failed(tally.failure));
            }
            // This object waits for the thread before it is gone, so it is still there to be posted
            // to; the answer runs in its own thread.
            QMetaObject::invokeMethod(
                this, [this, ticket, tally] { emit tallied(ticket, tally); }, Qt::QueuedConnection);
        });
}

std::optional<StoreResult<qint64>> InteractionTally::shown(quint64 ticket) const
{
    const QMutexLocker locker(&m_counted->mutex);
    if (m_counted->ticket != ticket)
        return std::nullopt;
    return m_counted->shown;
}
