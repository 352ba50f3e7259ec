#include "storage/schemamigrations.h"

#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

int SchemaMigrations::latestVersion()
{
    // Each dialect's history ends here (tst_database checks SQLite's); a new version is written
    // for every dialect.
    return 5;
}

int SchemaMigrations::currentVersion(const QSqlDatabase &db, const SqlDialect &dialect)
{
    return dialect.schemaVersion(db);
}

bool SchemaMigrations::migrate(const QSqlDatabase &db, const SqlDialect &dialect, int targetVersion,
                               QString *error)
{
    const int from = currentVersion(db, dialect);
    for (const Migration &migration : dialect.migrations()) {
        if (migration.version <= from || migration.version > targetVersion)
            continue;
        SqlTransaction transaction(db, dialect);
        if (!transaction.isActive()) {
            *error = transaction.errorMessage();
            return false;
        }
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
