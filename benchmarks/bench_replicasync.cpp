// The in-process half of benchmarks/sync-benchmark: the changes a replica and the server make
// between rounds, written through the stores (so with their history, as a person's would be);
// the time of ReplicaSync::round() in this process; and the check that replicas equal the
// server and that no replica's change was lost.
//
//   bench_replicasync round SERVER_DATABASE REPLICA_FILE CHANGES ROUNDS
//       ROUNDS times: CHANGES interactions changed on the replica and CHANGES others on the
//       server, then one round, timed; prints each round's milliseconds and the median.
//   bench_replicasync change REPLICA_FILE TAG CREATES EDITS FIRST_ID
//       CREATES new interactions (details "TAG new N") and EDITS of the interactions from
//       FIRST_ID on (details "TAG edit N").
//   bench_replicasync check SERVER_DATABASE CREATES EDITS REPLICA_FILE...
//       every replica equals the server, and the server holds each replica's (tagged r1, r2 ...
//       in the order given) CREATES new interactions and EDITS edits.
#include "replicasync.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "support/replicacontent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<Database> opened(const QString &location)
{
    auto database = std::make_unique<Database>();
    if (!database->open(location)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(location),
                     qPrintable(database->errorMessage()));
        return nullptr;
    }
    return database;
}

// The details of interactions first .. first + count - 1 set to "tag edit N".
bool edit(Database &database, const QString &tag, qint64 first, int count)
{
    InteractionStore store(database);
    for (int i = 0; i < count; ++i) {
        InteractionDraft change;
        change.details = QStringLiteral("%1 edit %2").arg(tag).arg(i);
        const StoreResult<Interaction> changed = store.update(first + i, change);
        if (!changed.ok()) {
            std::fprintf(stderr, "edit of interaction %lld: %s\n", first + i,
                         qPrintable(changed.failure));
            return false;
        }
    }
    return true;
}

int round(const QStringList &arguments)
{
    if (arguments.size() != 4)
        return 2;
    const std::unique_ptr<Database> server = opened(arguments.at(0));
    const std::unique_ptr<Database> replica = opened(arguments.at(1));
    if (!server || !replica)
        return 1;
    const int changes = arguments.at(2).toInt();
    const int rounds = arguments.at(3).toInt();
    QList<double> times;
    for (int r = 0; r < rounds; ++r) {
        // Different interactions on each side, so that each round merges and none conflicts.
        if (!edit(*replica, QStringLiteral("replica round %1").arg(r), 1, changes)
            || !edit(*server, QStringLiteral("server round %1").arg(r), 1 + changes, changes))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const ReplicaSync::Summary summary = ReplicaSync(*replica).round();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (summary.outcome != ReplicaSync::Outcome::InStep || summary.sent != changes
            || summary.received < changes) {
            std::fprintf(stderr, "round %d: %s\n", r, qPrintable(summary.text()));
            return 1;
        }
        std::printf("round %d: sent %lld, received %lld in %.1f ms\n", r + 1, summary.sent,
                    summary.received, ms);
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("median %.1f ms\n", times.at(times.size() / 2));
    return 0;
}

int change(const QStringList &arguments)
{
    if (arguments.size() != 5)
        return 2;
    const std::unique_ptr<Database> replica = opened(arguments.at(0));
    if (!replica)
        return 1;
    const QString tag = arguments.at(1);
    const QList<Contact> contacts = ContactStore(*replica).list().value;
    if (contacts.isEmpty()) {
        std::fprintf(stderr, "the replica holds no contact\n");
        return 1;
    }
    const int creates = arguments.at(2).toInt();
    InteractionStore store(*replica);
    for (int i = 0; i < creates; ++i) {
        const Contact &contact = contacts.at(i % contacts.size());
        InteractionDraft draft;
        draft.lead = contact.lead;
        draft.contact = contact.id;
        draft.type = InteractionType::Visit;
        draft.details = QStringLiteral("%1 new %2").arg(tag).arg(i);
        const StoreResult<Interaction> made = store.create(draft);
        if (!made.ok()) {
            std::fprintf(stderr, "create: %s\n", qPrintable(made.failure));
            return 1;
        }
    }
    return edit(*replica, tag, arguments.at(4).toLongLong(), arguments.at(3).toInt()) ? 0 : 1;
}

int check(const QStringList &arguments)
{
    if (arguments.size() < 4)
        return 2;
    const std::unique_ptr<Database> server = opened(arguments.at(0));
    if (!server)
        return 1;
    const int creates = arguments.at(1).toInt();
    const int edits = arguments.at(2).toInt();
    const QMap<ReplicaRecordKey, QJsonObject> onServer = replicaContentOf(*server);
    int failures = 0;
    for (int i = 3; i < arguments.size(); ++i) {
        const std::unique_ptr<Database> replica = opened(arguments.at(i));
        if (!replica)
            return 1;
        const QString difference = replicaContentDifference(onServer, replicaContentOf(*replica));
        if (!difference.isEmpty()) {
            std::fprintf(stderr, "%s differs from the server: %s\n", qPrintable(arguments.at(i)),
                         qPrintable(difference));
            ++failures;
        }
    }
    // Nothing lost: each replica's tagged writes, counted on the server.
    QHash<QString, int> tagged;
    for (const QJsonObject &record : onServer) {
        const QStringList words = record.value(QLatin1String("details")).toString().split(' ');
        if (words.size() == 3)
            ++tagged[words.at(0) + QLatin1Char(' ') + words.at(1)];
    }
    for (int r = 1; r <= arguments.size() - 3; ++r) {
        const int made = tagged.value(QStringLiteral("r%1 new").arg(r));
        const int edited = tagged.value(QStringLiteral("r%1 edit").arg(r));
        if (made != creates || edited != edits) {
            std::fprintf(stderr, "replica r%d: %d of %d new, %d of %d edits on the server\n", r,
                         made, creates, edited, edits);
            ++failures;
        }
    }
    std::printf("%lld replicas: %s\n", qint64(arguments.size() - 3),
                failures ? "NOT in step" : "each equal to the server, no change lost");
    return failures ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    int status = 2;
    if (command == QLatin1String("round"))
        status = round(arguments);
    else if (command == QLatin1String("change"))
        status = change(arguments);
    else if (command == QLatin1String("check"))
        status = check(arguments);
    if (status == 2)
        std::fprintf(stderr, "usage: see the first lines of benchmarks/bench_replicasync.cpp\n");
    return status;
}
