#include "storage/schemamigrations.h"

#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Held from before the version is read until the last migration has committed (SqlDialect::
// migrationLockStatements()).
struct MigrationLock
{
    MigrationLock(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
    {
        const auto [lock, unlock] = dialect.migrationLockStatements();
        if (lock.isEmpty())
            return;
        QSqlQuery query(m_db);
        if (!query.exec(lock)) {
            error = query.lastError().text();
            return;
        }
        m_unlock = unlock;
    }
    ~MigrationLock()
    {
        if (!m_unlock.isEmpty())
            QSqlQuery(m_db).exec(m_unlock);
    }
    Q_DISABLE_COPY_MOVE(MigrationLock)

    QString error;

private:
    QSqlDatabase m_db;
    QString m_unlock;
};

} // namespace

int SchemaMigrations::latestVersion()
{
    // Each dialect's history ends here (tst_database checks SQLite's); a new version is written
    // for every dialect.
    return 9;
}

int SchemaMigrations::currentVersion(const QSqlDatabase &db, const SqlDialect &dialect)
{
    return dialect.schemaVersion(db);
}

bool SchemaMigrations::migrate(const QSqlDatabase &db, const SqlDialect &dialect, int targetVersion,
                               QString *error)
{
    // Most opens find the schema up to date: they take no lock (a round trip or more each).
    if (const int now = currentVersion(db, dialect); now >= targetVersion)
        return true;
    // Another process may have migrated while this one waited for the lock: the version is read
    // under it.
    const MigrationLock lock(db, dialect);
    if (!lock.error.isEmpty()) {
        *error = lock.error;
        return false;
    }
    const int from = currentVersion(db, dialect);
    if (from < 0) {
        *error = QStringLiteral("The schema's version cannot be read.");
        return false;
    }
    for (const Migration &migration : dialect.migrations()) {
        if (migration.version <= from || migration.version > targetVersion)
            continue;
        SqlTransaction transaction(db, dialect);
        if (!transaction.isActive()) {
            *error = transaction.errorMessage();
            return false;
        }
        // Read again inside the transaction: on SQLite, another process may have migrated
        // between the first read and this transaction's write lock.
        if (currentVersion(db, dialect) >= migration.version)
            continue;
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), statement);
                return false;
            }
        }
        if (!query.exec(dialect.setSchemaVersionStatement(migration.version))) {
            *error = query.lastError().text();
            return false;
        }
        if (!transaction.commit()) {
            *error = transaction.errorMessage();
            return false;
        }
    }
    return true;
}
