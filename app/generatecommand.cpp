#include "generatecommand.h"

#include "commandhelp.h"
#include "sampledata/datasetgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <limits>
#include <optional>
#include <type_traits>

namespace {

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

int GenerateCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GenerateCommand",
        "Fills a new or empty Touchpoint database with a realistic sample history: restaurants, "
        "their people, three years (2023-2025) of calls, emails, meetings, visits and orders. "
        "The same parameters and seed always give the same data."));
    parser.addHelpOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("GenerateCommand",
                                    "The database to fill: %1. A file must not exist, be empty, "
                                    "or be a Touchpoint database without data; a PostgreSQL "
                                    "database must have been made with createdb and hold no "
                                    "Touchpoint data.")
            .arg(CommandHelp::databaseForms()),
        QStringLiteral("path"));
    const QCommandLineOption leads(
        QStringLiteral("leads"),
        QCoreApplication::translate("GenerateCommand", "How many leads (default 5000)."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption contactsPerLead(
        QStringLiteral("contacts-per-lead"),
        QCoreApplication::translate("GenerateCommand",
                                    "How many contacts each lead has (default 4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption interactions(
        QStringLiteral("interactions"),
        QCoreApplication::translate("GenerateCommand", "How many interactions (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("GenerateCommand",
                                    "The seed of the random choices (default 1)."),
        QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({ database, leads, contactsPerLead, interactions, seed });

    // argv[1] is the word "generate"; the parser sees the program name and the options.
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("generate"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("GenerateCommand", "Unexpected argument: %1\n")
                   .arg(parser.positionalArguments().constFirst());
        return 2;
    }
    if (!parser.isSet(database)) {
        err << QCoreApplication::translate("GenerateCommand",
                                           "--database PATH is required: generate never fills "
                                           "the default database.\n");
        return 2;
    }

    DatasetGenerator::Parameters parameters;
    QStringList problems;
    const auto number = [&](const QCommandLineOption &option, auto &target) {
        const QString text = parser.value(option);
        if (const std::optional<qint64> value = wholeNumber(text))
            target = static_cast<std::remove_reference_t<decltype(target)>>(*value);
        else
            problems << QCoreApplication::translate("GenerateCommand",
                                                    "--%1 must be a whole number, not \"%2\".")
                            .arg(option.names().constFirst(), text);
    };
    number(leads, parameters.leads);
    number(contactsPerLead, parameters.contactsPerLead);
    number(interactions, parameters.interactions);
    bool seedOk = false;
    parameters.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        problems << QCoreApplication::translate(
                        "GenerateCommand",
                        "--seed must be a whole number from 0 to %1, not \"%2\".")
                        .arg(std::numeric_limits<quint64>::max())
                        .arg(parser.value(seed));
    if (problems.isEmpty())
        problems = DatasetGenerator::checkParameters(parameters);
    if (!problems.isEmpty()) {
        err << problems.join(QLatin1Char('\n')) << '\n';
        return 2;
    }

    const QString path = parser.value(database);
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&err, &timer](const QString &what, qint64 done, qint64 total) {
        err << QCoreApplication::translate("GenerateCommand", "%1: %2 of %3 (%4 s)\n")
                   .arg(what)
                   .arg(done)
                   .arg(total)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        err.flush();
    };
    const StoreResult<DatasetGenerator::Summary> result
        = DatasetGenerator::generateFile(path, parameters, progress);
    if (!result.ok()) {
        err << result.failure << '\n';
        return 1;
    }
    out << QCoreApplication::translate("GenerateCommand",
                                       "Wrote %1 leads, %2 contacts and %3 interactions (%4 with "
                                       "an order) to %5 in %6 s.\n")
               .arg(result.value.leads)
               .arg(result.value.contacts)
               .arg(result.value.interactions)
               .arg(result.value.orders)
               .arg(path)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return 0;
}
