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

} // namespace CommandHelp
