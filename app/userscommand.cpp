#include "userscommand.h"

#include "commandhelp.h"
#include "storage/database.h"
#include "storage/personstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {

QString whenText(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

} // namespace

int UsersCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds, lists and revokes the people who use the REST API of a Touchpoint database. "
           "Once a database has anyone, `touchpoint serve` and the window's API answer only "
           "requests with the token of someone not revoked (\"Authorization: Token <token>\"), "
           "and the shared token of --token-file is no longer taken. A revocation is in force "
           "at once, also for a server that is running.\n\n"
           "  add NAME      add someone and print their new token, once: only its hash is kept\n"
           "  list          everyone, with when they were added and revoked\n"
           "  revoke NAME   refuse their token from now on"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The database: %1 (default %2).")
            .arg(CommandHelp::databaseForms(), Database::defaultPath()),
        tr("database"), Database::defaultPath());
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or revoke"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("the person's name"), tr("[name]"));

    // argv[1] is the word "users"; the parser sees the program name and the options.
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "touchpoint users: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("users"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsName = action == QLatin1String("add") || action == QLatin1String("revoke");
    if (action.isEmpty() || (!needsName && action != QLatin1String("list"))) {
        err << "touchpoint users: "
            << tr("Say what to do: add NAME, list or revoke NAME (touchpoint users --help).\n");
        return 2;
    }
    if (needsName && positional.size() != 2) {
        err << "touchpoint users: "
            << tr("%1 takes one name; put a name with spaces in quotes.\n").arg(action);
        return 2;
    }
    if (!needsName && positional.size() != 1) {
        err << "touchpoint users: " << tr("Unexpected argument \"%1\".\n").arg(positional.at(1));
        return 2;
    }

    Database database;
    if (!database.open(parser.value(databaseOption))) {
        err << "touchpoint users: " << database.errorMessage() << '\n';
        return 1;
    }
    PersonStore people(database);
    if (action == QLatin1String("list")) {
        const StoreResult<QList<Person>> everyone = people.list();
        if (!everyone.ok()) {
            err << "touchpoint users: " << everyone.failure << '\n';
            return 1;
        }
        if (everyone.value.isEmpty())
            err << tr("Nobody has been added: the API takes the shared token, if one is set.\n");
        for (const Person &person : everyone.value) {
            out << person.name << '\t' << tr("added %1").arg(whenText(person.added));
            if (person.revoked)
                out << '\t' << tr("revoked %1").arg(whenText(*person.revoked));
            out << '\n';
        }
        return 0;
    }
    const QString name = positional.at(1);
    if (action == QLatin1String("add")) {
        const StoreResult<PersonStore::Added> added = people.add(name);
        if (added.status == StoreStatus::Invalid) {
            err << "touchpoint users: "
                << added.errors.translatedMessages(QStringLiteral("name")).join(QLatin1Char(' '))
                << '\n';
            return 1;
        }
        if (!added.ok()) {
            err << "touchpoint users: " << added.failure << '\n';
            return 1;
        }
        err << tr("Added %1. Their token, shown this once (keep it secret; Touchpoint keeps only "
                  "its hash):\n")
                   .arg(name);
        out << added.value.token << '\n';
        return 0;
    }
    const StoreResult<Person> revoked = people.revoke(name);
    if (revoked.status == StoreStatus::NotFound) {
        err << "touchpoint users: " << tr("Nobody named \"%1\" is there.\n").arg(name);
        return 1;
    }
    if (!revoked.ok()) {
        err << "touchpoint users: " << revoked.failure << '\n';
        return 1;
    }
    out << tr("Revoked %1: their token is refused from now on (since %2).\n")
               .arg(name, whenText(*revoked.value.revoked));
    return 0;
}
