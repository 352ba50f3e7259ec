#include "servecommand.h"

#include "apiserver.h"
#include "apitoken.h"
#include "commandhelp.h"
#include "serveworkerpool.h"
#include "sharedportsocket.h"
#include "storage/database.h"
#include "terminationsignalwatcher.h"
#include "tlscredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

// Exit codes: 2 for a command line that cannot be followed, 1 for a failure while running.
constexpr int usageError = 2;
constexpr int runFailure = 1;
// More would share a machine's cores with nothing left for the database.
constexpr uint maxWorkers = 64;

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

QString urlOf(const QHostAddress &address, quint16 port, bool tls)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1://%2:%3/")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

struct ServeOptions
{
    QHostAddress address;
    quint16 port = 0;
    QString database;
    bool quiet = false;
    qint64 parentPid = 0; // a worker's parent (`--worker-of`); 0 when not a worker
    std::optional<QSslConfiguration> tls;
    bool plainHttpAllowed = false; // `--insecure-http`
    bool hasToken = false; // the shared one (`--token-file`, TOUCHPOINT_API_TOKEN)
};

QString cannotListen(const ServeOptions &options, const QString &error)
{
    return QCoreApplication::translate("ServeCommand", "Cannot listen on %1: %2")
        .arg(urlOf(options.address, options.port, options.tls.has_value()), error);
}

QString stoppingOn(int signalNumber)
{
    return QCoreApplication::translate("ServeCommand", "Stopping on %1.")
        .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
}

int runServer(QCoreApplication &app, TerminationSignalWatcher &watcher, const ServeOptions &options,
              const QByteArray &token, uint cacheMiB);
int runWorkerPool(QCoreApplication &app, TerminationSignalWatcher &watcher, ServeOptions options,
                  int workers, const QStringList &workerArguments);

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
                                    "Use the Touchpoint database at <path>: %1. Default %2.")
            .arg(CommandHelp::databaseForms(), Database::defaultPath()),
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
    const QCommandLineOption workersOption(
        QStringLiteral("workers"),
        QCoreApplication::translate(
            "ServeCommand",
            "Answer in <n> processes on the one port, each with its own connection to the "
            "database (default 1)."),
        QCoreApplication::translate("ServeCommand", "n"), QStringLiteral("1"));
    const QCommandLineOption tlsCertificateOption(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "ServeCommand",
            "Serve HTTPS with the certificate in <file> (PEM; the server's certificate first, then "
            "any intermediate ones). Needs --tls-key."),
        QCoreApplication::translate("ServeCommand", "file"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("ServeCommand",
                                    "The private key of --tls-cert's certificate, in <file> (PEM, "
                                    "RSA or EC, not encrypted)."),
        QCoreApplication::translate("ServeCommand", "file"));
    const QCommandLineOption insecureHttpOption(
        QStringLiteral("insecure-http"),
        QCoreApplication::translate(
            "ServeCommand",
            "Serve plain HTTP behind a reverse proxy that does TLS, also on an address other "
            "than loopback, and believe its X-Forwarded-Proto header. Without TLS or this, only "
            "loopback is served."));
    // What the parent of `--workers` gives each worker: the parent's process id, so that the
    // worker stops with it.
    QCommandLineOption workerOfOption(QStringLiteral("worker-of"), QString(),
                                      QStringLiteral("pid"));
    workerOfOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ bindOption, portOption, databaseOption, quietOption, tokenFileOption,
                        tlsCertificateOption, tlsKeyOption, insecureHttpOption, cacheOption,
                        workersOption, workerOfOption });
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
    bool workersOk = false;
    const uint workers = parser.value(workersOption).toUInt(&workersOk);
    if (!workersOk || workers < 1 || workers > maxWorkers)
        return fail(usageError,
                    QCoreApplication::translate("ServeCommand",
                                                "\"%1\" is not a number of workers (1 to %2).")
                        .arg(parser.value(workersOption))
                        .arg(maxWorkers));
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

    if (parser.isSet(tlsCertificateOption) != parser.isSet(tlsKeyOption))
        return fail(usageError,
                    QCoreApplication::translate("ServeCommand",
                                                "--tls-cert and --tls-key are given together."));
    if (parser.isSet(tlsCertificateOption) && parser.isSet(insecureHttpOption))
        return fail(
            usageError,
            QCoreApplication::translate(
                "ServeCommand", "--insecure-http is for serving without TLS, not with it."));
    // Read and checked here, by a worker's parent too, so that a bad file stops serve before
    // any worker starts; each worker reads the files again for its own connections.
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCertificateOption)) {
        QString error;
        tls = TlsCredentials::load(parser.value(tlsCertificateOption), parser.value(tlsKeyOption),
                                   &error);
        if (!tls)
            return fail(usageError, error);
    }

    TerminationSignalWatcher watcher;
    if (!watcher.isWatching())
        return fail(
            runFailure,
            QCoreApplication::translate("ServeCommand", "Cannot watch for SIGINT and SIGTERM: %1")
                .arg(watcher.errorString()));

    ServeOptions options;
    options.address = *address;
    options.port = quint16(port);
    options.database = parser.value(databaseOption);
    options.quiet = quiet;
    options.tls = tls;
    options.plainHttpAllowed = parser.isSet(insecureHttpOption);
    if (parser.isSet(workerOfOption))
        options.parentPid = parser.value(workerOfOption).toLongLong();
    if (workers > 1 && !options.parentPid) {
        QStringList workerArguments { QStringLiteral("serve"),
                                      QStringLiteral("--bind"),
                                      address->toString(),
                                      QStringLiteral("--database"),
                                      options.database,
                                      QStringLiteral("--cache-mb"),
                                      QString::number(cacheMiB),
                                      QStringLiteral("--worker-of"),
                                      QString::number(QCoreApplication::applicationPid()) };
        if (quiet)
            workerArguments << QStringLiteral("--quiet");
        // The environment's TOUCHPOINT_API_TOKEN reaches the workers as it is.
        if (parser.isSet(tokenFileOption))
            workerArguments << QStringLiteral("--token-file") << parser.value(tokenFileOption);
        if (tls)
            workerArguments << QStringLiteral("--tls-cert") << parser.value(tlsCertificateOption)
                            << QStringLiteral("--tls-key") << parser.value(tlsKeyOption);
        if (options.plainHttpAllowed)
            workerArguments << QStringLiteral("--insecure-http");
        options.hasToken = ApiToken(token).isSet();
        return runWorkerPool(app, watcher, options, int(workers), workerArguments);
    }
    return runServer(app, watcher, options, token, cacheMiB);
}

