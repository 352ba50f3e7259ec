#pragma once

// The schema's history: each version's statements, applied in order, each version in one
// transaction, the version kept in PRAGMA user_version.

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class SchemaMigrations final
{
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };

    static const QList<Migration> &all();
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Applies every migration above the file's version up to target; on failure the file stays
    // at the last version that was fully applied and error says why.
    static bool migrate(const QSqlDatabase &db, int targetVersion, QString *error);
};
