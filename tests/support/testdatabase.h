#pragma once

// A database of its own for one test, gone with it: what a test of a store, a model or a dialog
// opens in init() and drops in cleanup(). A file in a folder of its own; or, when the variable
// TOUCHPOINT_TEST_POSTGRES_URI_FILE names a file holding a PostgreSQL cluster's URI (the
// throwaway cluster of tests/support/postgres-cluster), a new database on that cluster.

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class TestDatabase final
{
public:
    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // True when the tests of this run go to PostgreSQL.
    static bool onPostgres();

    // A new folder and a new file in it (or a new PostgreSQL database), opened and migrated to
    // targetVersion (the latest unless given); false when any of it cannot be made
    // (errorMessage() says).
    bool open(const QString &fileName = QStringLiteral("t.sqlite"), int targetVersion = -1);
    // Closes the database and removes its folder (and drops the PostgreSQL database).
    void reset();

    Database *get() const { return m_database.get(); }
    Database &operator*() const { return *m_database; }
    Database *operator->() const { return m_database.get(); }
    QString errorMessage() const;
    QString filePath(const QString &name) const; // in the file's folder
    // What Database::open() was given: the file's path or the PostgreSQL database's URI, for a
    // test that opens it again or a second time.
    QString location() const { return m_location; }

private:
    bool createPostgresDatabase();
    void dropPostgresDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_location;
    QString m_postgresName;
    QString m_error;
};
