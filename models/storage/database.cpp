#include "storage/database.h"

#include "storage/databasebackup.h"
#include "storage/databaselocation.h"
#include "storage/postgresdialect.h"
#include "storage/preparedqueries.h"
#include "storage/schemamigrations.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlitefilelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMetaMethod>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <atomic>

static QString uniqueConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("touchpoint-%1").arg(++counter);
}

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(uniqueConnectionName())
    , m_watch(new QTimer(this))
    , m_dialect(std::make_unique<SqliteDialect>())
    , m_preparedQueries(std::make_unique<PreparedQueries>(*this))
{
    m_watch->setInterval(watchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &Database::checkOthersCommits);
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/touchpoint.sqlite");
}

bool Database::fail(OpenError error, const QString &message)
{
    m_openError = error;
    m_errorMessage = message;
    close();
    return false;
}

namespace {

// quick_check reads the whole file, too slow for every start on a large one
// (docs/benchmarks.md). A small file is always checked; a large one when
// a write-ahead log was left behind: the last session did not close cleanly, or another process
// has it open. Damage found later by SQLite is still reported as an error, never hidden.
bool needsQuickCheck(const QString &path)
{
    constexpr qint64 alwaysCheckedBytes = 32 * 1024 * 1024;
    return QFileInfo(path).size() <= alwaysCheckedBytes
        || QFileInfo::exists(path + QStringLiteral("-wal"));
}

} // namespace

bool Database::quickCheck(const QSqlDatabase &db, QStringList *findings)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *findings << query.lastError().text();
        return false;
    }
    while (query.next())
        *findings << query.value(0).toString();
    if (findings->isEmpty())
        *findings << query.lastError().text();
    return *findings == QStringList { QStringLiteral("ok") };
}

QString Database::damagedMessage(const QString &path, const QString &finding)
{
    QString message = tr("%1 is damaged (SQLite says: %2). It was left untouched.")
                          .arg(path, finding.trimmed());
    if (const auto backup = DatabaseBackup::latest(path))
        message += QLatin1Char(' ')
            + tr("The latest backup is %1, taken %2 UTC.")
                  .arg(backup->path, backup->created.toString(Qt::ISODate));
    else
        message += QLatin1Char(' ') + tr("There is no backup of it.");
    return message;
}

// Looks at the file read-only, so that a file we refuse is left exactly as it was.
bool Database::inspect(const QString &path)
{
    // Held until the look is done: no other connection writes the file meanwhile, except by
    // the checkpoint of one whose -wal file is there (SqliteFileLock).
    const SqliteFileLock lock(path, SqliteDialect::busyTimeoutMs);
    if (!lock.isHeld())
        return fail(OpenError::CannotOpen, tr("Cannot read %1.").arg(path));
    // SQLite takes a file shorter than one page for an empty database and would write over it:
    // anything that does not begin with SQLite's own header is not a database of any kind.
    if (lock.read(0, 16) != QByteArrayView("SQLite format 3\0", 16))
        return fail(OpenError::NotADatabase,
                    tr("%1 is not a Touchpoint database (it is not an SQLite file).").arg(path));
    // Even a read-only connection leaves -wal and -shm files beside a WAL file; "immutable"
    // reads the file alone. When a -wal file is there, its commits are part of the database
    // and must be read, so then the plain read-only connection is used.
    const QString log = path + QStringLiteral("-wal");
    const bool logged = QFileInfo::exists(log);
    if (const bool ok = look(path, logged); ok || logged || !QFileInfo::exists(log))
        return ok;
    // A connection opened the file during the immutable look, and its checkpoint may have
    // written the file under it: the refusal stands only if the file, read with its log under
    // SQLite's locks, still earns it.
    m_openError = OpenError::None;
    m_errorMessage.clear();
    return look(path, true);
}

