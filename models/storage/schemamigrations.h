#pragma once

// The schema's history applied: each version's statements, in order, each version in one
// transaction, the version recorded where the dialect keeps it. The statements are the
// dialect's (SqlDialect::migrations()).

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class SqlDialect;

class SchemaMigrations final
{
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };

    // The version this build brings every database to, whatever its engine.
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db, const SqlDialect &dialect);
    // Applies every migration above the file's version up to target; on failure the file stays
    // at the last version that was fully applied and error says why.
    static bool migrate(const QSqlDatabase &db, const SqlDialect &dialect, int targetVersion,
                        QString *error);
};
