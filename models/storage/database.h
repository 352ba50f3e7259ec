#pragma once

// The Touchpoint file: opens it safely, brings its schema up to date and announces every change.

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class DatabaseLocation;
class PreparedQueries;
class QTimer;
class SqlDialect;

class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Change {
        Leads = 0x1,
        Contacts = 0x2,
        Interactions = 0x4,
        OrderDetails = 0x8,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    // Damaged: SQLite's quick_check found the file corrupt; it was left untouched, and
    // DatabaseBackup::latest() names what can be offered in its place.
    enum class OpenError {
        None,
        CannotOpen,
        NotADatabase,
        NotTouchpoint,
        TooNew,
        MigrationFailed,
        Damaged
    };

    // The SQLite application_id that marks a file as ours ("TPNT").
    static constexpr int applicationId = 0x54504e54;

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    static QString defaultPath(); // in QStandardPaths::AppDataLocation

    // Refuses, without modifying it, a file that is not a Touchpoint database, is newer than
    // this build or is damaged; otherwise migrates it to targetVersion (the latest unless a test
    // asks), after taking a backup ("before-migration") when it already held a schema.
    // path is `--database`'s argument: a file's path or a PostgreSQL URI (DatabaseLocation).
    // On PostgreSQL a database that holds other tables but not Touchpoint's marker, or a newer
    // schema, is refused likewise; no backup is taken there (pg_dump is the administrator's).
    bool open(const QString &path, int targetVersion = -1);
    bool open(const DatabaseLocation &location, int targetVersion = -1);
    void close();
    bool isOpen() const;

    OpenError openError() const { return m_openError; }
    QString errorMessage() const { return m_errorMessage; } // translated, for people
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;
    // How the engine behind the connection writes what differs between engines: the stores,
    // filters and queries ask it rather than the driver's name.
    const SqlDialect &dialect() const { return *m_dialect; }
    // The statements the stores run, prepared once on this connection and shared by every store
    // built on this Database, so that a store made for one call still finds them prepared.
    PreparedQueries &preparedQueries() { return *m_preparedQueries; }

    // Room for this many bytes of the file's pages in the connection's own cache (SQLite's
    // default is 2 MiB). Taken only as pages are read; false when the database is not open.
    bool setPageCacheBytes(qint64 bytes);

    // SQLite's quick_check on an open connection: every page and record well formed (not the
    // index contents, which the full integrity_check compares at several times the cost). Reads
    // the whole file once. True when sound; otherwise what SQLite found is in findings.
    static bool quickCheck(const QSqlDatabase &db, QStringList *findings);

    // Called by the stores after a commit: one signal per committed change.
    void announce(Changes changes);

    // Differs from every earlier stamp once anything was committed to the file, by this
    // connection or any other, or the file was closed or opened: what a cache of answers read
    // from the file is checked against before each use.
    struct ChangeStamp
    {
        qint64 ownChanges = -1;
        qint64 dataVersion = -1; // -1: cannot be told, and no cached answer may be used
        QByteArray committedState; // SqlDialect::committedState()
        bool operator==(const ChangeStamp &other) const
        {
            return ownChanges == other.ownChanges && dataVersion == other.dataVersion
                && committedState == other.committedState;
        }
    };
    ChangeStamp changeStamp() const;

    // Reads that arrive together share one read transaction: begun by the first of them, ended
    // as the event loop's next pass begins, before it reads any request (a posted call), or
    // before a write (SqlTransaction) or close. Each read alone would begin and end its own, two
    // file locks and a look at the file's size each (docs/benchmarks.md). Off unless turned on, as
    // for `touchpoint serve`: what shares the connection must write through SqlTransaction.
    void setReadBatching(bool on);

    // Who the writes made from now on are made by (a person of PersonStore, for the API's request
    // being answered), recorded with each change (RecordHistory); nobody (the window, a command
    // of this computer) when not set.
    void setActingPerson(std::optional<qint64> person) { m_actingPerson = person; }
    std::optional<qint64> actingPerson() const { return m_actingPerson; }
    // Where the writes made from now on came from when a replica sent them (the sync's batch):
    // the replica and when the change was made there, recorded with each change (RecordHistory);
    // made here when not set.
    struct ChangeOrigin
    {
        qint64 replica = 0;
        QDateTime madeAt; // invalid when the replica did not say
    };
    void setChangeOrigin(std::optional<ChangeOrigin> origin) { m_changeOrigin = origin; }
    std::optional<ChangeOrigin> changeOrigin() const { return m_changeOrigin; }
    // Set by RecordHistory::write() once the open write transaction recorded a change, so that its
    // commit gives it a revision (SqlTransaction::commit()); cleared as a write transaction begins
    // and ends.
    void setRevisionDue(bool due) { m_revisionDue = due; }
    bool revisionDue() const { return m_revisionDue; }
    void beginReadBatch();
    void endReadBatch();

    // How often, while anything listens to changed(), the file is asked whether another
    // connection (another process) committed; such a commit is announced as a change of all.
    static constexpr int watchIntervalMs = 500;

signals:
    void changed(Database::Changes changes);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    qint64 dataVersion() const;
    void updateWatch();
    void checkOthersCommits();

    bool fail(OpenError error, const QString &message);
    bool prepareFile(const QString &path);
    bool inspect(const QString &path);
    bool look(const QString &path, bool throughLog);
    static QString tooNewMessage(const QString &path, int version);
    static QString damagedMessage(const QString &path, const QString &finding);

    QString m_connectionName;
    QString m_path;
    OpenError m_openError = OpenError::None;
    QString m_errorMessage;
    QTimer *m_watch;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = 0;
    bool m_readBatching = false;
    std::optional<qint64> m_actingPerson;
    std::optional<ChangeOrigin> m_changeOrigin;
    bool m_revisionDue = false;
    bool m_inReadBatch = false;
    // SqlDialect::committedState() as the current batch of reads sees it, once asked.
    mutable std::optional<QByteArray> m_batchCommittedState;
    bool m_readBatchEndPosted = false;
    // Made for the engine open() was given; kept with the connection: it may hold statements
    // prepared on it (SqliteDialect) or listen on it (PostgresDialect).
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<PreparedQueries> m_preparedQueries;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Database::Changes)
