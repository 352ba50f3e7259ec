#pragma once

// Counts and sums the interactions a filter lets through on a connection and in a thread of its
// own: on PostgreSQL a count reads every row it counts (SqlDialect::countsReadEachRow()), and the
// window shows its first rows meanwhile instead of waiting.

#include "storage/interactionfilter.h"
#include "storage/storeresult.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class Database;

class InteractionTally final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionTally)

public:
    enum Figure { Shown = 0x1, Total = 0x2, OrderCents = 0x4 };
    Q_DECLARE_FLAGS(Figures, Figure)

    struct Tally
    {
        std::optional<qint64> shown; // the interactions the filter lets through
        std::optional<qint64> total; // every interaction
        std::optional<qint64> orderCents; // the order details' total of those shown
        QString failure; // what could not be read, when anything could not
    };

    // Opens a connection of its own to requester's database, on the first request, in the
    // tally's thread; requester's own connection (in the requester's thread) stops a count that
    // is no longer wanted (SqlDialect::cancelSessionStatement()).
    explicit InteractionTally(const Database &requester, QObject *parent = nullptr);
    ~InteractionTally() override; // waits for a count under way

    QString databasePath() const { return m_databasePath; }

    // Asks for figures of filter; tallied() answers with the same ticket, in this object's
    // thread: the count of shown interactions first, then the others, in a second answer. A request
    // that has not begun when a later one is made is dropped unanswered, and one under way is
    // stopped: only the latest is wanted.
    void request(quint64 ticket, const InteractionFilter &filter, Figures figures);

signals:
    void tallied(quint64 ticket, const InteractionTally::Tally &tally);

private:
    struct Connection; // used only in the thread

    void stopStaleWork(quint64 ticket);

    QPointer<const Database> m_requester;
    const QString m_databasePath;
    QThread m_thread;
    QObject *m_inThread; // the context requests run in
    std::shared_ptr<Connection> m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(InteractionTally::Figures)
