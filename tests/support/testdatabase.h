#pragma once

// A database file in a folder of its own, both gone with it: what a test of a store, a model or
// a dialog opens in init() and drops in cleanup().

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class TestDatabase final
{
public:
    // A new folder and a new file in it; false when either cannot be made (errorMessage() says).
    bool open(const QString &fileName = QStringLiteral("t.sqlite"));
    // Closes the file and removes its folder.
    void reset();

    Database *get() const { return m_database.get(); }
    Database &operator*() const { return *m_database; }
    Database *operator->() const { return m_database.get(); }
    QString errorMessage() const;
    QString filePath(const QString &name) const; // in the file's folder

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};