// One look at the file, the immutable one or, throughLog, through a read-only connection that
// reads the -wal file too.
bool Database::look(const QString &path, bool throughLog)
{
    const QString name = m_connectionName + QStringLiteral("-inspect");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A maker or a closing connection may hold the file's lock for a moment: waited for.
        const QString wait = m_dialect->connectOptions();
        if (throughLog) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + wait);
        } else {
            db.setDatabaseName(
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + wait);
        }
        if (!db.open()) {
            ok = fail(OpenError::CannotOpen,
                      tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            // One read transaction: the mark and the quick_check see the same state of the file,
            // however another Touchpoint process that is making it commits meanwhile.
            QSqlError error;
            if (!db.transaction())
                error = db.lastError();
            const std::optional<SqliteDialect::FileMark> mark
                = error.isValid() ? std::nullopt : SqliteDialect::readFileMark(db, &error);
            // SQLITE_CORRUPT and SQLITE_NOTADB behind a true SQLite header: a damaged file.
            const int code = error.nativeErrorCode().toInt() & 0xff;
            if (!mark && (code == 11 || code == 26)) {
                ok = fail(OpenError::Damaged, damagedMessage(path, error.text()));
            } else if (!mark) {
                ok = fail(
                    OpenError::NotADatabase,
                    tr("%1 is not a Touchpoint database (it is not an SQLite file).").arg(path));
            } else if (mark->isAnotherPrograms()) {
                ok = fail(OpenError::NotTouchpoint,
                          tr("%1 is an SQLite database of another program, not a Touchpoint "
                             "database. It was left untouched.")
                              .arg(path));
            } else if (mark->version > SchemaMigrations::latestVersion()) {
                ok = fail(OpenError::TooNew, tooNewMessage(path, mark->version));
            } else if (QStringList findings; needsQuickCheck(path) && !quickCheck(db, &findings)) {
                ok = fail(OpenError::Damaged,
                          damagedMessage(path, findings.mid(0, 3).join(QLatin1Char('\n'))));
            }
            db.rollback(); // it only read
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::open(const QString &argument, int targetVersion)
{
    QString error;
    const DatabaseLocation location = DatabaseLocation::fromArgument(argument, &error);
    if (!location.isValid()) {
        close();
        m_path = argument;
        return fail(OpenError::CannotOpen, error);
    }
    return open(location, targetVersion);
}

// An SQLite file is looked at before it is opened, so that one that is refused is left exactly
// as it was; its folder is made when the file is new.
bool Database::prepareFile(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists()) {
        if (!file.isFile() || !file.isReadable())
            return fail(OpenError::CannotOpen, tr("Cannot read %1.").arg(path));
        if (file.size() > 0 && !inspect(path))
            return false;
    } else if (!QDir().mkpath(file.absolutePath())) {
        return fail(OpenError::CannotOpen,
                    tr("Cannot create the folder %1.").arg(file.absolutePath()));
    }
    return true;
}

QString Database::tooNewMessage(const QString &path, int version)
{
    return tr("%1 was written by a newer Touchpoint (schema version %2; this "
              "version reads up to %3). It was left untouched.")
        .arg(path)
        .arg(version)
        .arg(SchemaMigrations::latestVersion());
}

bool Database::open(const DatabaseLocation &location, int targetVersion)
{
    close();
    m_openError = OpenError::None;
    m_errorMessage.clear();
    const QString path = location.argument();
    m_path = path;
    if (targetVersion < 0)
        targetVersion = SchemaMigrations::latestVersion();
    const bool isFile = location.engine() == DatabaseLocation::Engine::Sqlite;
    if (isFile)
        m_dialect = std::make_unique<SqliteDialect>();
    else
        m_dialect = std::make_unique<PostgresDialect>();
    if (isFile && !prepareFile(path))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(location.databaseName());
    db.setHostName(location.hostName());
    db.setPort(location.port());
    db.setUserName(location.userName());
    QStringList options { m_dialect->connectOptions() };
    if (!location.connectOptions().isEmpty())
        options << location.connectOptions();
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return fail(OpenError::CannotOpen,
                    tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    // What inspect() found in a file before opening it, asked on the connection: a server's
    // database can be looked at only through one.
    if (m_dialect->isAnotherProgramsDatabase(db))
        return fail(OpenError::NotTouchpoint,
                    tr("%1 holds another program's data, not a Touchpoint database. It was left "
                       "untouched.")
                        .arg(path));
    const int version = SchemaMigrations::currentVersion(db, *m_dialect);
    if (version < 0)
        return fail(
            OpenError::NotADatabase,
            tr("Cannot read the schema's version of %1: %2").arg(path, db.lastError().text()));
    if (version > SchemaMigrations::latestVersion())
        return fail(OpenError::TooNew, tooNewMessage(path, version));
    if (const QString refused = m_dialect->prepareConnection(db); !refused.isEmpty())
        return fail(OpenError::CannotOpen, tr("Cannot prepare %1: %2").arg(path, refused));
    QString error;
    // A file that already holds data is copied before its schema changes, so that a migration
    // that goes wrong in a way no test foresaw can be undone by a restore. A server's database
    // is backed up by its administrator (pg_dump).
    if (isFile && version >= 1 && version < targetVersion
        && DatabaseBackup::create(db, path, QStringLiteral("before-migration"), &error).isEmpty())
        return fail(OpenError::MigrationFailed,
                    tr("Cannot back up %1 before bringing it up to date, so it was left as it "
                       "was: %2")
                        .arg(path, error));
    if (!SchemaMigrations::migrate(db, *m_dialect, targetVersion, &error))
        return fail(OpenError::MigrationFailed,
                    tr("Cannot bring %1 up to date: %2").arg(path, error));
    ++m_ownChanges;
    m_dataVersion = dataVersion();
    updateWatch();
    return true;
}

bool Database::setPageCacheBytes(qint64 bytes)
{
    if (!isOpen() || bytes <= 0)
        return false;
    return m_dialect->setPageCacheBytes(connection(), bytes);
}

void Database::setReadBatching(bool on)
{
    if (!on)
        endReadBatch();
    m_readBatching = on;
}

void Database::beginReadBatch()
{
    if (!m_readBatching || m_inReadBatch || !isOpen())
        return;
    m_inReadBatch = m_dialect->beginReadTransaction(connection());
    // Ended by a posted call rather than a zero timer: Qt delivers posted events at the start of
    // the event loop's next pass, before it reads its sockets, while with the glib dispatcher
    // (Qt's default on Linux) a zero timer started in one pass fires only after the sockets of
    // the next. A request read on that next pass may have been sent after another process
    // acknowledged a write; inside this batch it would be answered from the older snapshot, and
    // from what the response cache kept under it.
    if (m_inReadBatch && !m_readBatchEndPosted) {
        m_readBatchEndPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readBatchEndPosted = false;
                endReadBatch();
            },
            Qt::QueuedConnection);
    }
}

