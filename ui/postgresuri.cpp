#include "postgresuri.h"

#include "storage/databaselocation.h"

#include <QUrl>

bool PostgresUri::matches(const QString &location)
{
    return DatabaseLocation::isPostgresUri(location); // as Database::open() tells them apart
}

QString PostgresUri::shown(const QString &uri)
{
    return QUrl(uri).toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString PostgresUri::useServerTools()
{
    return tr("The database is on a PostgreSQL server: Touchpoint's own backups are copies of a "
              "file. Back it up with pg_dump and restore it with pg_restore (see "
              "docs/team-server.md).");
}
