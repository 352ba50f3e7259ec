#pragma once

// The --help text of a command such as `touchpoint backup`: QCommandLineParser's own, with the
// program as it was started ("./build/app/touchpoint") replaced by "touchpoint backup" in its
// usage line, so that the line shows how to run the command.

#include <QCommandLineParser>
#include <QString>

namespace CommandHelp {

QString text(const QCommandLineParser &parser, const QString &command);

} // namespace CommandHelp
