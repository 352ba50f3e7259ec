#pragma once

// A replica's rounds with the team server (docs/sync.md): joining (the download, resumable),
// then each round sends what this file changed, in batches the server answers merged, and
// writes what the server changed since the last round.

#include "storage/replicastore.h"
#include "syncconnection.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class Database;

class ReplicaSync final
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaSync)

public:
    enum class Outcome { InStep, Conflicts, Failed, Cancelled };
    struct Summary
    {
        Outcome outcome = Outcome::InStep;
        qint64 sent = 0; // records sent
        qint64 received = 0; // records written from the server
        qint64 newConflicts = 0;
        qint64 conflicts = 0; // waiting for a person
        qint64 waiting = 0; // records still to send
        QString failure;
        // One line for a person: "in step", "3 conflicts", or why not.
        QString text() const;
    };
    // done of total records downloaded at join (total 0 when unknown).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr int batchSize = 500;
    // Under the server's limit on a request's body (1 MiB), with room for one large record.
    static constexpr qsizetype mostBatchBytes = 512 * 1024;
    static constexpr int pageSize = 2000;

    explicit ReplicaSync(Database &database);
    ~ReplicaSync();

    // Makes the file a replica of server and downloads everything; a join cut short goes on
    // from where it was (the file remembers the server and token).
    // caCertificates (PEM): trusted for the server's certificate besides the system's, kept for
    // every round.
    Summary join(const QUrl &server, const QByteArray &token, const QString &name,
                 const QByteArray &caCertificates = {});
    // Sends, then receives; the file must be a replica.
    Summary round();
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // From another thread or a signal handler's slot: ends the request under way.
    void cancel();
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

private:
    Summary download(const ReplicaStore::Membership &member);
    bool send(Summary &summary);
    // Sends one batch and writes its answers; with last, this file's changes up to upTo are
    // counted sent.
    bool sendBatch(const QByteArray &body, qint64 upTo, bool last, Summary &summary);
    bool receive(Summary &summary);
    bool askForBlock(Summary &summary);
    // false, with the summary's failure, when the reply is no success.
    bool accepted(const SyncConnection::Reply &reply, Summary &summary);
    Summary failed(Summary summary, const QString &why);
    void connectTo(const QUrl &server, const QByteArray &token, const QByteArray &caCertificates);

    Database &m_database;
    ReplicaStore m_store;
    std::unique_ptr<SyncConnection> m_connection;
    Progress m_progress;
    int m_timeout = 30'000;
    bool m_cancelled = false;
    bool m_unreachable = false; // the last request had no answer
    int m_lastStatus = 0; // the last request's HTTP status
};
