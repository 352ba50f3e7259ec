#pragma once

// Tells a --database argument that names a PostgreSQL database (libpq's URI form,
// postgresql://USER@HOST:PORT/DBNAME) from a file path, for what only a file has: its folder,
// its backups, restoring one.

#include <QCoreApplication>
#include <QString>

class PostgresUri final
{
    Q_DECLARE_TR_FUNCTIONS(PostgresUri)

public:
    // The scheme alone decides, as libpq's does: postgresql:// or postgres:// (DatabaseLocation).
    static bool matches(const QString &location);
    // The URI without its password, should one have been written into it, and without its
    // parameters: what may be shown, in a title or a message.
    static QString shown(const QString &uri);
    // What the backup and restore features say instead, for a database on a server.
    static QString useServerTools();
};
