#include "joincommand.h"

#include "commandhelp.h"
#include "core/idspace.h"
#include "replicasync.h"
#include "storage/database.h"
#include "storage/replicastore.h"
#include "synccommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostInfo>
#include <QSslCertificate>
#include <QTextStream>
#include <QUrl>

int JoinCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a database file a replica of the team server at URL (such as "
           "https://server:8000): it downloads everything, then works offline as any file "
           "does, and `touchpoint sync` brings it into step with the server. The records a file "
           "already holds take new ids and are sent to the server. A join cut short (Ctrl+C, a "
           "dropped connection) goes on "
           "where it stopped when run again. The file keeps the token to sync with: keep it "
           "as safe as the token."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("The replica's file (default %1).").arg(Database::defaultPath()), tr("file"),
        Database::defaultPath());
    const QCommandLineOption tokenOption(QStringLiteral("token-file"),
                                         tr("The file that holds your token on the server."),
                                         tr("file"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("What the server calls this replica (default: this "
                                           "computer's name)."),
                                        tr("name"), QHostInfo::localHostName());
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        tr("Trust the certificates in <file> (PEM) for the server's, besides the system's: the "
           "team's own certificate authority, or the server's own certificate. Kept in the "
           "replica for every sync."),
        tr("file"));
    parser.addOptions({ databaseOption, tokenOption, nameOption, caOption });
    parser.addPositionalArgument(QStringLiteral("url"), tr("the team server's address"));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        err << "touchpoint join: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("join"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QUrl server(positional.value(0));
    if (positional.size() != 1 || !server.isValid()
        || (server.scheme() != QLatin1String("http")
            && server.scheme() != QLatin1String("https"))) {
        err << "touchpoint join: "
            << tr("Give the server's address, such as https://server:8000.\n");
        return 2;
    }
    if (!parser.isSet(tokenOption)) {
        err << "touchpoint join: " << tr("Give your token on the server with --token-file.\n");
        return 2;
    }
    QFile tokenFile(parser.value(tokenOption));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        err << "touchpoint join: "
            << tr("Cannot read the token file %1: %2\n")
                   .arg(tokenFile.fileName(), tokenFile.errorString());
        return 1;
    }
    const QByteArray token = tokenFile.read(4096).trimmed();
    if (token.isEmpty()) {
        err << "touchpoint join: " << tr("The token file %1 is empty.\n").arg(tokenFile.fileName());
        return 1;
    }

    QByteArray authorities;
    if (parser.isSet(caOption)) {
        QFile file(parser.value(caOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "touchpoint join: "
                << tr("Cannot read the certificate file %1: %2\n")
                       .arg(file.fileName(), file.errorString());
            return 1;
        }
        authorities = file.read(1024 * 1024);
        if (QSslCertificate::fromData(authorities, QSsl::Pem).isEmpty()) {
            err << "touchpoint join: "
                << tr("%1 holds no certificate in PEM form.\n").arg(file.fileName());
            return 1;
        }
    }

    Database database;
    if (!database.open(parser.value(databaseOption))) {
        err << "touchpoint join: " << database.errorMessage() << '\n';
        return 1;
    }
    const StoreResult<ReplicaStore::Held> held = ReplicaStore(database).held();
    if (held.ok() && !held.value.isEmpty() && !ReplicaStore(database).membership().value)
        err << tr("This file holds records (leads: %1, contacts: %2, interactions: %3): to "
                  "join, they take new ids, from this replica's own blocks (%4 and above), and "
                  "are sent to the server. Whatever knows them by their old ids must look them "
                  "up again.\n")
                   .arg(held.value.leads)
                   .arg(held.value.contacts)
                   .arg(held.value.interactions)
                   .arg(IdSpace::firstBlockId);
    err.flush();
    ReplicaSync sync(database);
    qint64 lastShown = -1;
    sync.setProgress([&](qint64 done, qint64) {
        if (done / 10'000 != lastShown) {
            lastShown = done / 10'000;
            err << tr("Downloaded %1 records…").arg(done) << '\n';
            err.flush();
        }
    });
    const ReplicaSync::Summary summary
        = sync.join(server, token, parser.value(nameOption), authorities);
    (summary.outcome == ReplicaSync::Outcome::InStep ? out : err)
        << (summary.outcome == ReplicaSync::Outcome::Failed ? QStringLiteral("touchpoint join: ")
                                                            : QString())
        << summary.text() << '\n';
    return SyncCommand::exitCode(int(summary.outcome));
}