namespace {

int runServer(QCoreApplication &app, TerminationSignalWatcher &watcher, const ServeOptions &options,
              const QByteArray &token, uint cacheMiB)
{
    const bool quiet = options.quiet;
    const bool isWorker = options.parentPid != 0;
#ifdef Q_OS_LINUX
    // A worker whose parent is gone, even killed outright, stops: nothing is left serving.
    if (isWorker && ::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0)
        return fail(runFailure, QString::fromLocal8Bit(std::strerror(errno)));
#endif
    if (isWorker && qint64(::getppid()) != options.parentPid)
        return runFailure; // the parent ended before the line above took effect

    Database database;
    if (!database.open(options.database))
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
    if (options.tls)
        server.setTls(*options.tls);
    server.setPlainHttpAllowed(options.plainHttpAllowed);
    if (!server.listen(options.address, options.port,
                       isWorker ? SharedPortSocket::Sharing::ReusePort
                                : SharedPortSocket::Sharing::Exclusive))
        return fail(runFailure, cannotListen(options, server.errorString()));
    if (!quiet) {
        // A worker's lines name it, as the workers write to one log.
        const QString worker = isWorker
            ? QStringLiteral(" [%1]").arg(QCoreApplication::applicationPid())
            : QString();
        QObject::connect(
            &server, &ApiServer::requestHandled,
            [worker](const QString &method, const QString &path, int status, double milliseconds) {
                printLine(QStringLiteral("%1%2 %3 %4 %5 %6 ms")
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), worker,
                                   method, path, QString::number(status),
                                   QString::number(milliseconds, 'f', 1)));
            });
    }
    if (isWorker) {
        QTextStream(stdout) << ServeWorkerPool::readyLine << Qt::flush;
    } else if (!quiet) {
        printLine(
            QCoreApplication::translate(
                "ServeCommand",
                "Touchpoint %1 serves the REST API at %2 (database %3). Stop it with "
                "Ctrl+C.")
                .arg(QCoreApplication::applicationVersion(),
                     urlOf(server.serverAddress(), server.serverPort(), options.tls.has_value()),
                     database.path()));
    }
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, &app,
                     [quiet, isWorker](int signalNumber) {
                         // The parent of workers says it once for all.
                         if (!quiet && !isWorker)
                             printLine(stoppingOn(signalNumber));
                         QCoreApplication::quit();
                     });
    const int result = app.exec();
    server.close();
    database.close();
    return result;
}

