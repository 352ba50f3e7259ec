#pragma once

// The schema's history in PostgreSQL's DDL: the same versions, tables and columns as
// SqliteSchema's, with identity columns, pg_trgm indexes for the search and NOTIFY triggers.

#include "storage/schemamigrations.h"

#include <QList>

class PostgresSchema final
{
public:
    static const QList<SchemaMigrations::Migration> &history();
    // The channel every committed change to the data is announced on (NOTIFY), once a
    // transaction.
    static QString changesChannel();
    // The table that marks a database as Touchpoint's (its application_id, as SQLite's PRAGMA)
    // and holds the schema's version.
    static QString markerTable();
};
