#include "windowcommand.h"

#include "commandhelp.h"
#include "databaseopener.h"
#include "mainwindow.h"
#include "sampledata/sampledata.h"
#include "settings.h"
#include "storage/database.h"
#ifdef TOUCHPOINT_HAS_REST_API
#include "localapiserver.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

namespace {

struct Options
{
    QCommandLineOption database { QStringLiteral("database"),
                                  QCoreApplication::translate(
                                      "WindowCommand",
                                      "Open the Touchpoint database at <path>: %1. Default: %2.")
                                      .arg(CommandHelp::databaseForms(), Database::defaultPath()),
                                  QCoreApplication::translate("WindowCommand", "path") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              QCoreApplication::translate(
                                  "WindowCommand",
                                  "Open a new database of sample data in a temporary folder, "
                                  "removed on quitting.") };
    QCommandLineOption language { QStringLiteral("language"),
                                  QCoreApplication::translate(
                                      "WindowCommand",
                                      "Show the window in <code>, such as hi or en (default: "
                                      "from Settings, else the system's language)."),
                                  QCoreApplication::translate("WindowCommand", "code") };
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("WindowCommand",
                                    "Touchpoint: log calls, emails, meetings, visits and orders "
                                    "with your leads' contacts.\n\nWithout a command, opens the "
                                    "window. Commands:\n%1")
            .arg(CommandHelp::commandList()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.demo);
    parser.addOption(options.language);
}

// Touchpoint's own catalogue (built into the executable) and Qt's, for the chosen language.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("touchpoint"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int WindowCommand::printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app); // answers --help and --version and exits
    return 0;
}

int WindowCommand::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Touchpoint"));
    QApplication::setDesktopFileName(QStringLiteral("touchpoint"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/touchpoint.svg")));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    QString language = parser.value(options.language);
    if (language.isEmpty())
        language = Settings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installTranslations(app, locale);

    std::unique_ptr<QTemporaryDir> demoFolder;
    QString path = parser.value(options.database);
    if (parser.isSet(options.demo)) {
        demoFolder = std::make_unique<QTemporaryDir>();
        if (!demoFolder->isValid()) {
            QMessageBox::critical(
                nullptr, QObject::tr("Touchpoint"),
                QCoreApplication::translate("WindowCommand",
                                            "Cannot make a temporary folder for the sample "
                                            "data: %1")
                    .arg(demoFolder->errorString()));
            return 1;
        }
        path = demoFolder->filePath(QStringLiteral("touchpoint-demo.sqlite"));
    } else if (path.isEmpty()) {
        path = Database::defaultPath();
    }

    Database database;
    // A damaged file is not simply refused: the person is offered its latest backup.
    DatabaseOpener opener;
    if (!opener.open(database, path))
        return 1;
    if (demoFolder) {
        const StoreResult<SampleData::Counts> filled = SampleData::fill(database, {});
        if (!filled.ok()) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("WindowCommand", "Touchpoint"),
                QCoreApplication::translate("WindowCommand", "Cannot make the sample data: %1")
                    .arg(filled.failure));
            return 1;
        }
    }

    MainWindow window(database);
    if (demoFolder)
        window.setWindowTitle(
            QCoreApplication::translate("WindowCommand", "Sample data — Touchpoint"));
#ifdef TOUCHPOINT_HAS_REST_API
    LocalApiServer api(database);
    window.setLocalApi(&api);
#endif
    window.show();
    if (!opener.notice().isEmpty())
        window.statusBar()->showMessage(opener.notice());
    const int status = QApplication::exec();
#ifdef TOUCHPOINT_HAS_REST_API
    api.stop();
#endif
    return status;
}
