#pragma once

// The schema's history in SQLite's DDL: each version's statements, as SqliteDialect hands them to
// SchemaMigrations.

#include "storage/schemamigrations.h"

#include <QList>

class SqliteSchema final
{
public:
    static const QList<SchemaMigrations::Migration> &history();
};
