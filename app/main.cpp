// Touchpoint's entry point: picks the front end from the first argument and hands over to it.

#include "backupcommand.h"
#include "commandhelp.h"
#include "generatecommand.h"
#include "joincommand.h"
#include "restorecommand.h"
#include "synccommand.h"
#include "userscommand.h"
#include "windowcommand.h"
#ifdef TOUCHPOINT_HAS_REST_API
#include "servecommand.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

// --help and --version must answer without a display, so they are handled before any
// QApplication exists; each command has its own --help as well.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--help-all"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("touchpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOUCHPOINT_VERSION));
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (command == "serve") {
#ifdef TOUCHPOINT_HAS_REST_API
        return ServeCommand::run(argc, argv);
#else
        QCoreApplication app(argc, argv);
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "This Touchpoint was built without the REST API (QtHttpServer).\n");
        return 2;
#endif
    }
    if (command == "join")
        return JoinCommand::run(argc, argv);
    if (command == "sync")
        return SyncCommand::run(argc, argv);
    if (command == "backup")
        return BackupCommand::run(argc, argv);
    if (command == "restore")
        return RestoreCommand::run(argc, argv);
    if (command == "generate")
        return GenerateCommand::run(argc, argv);
    if (command == "users")
        return UsersCommand::run(argc, argv);
    // Anything else that is not an option would be taken for the window's and open one, or,
    // without a display, end in Qt's platform-plugin abort: no QApplication is made for it.
    if (!command.isEmpty() && !command.startsWith('-')) {
        QTextStream(stderr) << CommandHelp::unknownCommand(QString::fromLocal8Bit(command));
        return 2;
    }
    if (asksForHelpOrVersion(argc, argv))
        return WindowCommand::printHelpOrVersion(argc, argv);
    return WindowCommand::run(argc, argv);
}
