#pragma once

// Opens the window's database; when the file is damaged, offers the latest backup in its place
// (the damaged file is moved aside, never overwritten), another file, or quitting.

#include "storage/databasebackup.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class Database;
class QWidget;

class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    enum class Choice { RestoreLatest, OpenAnother, Quit };

    // Asks with message boxes and a file dialog over parent.
    explicit DatabaseOpener(QWidget *parent = nullptr);

    // How the person is asked and told; tests answer in their place.
    std::function<Choice(const QString &problem,
                         const std::optional<DatabaseBackup::Entry> &latest)>
        ask;
    std::function<QString()> pickFile; // empty: none chosen
    std::function<void(const QString &message)> tell;

    // Opens path, or what the person chooses in its place; false when they quit or when a file
    // cannot be opened for a reason other than damage (said with tell()).
    bool open(Database &database, const QString &path);
    // What happened on the way, to show once the window is up (a restore); empty if nothing.
    QString notice() const { return m_notice; }

private:
    QString m_notice;
};
