// For tests/crash-test: writes through InteractionStore until it is killed, and tells on stdout,
// flushed after each commit, what it wrote, so that the script can check that every write it
// was told of survived the kill:
//   crashwriter DATABASE RUN
// DATABASE is what `touchpoint --database` takes, a file's path or a postgresql:// URI
// (Database::open reads either).
// prints "P <id> <details>" before a change of an existing interaction (it may or may not land
// if the kill comes now) and "A <id> <details>" once the store acknowledged a write.
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void tell(char what, qint64 id, const QString &details)
{
    std::printf("%c %lld %s\n", what, static_cast<long long>(id), qPrintable(details));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashwriter DATABASE RUN\n");
        return 2;
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    const QString run = QString::fromLocal8Bit(argv[2]);
    LeadStore leads(database);
    ContactStore contacts(database);
    qint64 lead = 0, contact = 0;
    const QList<Contact> existing = contacts.list().value;
    if (!existing.isEmpty()) {
        lead = existing.constFirst().lead;
        contact = existing.constFirst().id;
    } else {
        LeadDraft leadDraft;
        leadDraft.name = QStringLiteral("Crash Test Cafe");
        lead = leads.create(leadDraft).value.id;
        ContactDraft contactDraft;
        contactDraft.lead = lead;
        contactDraft.name = QStringLiteral("Ravi");
        contact = contacts.create(contactDraft).value.id;
    }
    if (lead <= 0 || contact <= 0) {
        std::fprintf(stderr, "cannot make a lead and a contact\n");
        return 1;
    }

    InteractionStore store(database);
    QList<qint64> mine;
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    for (qint64 n = 0;; ++n) {
        const QString details = QStringLiteral("%1-%2").arg(run).arg(n);
        if (!mine.isEmpty() && random.bounded(3) == 0) {
            const qint64 id = mine.at(random.bounded(int(mine.size())));
            InteractionDraft change;
            change.details = details;
            tell('P', id, details);
            const StoreResult<Interaction> changed = store.update(id, change);
            if (!changed.ok()) {
                std::fprintf(stderr, "update failed: %s\n", qPrintable(changed.failure));
                return 1;
            }
            tell('A', id, details);
        } else {
            InteractionDraft draft;
            draft.lead = lead;
            draft.contact = contact;
            draft.type = InteractionType::Email;
            draft.details = details;
            const StoreResult<Interaction> made = store.create(draft);
            if (!made.ok()) {
                std::fprintf(stderr, "create failed: %s\n", qPrintable(made.failure));
                return 1;
            }
            mine << made.value.id;
            tell('A', made.value.id, details);
        }
    }
}
