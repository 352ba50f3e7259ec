#include "servecommand.h"

#include "apiserver.h"
#include "apitoken.h"
#include "storage/database.h"
#include "terminationsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTextStream>

#include <csignal>

namespace {

// Exit codes: 2 for a command line that cannot be followed, 1 for a failure while running.
constexpr int usageError = 2;
constexpr int runFailure = 1;

void printLine(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}

int fail(int code, const QString &message)
{
    printLine(QStringLiteral("touchpoint serve: %1").arg(message));
    return code;
}

std::optional<QHostAddress> addressFrom(const QString &text)
{
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

QString urlOf(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

} // namespace

int ServeCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServeCommand",
        "Serves Touchpoint's REST API (the interaction tracking API) with no window, "
        "until stopped with Ctrl+C or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("serve"),
        QCoreApplication::translate("ServeCommand", "Run the REST API server."));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        QCoreApplication::translate("ServeCommand", "Listen on <address> (default 127.0.0.1)."),
        QCoreApplication::translate("ServeCommand", "address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("ServeCommand",
                                    "Listen on <port>; 0 picks a free one (default 8000)."),
        QCoreApplication::translate("ServeCommand", "port"), QStringLiteral("8000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("ServeCommand",
                                    "Use the Touchpoint database at <path> (default %1).")
            .arg(Database::defaultPath()),
        QCoreApplication::translate("ServeCommand", "path"), Database::defaultPath());
    const QCommandLineOption quietOption(
        { QStringLiteral("q"), QStringLiteral("quiet") },
        QCoreApplication::translate("ServeCommand", "Do not log requests."));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QCoreApplication::translate(
            "ServeCommand",
            "Require \"Authorization: Token <key>\" with the key in <file> (else the "
            "TOUCHPOINT_API_TOKEN environment variable; without either, no token). A "
            "token is needed to listen on an address other than loopback."),
        QCoreApplication::translate("ServeCommand", "file"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache-mb"),
        QCoreApplication::translate("ServeCommand",
                                    "Keep up to <MiB> of answers to list requests until the data "
                                    "changes (default 32; 0 keeps none)."),
        QCoreApplication::translate("ServeCommand", "MiB"), QStringLiteral("32"));
    parser.addOptions(
        { bindOption, portOption, databaseOption, quietOption, tokenFileOption, cacheOption });
    parser.process(app); // answers --help and --version, and refuses unknown options

    if (parser.positionalArguments().size() != 1)
        return fail(usageError,
                    QCoreApplication::translate("ServeCommand", "Unexpected argument \"%1\".")
                        .arg(parser.positionalArguments().value(1)));
    const std::optional<QHostAddress> address = addressFrom(parser.value(bindOption));
    if (!address)
        return fail(
            usageError,
            QCoreApplication::translate("ServeCommand", "\"%1\" is not an IP address to listen on.")
                .arg(parser.value(bindOption)));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(
            usageError,
            QCoreApplication::translate("ServeCommand", "\"%1\" is not a port number (0 to 65535).")
                .arg(parser.value(portOption)));
    bool cacheOk = false;
    const uint cacheMiB = parser.value(cacheOption).toUInt(&cacheOk);
    if (!cacheOk || cacheMiB > 4096)
        return fail(
            usageError,
            QCoreApplication::translate("ServeCommand", "\"%1\" is not a size in MiB (0 to 4096).")
                .arg(parser.value(cacheOption)));
    const bool quiet = parser.isSet(quietOption);
    // The key itself is never printed, not even in a message about it.
    QByteArray token;
    if (parser.isSet(tokenFileOption)) {
        QString error;
        const std::optional<QByteArray> key
            = ApiToken::readFile(parser.value(tokenFileOption), &error);
        if (!key)
            return fail(usageError, error);
        token = *key;
    } else if (qEnvironmentVariableIsSet("TOUCHPOINT_API_TOKEN")) {
        token = qgetenv("TOUCHPOINT_API_TOKEN").trimmed();
        if (const std::optional<QString> problem = ApiToken::problemWith(token))
            return fail(usageError, QStringLiteral("%1 (in TOUCHPOINT_API_TOKEN)").arg(*problem));
    }

    TerminationSignalWatcher watcher;
    if (!watcher.isWatching())
        return fail(
            runFailure,
            QCoreApplication::translate("ServeCommand", "Cannot watch for SIGINT and SIGTERM: %1")
                .arg(watcher.errorString()));

    Database database;
    if (!database.open(parser.value(databaseOption)))
        return fail(runFailure, database.errorMessage());
    // A server reads all over the file: with SQLite's default page cache, most reads of the API
    // benchmark's file went to the system for a page (docs/benchmarks.md).
    constexpr qint64 servePageCacheBytes = 64 * 1024 * 1024;
    if (!database.setPageCacheBytes(servePageCacheBytes))
        return fail(
            runFailure,
            QCoreApplication::translate("ServeCommand", "Cannot set up %1.").arg(database.path()));
    // Everything this process writes goes through the stores' SqlTransaction.
    database.setReadBatching(true);

    ApiServer server(database);
    server.setCacheCapacity(qsizetype(cacheMiB) * 1024 * 1024);
    server.setToken(ApiToken(token));
    if (!server.listen(*address, quint16(port)))
        return fail(runFailure,
                    QCoreApplication::translate("ServeCommand", "Cannot listen on %1: %2")
                        .arg(urlOf(*address, quint16(port)), server.errorString()));
    if (!quiet) {
        QObject::connect(
            &server, &ApiServer::requestHandled,
            [](const QString &method, const QString &path, int status, double milliseconds) {
                printLine(QStringLiteral("%1 %2 %3 %4 %5 ms")
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), method,
                                   path, QString::number(status),
                                   QString::number(milliseconds, 'f', 1)));
            });
        printLine(QCoreApplication::translate(
                      "ServeCommand",
                      "Touchpoint %1 serves the REST API at %2 (database %3). Stop it with "
                      "Ctrl+C.")
                      .arg(QCoreApplication::applicationVersion(),
                           urlOf(server.serverAddress(), server.serverPort()), database.path()));
    }
    QObject::connect(
        &watcher, &TerminationSignalWatcher::terminationRequested, &app, [quiet](int signalNumber) {
            if (!quiet)
                printLine(QCoreApplication::translate("ServeCommand", "Stopping on %1.")
                              .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT")
                                                          : QStringLiteral("SIGTERM")));
            QCoreApplication::quit();
        });
    const int result = app.exec();
    server.close();
    database.close();
    return result;
}
