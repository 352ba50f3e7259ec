#include "windowcommand.h"

#include "commandhelp.h"
#include "databaseopener.h"
#include "mainwindow.h"
#include "sampledata/sampledata.h"
#include "settings.h"
#include "storage/database.h"
#include "windowsignin.h"
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
#include <QTextStream>
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
    QCommandLineOption tokenFile {
        QStringLiteral("token-file"),
        QCoreApplication::translate(
            "WindowCommand",
            "On a database that has people (touchpoint users), sign in with the token in <file> "
            "instead of the one remembered on this computer or asked for."),
        QCoreApplication::translate("WindowCommand", "file")
    };
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
    parser.addOption(options.tokenFile);
}

// Said in a box and on stderr: whoever started the window from a script or a shortcut with a
// token file may see only one of them.
void refuse(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    QMessageBox::critical(nullptr, QCoreApplication::translate("WindowCommand", "Touchpoint"),
                          message);
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

    // Read before anything is opened: a token file that cannot be read changes nothing.
    std::optional<QByteArray> token;
    if (parser.isSet(options.tokenFile)) {
        QString error;
        token = WindowSignIn::readTokenFile(parser.value(options.tokenFile), &error);
        if (!token) {
            refuse(error);
            return 1;
        }
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

    // On a team's database, who is at the window, before it shows: what it writes is theirs.
    Settings settings;
    WindowSignIn signIn(database, settings);
    switch (signIn.signIn(token)) {
    case WindowSignIn::Outcome::NotNeeded:
    case WindowSignIn::Outcome::SignedIn:
        break;
    case WindowSignIn::Outcome::Cancelled:
        return 0;
    case WindowSignIn::Outcome::Refused:
        refuse(token ? QCoreApplication::translate("WindowCommand",
                                                   "The token in %1 cannot sign in: %2")
                           .arg(parser.value(options.tokenFile), signIn.error())
                     : signIn.error());
        return 1;
    }

    MainWindow window(database);
    if (const std::optional<Person> person = signIn.person())
        window.setSignedIn(person->name, signIn.rememberedUnder());
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