// The parent of `--workers`: it serves nothing itself. It opens the database once before any
// worker does (a new file is made and migrated by one process, and a file that is refused is
// refused as by one server), holds the port so that nobody else takes it while a worker is being
// started, and supervises the workers.
int runWorkerPool(QCoreApplication &app, TerminationSignalWatcher &watcher, ServeOptions options,
                  int workers, const QStringList &workerArguments)
{
    // Bound alone first, so that a port another program or another `serve` listens on is
    // refused rather than shared; then held, shared, for the workers. Port 0 becomes the one the
    // system picked.
    SharedPortSocket probe;
    if (!probe.bind(options.address, options.port, SharedPortSocket::Sharing::Exclusive))
        return fail(runFailure, cannotListen(options, probe.errorString()));
    options.port = probe.port();
    probe.close();
    SharedPortSocket held;
    if (!held.bind(options.address, options.port, SharedPortSocket::Sharing::ReusePort))
        return fail(runFailure, cannotListen(options, held.errorString()));

    QString databaseName;
    {
        Database database;
        if (!database.open(options.database))
            return fail(runFailure, database.errorMessage());
        databaseName = database.path();
        // Before any worker starts: the people of the database count as a token.
        if (const QString refusal = ApiServer::refusalToListen(
                options.address, options.hasToken || ApiServer::hasPeople(database),
                options.tls.has_value(), options.plainHttpAllowed);
            !refusal.isEmpty())
            return fail(runFailure, cannotListen(options, refusal));
    }

    ServeWorkerPool pool(QCoreApplication::applicationFilePath(),
                         QStringList(workerArguments)
                             << QStringLiteral("--port") << QString::number(options.port),
                         workers);
    int result = 0;
    QObject::connect(&pool, &ServeWorkerPool::ready, &app, [&] {
        if (options.quiet)
            return;
        QStringList pids;
        for (const qint64 pid : pool.processIds())
            pids << QString::number(pid);
        printLine(QCoreApplication::translate(
                      "ServeCommand",
                      "Touchpoint %1 serves the REST API at %2 (database %3) in %4 worker "
                      "processes (%5). Stop it with Ctrl+C.")
                      .arg(QCoreApplication::applicationVersion(),
                           urlOf(options.address, options.port, options.tls.has_value()),
                           databaseName)
                      .arg(workers)
                      .arg(pids.join(QStringLiteral(", "))));
    });
    QObject::connect(&pool, &ServeWorkerPool::workerRestarted, &app,
                     [](const QString &how, qint64 newPid) {
                         printLine(QCoreApplication::translate("ServeCommand",
                                                               "%1 Worker process %2 takes its "
                                                               "place.")
                                       .arg(how)
                                       .arg(newPid));
                     });
    QObject::connect(&pool, &ServeWorkerPool::failed, &app, [&result](const QString &message) {
        printLine(QStringLiteral("touchpoint serve: %1").arg(message));
        result = runFailure;
        QCoreApplication::quit();
    });
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, &app,
                     [&options](int signalNumber) {
                         if (!options.quiet)
                             printLine(stoppingOn(signalNumber));
                         QCoreApplication::quit();
                     });
    pool.start();
    app.exec();
    if (!pool.stop() && result == 0) {
        printLine(QStringLiteral("touchpoint serve: %1")
                      .arg(QCoreApplication::translate(
                          "ServeCommand", "Not every worker process stopped cleanly.")));
        result = runFailure;
    }
    return result;
}

} // namespace
