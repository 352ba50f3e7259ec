#include "backupcommand.h"

#include "commandhelp.h"
#include "postgresuri.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

int BackupCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies the Touchpoint database into the backups folder beside it. The copy is "
           "consistent even while the window or `touchpoint serve` is writing to the file."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Back up the Touchpoint database at <path> (default %1).").arg(Database::defaultPath()),
        tr("path"), Database::defaultPath());
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        tr("List the backups that exist, newest first, and "
                                           "take none."));
    parser.addOptions({ databaseOption, listOption });

    // argv[1] is the word "backup"; the parser sees the program name and the options.
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "touchpoint backup: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("backup"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "touchpoint backup: "
            << tr("Unexpected argument \"%1\".\n").arg(parser.positionalArguments().constFirst());
        return 2;
    }
    const QString path = parser.value(databaseOption);
    // Nothing is looked at: there is no file, and no folder of backups beside one.
    if (PostgresUri::matches(path)) {
        err << "touchpoint backup: " << PostgresUri::useServerTools() << '\n';
        return 2;
    }

    if (parser.isSet(listOption)) {
        const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
        if (backups.isEmpty())
            err << tr("There are no backups of %1 in %2.\n")
                       .arg(path, DatabaseBackup::folderFor(path));
        for (const DatabaseBackup::Entry &entry : backups)
            out << entry.created.toString(Qt::ISODate) << '\t' << entry.reason << '\t' << entry.size
                << '\t' << entry.path << '\n';
        return 0;
    }

    Database database;
    if (!database.open(path)) {
        err << "touchpoint backup: " << database.errorMessage() << '\n';
        return 1;
    }
    QString error;
    const QString backup
        = DatabaseBackup::create(database.connection(), path, QStringLiteral("manual"), &error);
    if (backup.isEmpty()) {
        err << "touchpoint backup: " << error << '\n';
        return 1;
    }
    out << tr("Backed up %1 to %2 (%3).\n")
               .arg(path, backup, QLocale().formattedDataSize(QFileInfo(backup).size()));
    return 0;
}
