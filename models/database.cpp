#include "database.h"

#include "schemamigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
{ }

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

// Looks at the file read-only, so that a file we refuse is left exactly as it was.
bool Database::inspect(const QString &path)
{
    const QString name = m_connectionName + QStringLiteral("-inspect");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            ok = fail(OpenError::CannotOpen,
                      tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            int appId = 0, version = 0, objects = 0;
            const bool readable = query.exec(QStringLiteral("PRAGMA application_id"))
                && query.next() && ((appId = query.value(0).toInt()), true)
                && query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
                && ((version = query.value(0).toInt()), true)
                && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
                && ((objects = query.value(0).toInt()), true);
            if (!readable) {
                ok = fail(
                    OpenError::NotADatabase,
                    tr("%1 is not a Touchpoint database (it is not an SQLite file).").arg(path));
            } else if (appId != applicationId && (appId != 0 || objects > 0 || version != 0)) {
                ok = fail(OpenError::NotTouchpoint,
                          tr("%1 is an SQLite database of another program, not a Touchpoint "
                             "database. It was left untouched.")
                              .arg(path));
            } else if (version > SchemaMigrations::latestVersion()) {
                ok = fail(OpenError::TooNew,
                          tr("%1 was written by a newer Touchpoint (schema version %2; this "
                             "version reads up to %3). It was left untouched.")
                              .arg(path)
                              .arg(version)
                              .arg(SchemaMigrations::latestVersion()));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::open(const QString &path, int targetVersion)
{
    close();
    m_openError = OpenError::None;
    m_errorMessage.clear();
    m_path = path;
    if (targetVersion < 0)
        targetVersion = SchemaMigrations::latestVersion();

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

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another process (the window and `touchpoint serve` on one file) may hold the write lock
    // for a moment: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(OpenError::CannotOpen,
                    tr("Cannot open %1: %2").arg(path, db.lastError().text()));

    // WAL with synchronous=FULL: a commit is on disk before it is acknowledged, so it survives
    // both a crash of the process and a power cut.
    QSqlQuery query(db);
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode = WAL"),
                                QStringLiteral("PRAGMA synchronous = FULL"),
                                QStringLiteral("PRAGMA foreign_keys = ON") };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(OpenError::CannotOpen,
                        tr("Cannot prepare %1: %2").arg(path, query.lastError().text()));
    }
    QString error;
    if (!SchemaMigrations::migrate(db, targetVersion, &error))
        return fail(OpenError::MigrationFailed,
                    tr("Cannot bring %1 up to date: %2").arg(path, error));
    return true;
}

void Database::close()
{
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
    return SchemaMigrations::currentVersion(connection());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::announce(Changes changes)
{
    emit changed(changes);
}
