#include "commandhelp.h"

#include <QCoreApplication>

namespace CommandHelp {

QString text(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        help.replace(at, program.size(), QStringLiteral("touchpoint ") + command);
    return help;
}

QString commandList()
{
    return QCoreApplication::translate(
        "CommandHelp",
        "  serve      run the REST API without a window (touchpoint serve --help)\n"
        "  generate   fill a database with a large sample history\n"
        "  backup     copy the database into its backups folder\n"
        "  restore    put a backup in the database's place\n"
        "  users      add, list and revoke the people who use the API, each with a token\n"
        "  join       make a new file a replica of the team server, to work offline\n"
        "  sync       bring a replica and the team server into step");
}

QString databaseForms()
{
    return QCoreApplication::translate(
        "CommandHelp",
        "a file, or a PostgreSQL database in libpq's form postgresql://USER@HOST:PORT/DBNAME "
        "(?sslmode=require and libpq's other parameters may follow; the password comes from "
        "PGPASSWORD or ~/.pgpass, never from the command line)");
}

QString unknownCommand(const QString &command)
{
    return QCoreApplication::translate("CommandHelp",
                                       "touchpoint: unknown command '%1'\n"
                                       "Commands:\n%2\n"
                                       "Without a command, touchpoint opens the window "
                                       "(touchpoint --help).\n")
        .arg(command, commandList());
}

} // namespace CommandHelp
