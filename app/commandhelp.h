#pragma once

// The --help text of a command such as `touchpoint backup`: QCommandLineParser's own, with the
// program as it was started ("./build/app/touchpoint") replaced by "touchpoint backup" in its
// usage line, so that the line shows how to run the command.

#include <QCommandLineParser>
#include <QString>

namespace CommandHelp {

QString text(const QCommandLineParser &parser, const QString &command);

// The commands touchpoint takes, a line each with what it does: for the window's --help and
// for the answer to a command it does not know.
QString commandList();
// What --database takes, for the options' help: a file or a PostgreSQL URI in libpq's form.
QString databaseForms();

// The first argument names no command and is no option: the answer for stderr, naming it and
// listing the commands.
QString unknownCommand(const QString &command);

} // namespace CommandHelp