void Database::endReadBatch()
{
    if (!m_inReadBatch)
        return;
    m_inReadBatch = false;
    m_batchCommittedState.reset();
    if (!m_dialect->endReadTransaction(connection()))
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

void Database::close()
{
    endReadBatch();
    m_dialect->releaseConnection(); // before the connection closes
    m_watch->stop();
    m_preparedQueries->clear();
    ++m_ownChanges;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int Database::schemaVersion() const
{
    return SchemaMigrations::currentVersion(connection(), *m_dialect);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::announce(Changes changes)
{
    ++m_ownChanges;
    emit changed(changes);
}

Database::ChangeStamp Database::changeStamp() const
{
    ChangeStamp stamp { m_ownChanges, dataVersion(), {} };
    if (!isOpen())
        return stamp;
    // Inside a batch of reads every read sees the batch's one snapshot: asked once a batch.
    if (m_inReadBatch && m_batchCommittedState) {
        stamp.committedState = *m_batchCommittedState;
        return stamp;
    }
    const std::optional<QByteArray> state = m_dialect->committedState(connection());
    if (m_inReadBatch)
        m_batchCommittedState = state;
    if (!state)
        stamp.dataVersion = -1;
    else
        stamp.committedState = *state;
    return stamp;
}

qint64 Database::dataVersion() const
{
    if (!isOpen())
        return -1;
    return m_dialect->othersCommits(connection());
}

void Database::checkOthersCommits()
{
    // A listener that was destroyed leaves without disconnectNotify().
    if (!isOpen() || !isSignalConnected(QMetaMethod::fromSignal(&Database::changed))) {
        m_watch->stop();
        return;
    }
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit changed(Change::Leads | Change::Contacts | Change::Interactions | Change::OrderDetails);
}

// The file is watched only while something listens and it is open.
void Database::updateWatch()
{
    const bool listened = isSignalConnected(QMetaMethod::fromSignal(&Database::changed));
    if (listened && isOpen()) {
        if (!m_watch->isActive())
            m_watch->start();
    } else {
        m_watch->stop();
    }
}

void Database::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Database::changed))
        QMetaObject::invokeMethod(this, &Database::updateWatch, Qt::QueuedConnection);
}

void Database::disconnectNotify(const QMetaMethod &)
{
    QMetaObject::invokeMethod(this, &Database::updateWatch, Qt::QueuedConnection);
}
