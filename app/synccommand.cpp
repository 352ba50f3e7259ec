#include "synccommand.h"

#include "commandhelp.h"
#include "replicasync.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

int SyncCommand::exitCode(int outcome)
{
    switch (ReplicaSync::Outcome(outcome)) {
    case ReplicaSync::Outcome::InStep:
        return 0;
    case ReplicaSync::Outcome::Conflicts:
        return 3;
    case ReplicaSync::Outcome::Failed:
    case ReplicaSync::Outcome::Cancelled:
        break;
    }
    return 1;
}

int SyncCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("One round between a replica (touchpoint join) and its team server: sends what was "
           "written here, then writes what changed on the server. Prints one line; exits 0 when "
           "in step, 3 when conflicts wait for a person, 1 on an error (the server unreachable, "
           "the token refused, a server of another version). What waits to be sent stays in "
           "the file until the server has answered it."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The replica's file (default %1).").arg(Database::defaultPath()), tr("file"),
        Database::defaultPath());
    parser.addOption(databaseOption);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "touchpoint sync: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("sync"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "touchpoint sync: "
            << tr("Unexpected argument \"%1\".\n").arg(parser.positionalArguments().constFirst());
        return 2;
    }
    Database database;
    if (!database.open(parser.value(databaseOption))) {
        err << "touchpoint sync: " << database.errorMessage() << '\n';
        return 1;
    }
    const ReplicaSync::Summary summary = ReplicaSync(database).round();
    if (summary.outcome == ReplicaSync::Outcome::Failed)
        err << "touchpoint sync: " << summary.text() << '\n';
    else
        out << summary.text() << '\n';
    return exitCode(int(summary.outcome));
}
