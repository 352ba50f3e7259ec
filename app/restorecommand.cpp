#include "restorecommand.h"

#include "commandhelp.h"
#include "postgresuri.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {

// Exit codes: 2 for a command line that cannot be followed, 1 for a restore that was not done
// (not confirmed, or it failed).
constexpr int usageError = 2;
constexpr int notDone = 1;

} // namespace

int RestoreCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Puts a backup in place of the Touchpoint database. Without --yes it only says what "
           "it would do. The database file that is there now is moved into the backups folder, "
           "never deleted. Close the window and stop `touchpoint serve` on the file first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"),
                                 tr("The backup file to restore, or \"latest\" for the newest "
                                    "backup of the database."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Restore into the Touchpoint database at <path> (default %1).")
            .arg(Database::defaultPath()),
        tr("path"), Database::defaultPath());
    const QCommandLineOption yesOption({ QStringLiteral("y"), QStringLiteral("yes") },
                                       tr("Do it, without asking."));
    parser.addOptions({ databaseOption, yesOption });

    // argv[1] is the word "restore"; the parser sees the program name and the options.
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "touchpoint restore: " << parser.errorText() << '\n';
        return usageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("restore"));
        return 0;
    }
    const QString path = parser.value(databaseOption);
    if (PostgresUri::matches(path)) {
        err << "touchpoint restore: " << PostgresUri::useServerTools() << '\n';
        return usageError;
    }
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
    if (parser.positionalArguments().size() != 1) {
        err << "touchpoint restore: "
            << (parser.positionalArguments().isEmpty()
                    ? tr("Name the backup to restore.")
                    : tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().value(1)))
            << '\n';
        if (!backups.isEmpty())
            err << tr("The backups of %1, newest first:\n").arg(path);
        for (const DatabaseBackup::Entry &entry : backups)
            err << "  " << entry.path << '\n';
        return usageError;
    }

    QString backup = parser.positionalArguments().constFirst();
    if (backup == QLatin1String("latest") && !QFileInfo::exists(backup)) {
        const std::optional<DatabaseBackup::Entry> latest = DatabaseBackup::latest(path);
        if (!latest) {
            err << "touchpoint restore: "
                << tr("There are no backups of %1 in %2.\n")
                       .arg(path, DatabaseBackup::folderFor(path));
            return notDone;
        }
        backup = latest->path;
    }
    const QFileInfo backupFile(backup);
    if (!backupFile.isFile()) {
        err << "touchpoint restore: " << tr("There is no backup file %1.\n").arg(backup);
        return notDone;
    }
    backup = backupFile.absoluteFilePath();
    if (backup == QFileInfo(path).absoluteFilePath()) {
        err << "touchpoint restore: " << tr("%1 is the database itself.\n").arg(backup);
        return usageError;
    }

    if (!parser.isSet(yesOption)) {
        out << tr("This would put the backup\n  %1 (%2, last changed %3)\nin place of the "
                  "database\n  %4\n")
                   .arg(backup, QLocale().formattedDataSize(backupFile.size()),
                        backupFile.lastModified().toString(Qt::ISODate), path);
        if (QFileInfo::exists(path))
            out << tr("The database as it is now would first be moved into %1; nothing is "
                      "deleted.\n")
                       .arg(DatabaseBackup::folderFor(path));
        out << tr("Nothing was changed. Run the same command with --yes to do it.\n");
        return notDone;
    }

    QString aside, error;
    if (!DatabaseBackup::restore(backup, path, &aside, &error)) {
        err << "touchpoint restore: " << error << '\n';
        return notDone;
    }
    out << tr("Restored %1 to %2.\n").arg(backup, path);
    if (!aside.isEmpty())
        out << tr("The database that was there is kept as %1.\n").arg(aside);
    return 0;
}
