#include "sampledata/datasetgenerator.h"

#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/interactiontype.h"
#include "core/leaddraft.h"
#include "core/leadstatus.h"
#include "core/orderdetailsdraft.h"
#include "sampledata/generatedrows.h"
#include "sampledata/samplewords.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <atomic>
#include <initializer_list>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace {

// A fixed window rather than "the last three years": the same seed must give the same file on
// any day it is run.
const qint64 historyStart
    = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 historyEnd
    = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
constexpr qint64 secondsPerDay = 24 * 60 * 60;

// std::mt19937_64 is specified to the bit by the standard, and picking by modulo (rather than
// std::uniform_int_distribution, whose algorithm each library chooses) keeps the sequence the
// same with every compiler. The slight modulo bias does not matter for sample data.
class Dice final
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    { }
    qint64 below(qint64 bound) { return qint64(m_engine() % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(qint64(N)))];
    }
    // The first choice whose bound a roll of a hundred is under (see Chances).
    template<typename T, std::size_t N> T roll(const std::array<std::pair<qint64, T>, N> &choices)
    {
        const qint64 rolled = below(100);
        for (const auto &[bound, choice] : choices) {
            if (rolled < bound)
                return choice;
        }
        return choices.back().second;
    }

private:
    std::mt19937_64 m_engine;
};

using namespace SampleWords;

// Empty but not null: Qt binds a null QString as SQL NULL, which the NOT NULL columns refuse.
const QString noText = QStringLiteral("");

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// The phrase with each %n replaced by values[n - 1]. QString::arg() will not do: it fills the
// lowest markers present, so a phrase that leaves out %1 gets the %1 value in its %2 ("Short
// call on Sanjay"), and it warns of every value that has no marker.
QString filledIn(const char *phrase, std::initializer_list<QString> values)
{
    const QString text = latin(phrase);
    QString result;
    result.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype n = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
        if (c == QLatin1Char('%') && n >= 1 && n <= qsizetype(values.size())) {
            result += *(values.begin() + (n - 1));
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

// The part of a name that can stand in an address: "Curry Leaf Kitchen" -> "curryleafkitchen",
// "Green Leaf Café" -> "greenleafcafe".
QString addressPart(const QString &name)
{
    QString result;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c.toLower();
    }
    return result;
}

QString phoneNumber(Dice &dice)
{
    return QStringLiteral("+91 %1%2 %3")
        .arg(dice.between(7, 9))
        .arg(dice.below(10000), 4, 10, QLatin1Char('0'))
        .arg(dice.below(100000), 5, 10, QLatin1Char('0'));
}

// What Dice::roll chooses from: each choice with the bound that a roll of a hundred must be
// under, in rising order, the last 100.
template<typename T, std::size_t N> using Chances = std::array<std::pair<qint64, T>, N>;

constexpr Chances<LeadStatus, 6> leadStatuses { {
    { 20, LeadStatus::New },
    { 45, LeadStatus::Contacted },
    { 60, LeadStatus::MeetingScheduled },
    { 75, LeadStatus::Negotiating },
    { 95, LeadStatus::Converted },
    { 100, LeadStatus::Lost },
} };

constexpr Chances<InteractionType, 4> conversationTypes { {
    { 35, InteractionType::Call },
    { 65, InteractionType::Email },
    { 80, InteractionType::Meeting },
    { 100, InteractionType::Visit },
} };

// An order is mostly logged as such, sometimes as the visit or call in which it was placed.
constexpr Chances<InteractionType, 4> orderingTypes { {
    { 70, InteractionType::Order },
    { 85, InteractionType::Visit },
    { 95, InteractionType::Call },
    { 100, InteractionType::Meeting },
} };

// The small mode's orders are placed in person or logged as orders, never on a call: among a
// few hundred rows, a call is the plain conversation that shows what an interaction without an
// order looks like.
constexpr Chances<InteractionType, 3> sampleOrderingTypes { {
    { 70, InteractionType::Order },
    { 85, InteractionType::Visit },
    { 100, InteractionType::Meeting },
} };

QString conversation(Dice &dice, InteractionType type, const QString &contactName)
{
    const QString topic = filledIn(dice.pick(topics), { latin(dice.pick(products).shortName) });
    const QString outcome = latin(dice.pick(outcomes));
    const char *phrase = nullptr;
    switch (type) {
    case InteractionType::Call:
        phrase = dice.pick(callPhrases);
        break;
    case InteractionType::Email:
        phrase = dice.pick(emailPhrases);
        break;
    case InteractionType::Meeting:
        phrase = dice.pick(meetingPhrases);
        break;
    case InteractionType::Visit:
    case InteractionType::Order:
        phrase = dice.pick(visitPhrases);
        break;
    }
    return filledIn(phrase, { contactName, topic, outcome });
}

// A lead's contact number index, drawn the same way in both modes; the first is its owner.
ContactDraft drawContact(Dice &dice, qint64 lead, qint64 index, const QString &domain,
                         QString &firstName)
{
    firstName = latin(dice.pick(firstNames));
    const QString last = latin(dice.pick(lastNames));
    ContactDraft contact;
    contact.lead = lead;
    contact.name = firstName + QLatin1Char(' ') + last;
    contact.role = latin(index == 0 ? roles[0] : roles[std::size_t(1 + dice.below(7))]);
    contact.email = dice.chance(80)
        ? firstName.toLower() + QLatin1Char('.') + last.toLower() + QLatin1Char('@') + domain
        : noText;
    contact.phone = phoneNumber(dice);
    return contact;
}

// What an interaction whose date is set was, drawn the same way in both modes: its type and
// details, and the order placed in it when ordered, logged as one of orderedAs.
template<std::size_t N>
std::optional<OrderDetailsDraft>
drawWhatHappened(Dice &dice, bool ordered, const Chances<InteractionType, N> &orderedAs,
                 const QString &firstName, InteractionDraft &interaction)
{
    interaction.orderPlaced = ordered;
    if (!ordered) {
        interaction.type = dice.roll(conversationTypes);
        interaction.details = conversation(dice, *interaction.type, firstName);
        return std::nullopt;
    }
    const Product &product = dice.pick(products);
    const qint64 quantity = dice.between(1, 60);
    qint64 cents = quantity * product.unitCents;
    if (dice.chance(30))
        cents = cents * 95 / 100; // the 5% discount of a regular, to the cent
    interaction.type = dice.roll(orderedAs);
    interaction.details = *interaction.type == InteractionType::Order
        ? filledIn(dice.pick(orderPhrases),
                   { firstName, QString::number(quantity), latin(product.name) })
        : conversation(dice, *interaction.type, firstName);
    OrderDetailsDraft order;
    order.productDetails = latin(product.name);
    order.quantity = quantity;
    order.totalPrice = Money::fromCents(cents);
    // Now and then the order is booked for the next day.
    order.orderDate = interaction.date->addSecs(dice.chance(20) ? secondsPerDay : 0);
    return order;
}

// The small mode's leads: the named ones in turn, then again with a number.
QString sampleLeadName(qint64 index)
{
    const qint64 named = qint64(sampleLeadNames.size());
    QString name = QString::fromUtf8(sampleLeadNames[std::size_t(index % named)]);
    if (index >= named)
        name += QStringLiteral(" %1").arg(index / named + 1);
    return name;
}

// The small mode's statuses in turn rather than at random, so that a few leads already show
// each kind of story; a single lead is a customer.
const std::array<LeadStatus, 8> statusTurns {
    LeadStatus::Converted, LeadStatus::Negotiating, LeadStatus::Contacted,
    LeadStatus::Lost,      LeadStatus::Converted,   LeadStatus::MeetingScheduled,
    LeadStatus::New,       LeadStatus::Converted,
};

// What a lead's status says about its history: how much of it there is (a share of the
// interactions), over which part of the days before until (fractions, 1 the earliest), and
// until when it ordered. A new lead has none yet; a lead still being won has recent
// conversations and no orders; a customer orders all along, its latest interaction an order; a
// lost lead stopped ordering long before its last conversation, which says it was lost, and
// nothing came after.
struct Story
{
    int weight = 0;
    double from = 1.0;
    double to = 0.0;
    std::optional<double> ordersUntil; // no orders after this fraction; none when empty
};

Story storyOf(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return { 0, 0.0, 0.0, std::nullopt };
    case LeadStatus::Contacted:
        return { 1, 0.15, 0.0, std::nullopt };
    case LeadStatus::MeetingScheduled:
        return { 2, 0.25, 0.0, std::nullopt };
    case LeadStatus::Negotiating:
        return { 3, 0.5, 0.0, std::nullopt };
    case LeadStatus::Converted:
        return { 8, 1.0, 0.0, 0.0 };
    case LeadStatus::Lost:
        return { 3, 1.0, 0.4, 0.7 };
    }
    return {};
}

struct GeneratedContact
{
    qint64 id;
    QString firstName;
};

struct GeneratedLead
{
    qint64 id;
    std::vector<GeneratedContact> contacts;
};

// Writes the lead and its contacts, drawn the same way in both modes.
StoreResult<GeneratedLead> addWithContacts(GeneratedRows &rows, Dice &dice, const LeadDraft &lead,
                                           qint64 contacts, const QString &domain)
{
    const StoreResult<qint64> leadId = rows.addLead(lead);
    if (!leadId.ok())
        return StoreResult<GeneratedLead>::from(leadId);
    GeneratedLead generated { leadId.value, {} };
    for (qint64 c = 0; c < contacts; ++c) {
        QString firstName;
        const StoreResult<qint64> contactId
            = rows.addContact(drawContact(dice, generated.id, c, domain, firstName));
        if (!contactId.ok())
            return StoreResult<GeneratedLead>::from(contactId);
        generated.contacts.push_back({ contactId.value, firstName });
    }
    return StoreResult<GeneratedLead>::success(std::move(generated));
}

constexpr int generationCacheKiB = 256 * 1024;

// Sets the connection's page cache for a while, and puts the old size back.
class CacheSize final
{
    Q_DISABLE_COPY_MOVE(CacheSize)

public:
    CacheSize(const QSqlDatabase &db, int kibibytes)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kibibytes));
    }
    ~CacheSize()
    {
        if (m_previous)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }

private:
    QSqlDatabase m_db;
    std::optional<int> m_previous;
};

} // namespace

QStringList DatasetGenerator::checkParameters(const Parameters &parameters)
{
    QStringList problems;
    if (parameters.leads < 1 || parameters.leads > maxLeads)
        problems << tr("--leads must be between 1 and %1.").arg(maxLeads);
    if (parameters.contactsPerLead < 1 || parameters.contactsPerLead > maxContactsPerLead)
        problems << tr("--contacts-per-lead must be between 1 and %1.").arg(maxContactsPerLead);
    else if (parameters.leads >= 1 && parameters.leads <= maxLeads
             && parameters.leads * parameters.contactsPerLead > maxContacts)
        problems << tr("--leads times --contacts-per-lead must be at most %1.").arg(maxContacts);
    if (parameters.interactions < 0 || parameters.interactions > maxInteractions)
        problems << tr("--interactions must be between 0 and %1.").arg(maxInteractions);
    return problems;
}

QString DatasetGenerator::refusalFor(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists() || (file.isFile() && file.size() == 0))
        return {};
    if (!file.isFile())
        return tr("%1 is not a file.").arg(path);

    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("touchpoint-generate-look-%1").arg(++counter);
    QString refusal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        // A file that cannot be read as SQLite is left to Database::open, which refuses it
        // untouched with its own message.
        if (db.open()) {
            QSqlQuery query(db);
            QList<qint64> counts;
            for (const char *table : { "leads", "contacts", "interactions" }) {
                qint64 rows = 0;
                query.prepare(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
                query.addBindValue(latin(table));
                if (query.exec() && query.next() && query.value(0).toInt() > 0
                    && query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(latin(table)))
                    && query.next())
                    rows = query.value(0).toLongLong();
                counts << rows;
            }
            if (counts[0] + counts[1] + counts[2] > 0)
                refusal = tr("%1 already holds data (%2 leads, %3 contacts, %4 interactions). "
                             "generate fills only a new or empty database; the file was left "
                             "untouched.")
                              .arg(path)
                              .arg(counts[0])
                              .arg(counts[1])
                              .arg(counts[2]);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return refusal;
}

StoreResult<DatasetGenerator::Summary> DatasetGenerator::generateFile(const QString &path,
                                                                      const Parameters &parameters,
                                                                      const Progress &progress)
{
    if (const QStringList problems = checkParameters(parameters); !problems.isEmpty())
        return StoreResult<Summary>::failed(problems.join(QLatin1Char('\n')));
    if (const QString refusal = refusalFor(path); !refusal.isEmpty())
        return StoreResult<Summary>::failed(refusal);
    Database database;
    if (!database.open(path))
        return StoreResult<Summary>::failed(database.errorMessage());
    return DatasetGenerator(database).generate(parameters, progress);
}

StoreResult<DatasetGenerator::Summary> DatasetGenerator::generate(const Parameters &parameters,
                                                                  const Progress &progress)
{
    if (const QStringList problems = checkParameters(parameters); !problems.isEmpty())
        return StoreResult<Summary>::failed(problems.join(QLatin1Char('\n')));
    const auto report = [&progress](const QString &what, qint64 done, qint64 total) {
        if (progress)
            progress(what, done, total);
    };
    const QString refusal = tr("%1 already holds data; generate fills only a new or "
                               "empty database.")
                                .arg(m_database.path());
    return writeAll(refusal, [&](GeneratedRows &rows) -> QString {
        Dice dice(parameters.seed);
        std::vector<GeneratedLead> leads;
        leads.reserve(std::size_t(parameters.leads));

        const QString leadsWhat = tr("leads and contacts");
        for (qint64 n = 0; n < parameters.leads; ++n) {
            const City &city = dice.pick(cities);
            const QString brand
                = latin(dice.pick(nameFirsts)) + QLatin1Char(' ') + latin(dice.pick(nameSeconds));
            const QString area = latin(dice.pick(city.areas));
            const QString domain = addressPart(brand) + QStringLiteral(".in");
            LeadDraft lead;
            lead.name = dice.chance(60) ? brand + QStringLiteral(", ") + area : brand;
            lead.status = dice.roll(leadStatuses);
            lead.city = latin(city.name);
            lead.phone = phoneNumber(dice);
            lead.email
                = (dice.chance(50) ? QStringLiteral("hello@") : QStringLiteral("orders@")) + domain;
            lead.notes = dice.chance(40) ? latin(dice.pick(leadNotes)) : noText;
            StoreResult<GeneratedLead> generated
                = addWithContacts(rows, dice, lead, parameters.contactsPerLead, domain);
            if (!generated.ok())
                return generated.failure;
            leads.push_back(std::move(generated.value));
            if ((n + 1) % 1000 == 0 || n + 1 == parameters.leads)
                report(leadsWhat, n + 1, parameters.leads);
        }

        const QString interactionsWhat = tr("interactions");
        const qint64 span = historyEnd - historyStart;
        const qint64 total = parameters.interactions;
        for (qint64 n = 0; n < total; ++n) {
            // Logged roughly in the order they happened: the date moves steadily through the
            // three years, give or take three days, so that id order and date order differ a
            // little.
            qint64 when = historyStart + span * n / total
                + dice.between(-3 * secondsPerDay, 3 * secondsPerDay);
            when = qBound(historyStart, when, historyEnd - 1);
            const GeneratedLead &lead = leads[std::size_t(dice.below(qint64(leads.size())))];
            const GeneratedContact &contact
                = lead.contacts[std::size_t(dice.below(qint64(lead.contacts.size())))];
            const bool ordered = dice.below(10) == 0;

            InteractionDraft interaction;
            interaction.lead = lead.id;
            interaction.contact = contact.id;
            interaction.date = QDateTime::fromSecsSinceEpoch(when, QTimeZone::utc());
            const std::optional<OrderDetailsDraft> order
                = drawWhatHappened(dice, ordered, orderingTypes, contact.firstName, interaction);
            if (const QString failure = rows.addInteraction(interaction, order); !failure.isEmpty())
                return failure;
            if ((n + 1) % 50000 == 0 || n + 1 == total)
                report(interactionsWhat, n + 1, total);
        }
        return {};
    });
}

StoreResult<DatasetGenerator::Summary>
DatasetGenerator::generateSample(const SampleParameters &parameters)
{
    const QDateTime until
        = parameters.until.isValid() ? parameters.until : QDateTime::currentDateTimeUtc();
    const qint64 latest = until.toSecsSinceEpoch();
    const qint64 spanDays = qMax(1, parameters.days);
    const QString refusal = tr("The database already holds leads or interactions; sample data "
                               "goes only into an empty one.");
    return writeAll(refusal, [&](GeneratedRows &rows) -> QString {
        Dice dice(parameters.seed);
        std::vector<GeneratedLead> leads;
        std::vector<LeadStatus> statuses;
        for (int l = 0; l < parameters.leads; ++l) {
            const QString name = sampleLeadName(l);
            const QString domain = addressPart(name) + QStringLiteral(".in");
            LeadDraft lead;
            lead.name = name;
            lead.status = statusTurns[std::size_t(l) % statusTurns.size()];
            lead.city = latin(dice.pick(cities).name);
            lead.phone = phoneNumber(dice);
            lead.email = QStringLiteral("orders@") + domain;
            lead.notes = latin(dice.pick(leadNotes));
            StoreResult<GeneratedLead> generated
                = addWithContacts(rows, dice, lead, parameters.contactsPerLead, domain);
            if (!generated.ok())
                return generated.failure;
            leads.push_back(std::move(generated.value));
            statuses.push_back(*lead.status);
        }
        if (rows.taken().contacts == 0 && parameters.interactions > 0)
            return QStringLiteral("Sample interactions need at least one contact.");

        // Each lead's share of the interactions by its story's weight; what rounding leaves goes
        // to the first leads that have a history.
        const std::size_t count = leads.size();
        std::vector<qint64> shares(count, 0);
        int totalWeight = 0;
        for (std::size_t l = 0; l < count; ++l) {
            if (!leads[l].contacts.empty())
                totalWeight += storyOf(statuses[l]).weight;
        }
        if (totalWeight == 0 && parameters.interactions > 0)
            return QStringLiteral("Sample interactions need a lead that is not new.");
        qint64 given = 0;
        for (std::size_t l = 0; l < count; ++l) {
            if (leads[l].contacts.empty())
                continue;
            shares[l] = parameters.interactions * storyOf(statuses[l]).weight / totalWeight;
            given += shares[l];
        }
        for (std::size_t l = 0; given < parameters.interactions; l = (l + 1) % count) {
            if (!leads[l].contacts.empty() && storyOf(statuses[l]).weight > 0) {
                ++shares[l];
                ++given;
            }
        }

        // A time on a day `daysAgo` before until, in working hours (09:00 to 19:00 in India,
        // UTC+5:30). Today's hours end at until, so that nothing lies in the future and no row
        // is pinned to until itself; before today's opening hour, yesterday's hours are taken.
        const auto timeOn = [&](qint64 daysAgo) {
            const qint64 day = latest - daysAgo * secondsPerDay;
            qint64 dayStart = day - (day + 19800) % secondsPerDay;
            if (dayStart + 9 * 3600 >= latest)
                dayStart -= secondsPerDay;
            const qint64 opens = dayStart + 9 * 3600;
            const qint64 closes = qMin(dayStart + 19 * 3600, latest);
            return opens + dice.below(closes - opens);
        };
        struct Planned
        {
            InteractionDraft interaction;
            std::optional<OrderDetailsDraft> order;
        };
        std::vector<Planned> planned;
        planned.reserve(std::size_t(parameters.interactions));
        for (std::size_t l = 0; l < count; ++l) {
            const Story story = storyOf(statuses[l]);
            const qint64 firstDay = qint64(story.from * double(spanDays - 1));
            const qint64 lastDay = qint64(story.to * double(spanDays - 1));
            for (qint64 n = 0; n < shares[l]; ++n) {
                const GeneratedLead &lead = leads[l];
                const GeneratedContact &contact
                    = lead.contacts[std::size_t(dice.below(qint64(lead.contacts.size())))];
                // The story's last word: a lost lead's goodbye, a customer's latest order.
                const bool last = n == shares[l] - 1;
                const bool lostNow = last && statuses[l] == LeadStatus::Lost;
                const bool orderNow = last && statuses[l] == LeadStatus::Converted;
                const qint64 daysAgo
                    = lostNow || orderNow ? lastDay : dice.between(lastDay, firstDay);
                Planned plan;
                plan.interaction.lead = lead.id;
                plan.interaction.contact = contact.id;
                plan.interaction.date
                    = QDateTime::fromSecsSinceEpoch(timeOn(daysAgo), QTimeZone::utc());
                if (lostNow) {
                    plan.interaction.type = InteractionType::Call;
                    plan.interaction.details = filledIn(lostPhrase, { contact.firstName });
                    plan.interaction.orderPlaced = false;
                } else {
                    const bool mayOrder = story.ordersUntil
                        && double(daysAgo) >= *story.ordersUntil * double(spanDays - 1);
                    const bool ordered = orderNow || (mayOrder && dice.chance(25));
                    plan.order = drawWhatHappened(dice, ordered, sampleOrderingTypes,
                                                  contact.firstName, plan.interaction);
                }
                planned.push_back(std::move(plan));
            }
        }
        // Written in the order they happened, as a person would have logged them.
        std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
            return *a.interaction.date < *b.interaction.date;
        });
        for (const Planned &plan : planned) {
            if (const QString failure = rows.addInteraction(plan.interaction, plan.order);
                !failure.isEmpty())
                return failure;
        }
        return {};
    });
}

StoreResult<DatasetGenerator::Summary>
DatasetGenerator::writeAll(const QString &refusal,
                           const std::function<QString(GeneratedRows &)> &write)
{
    using Result = StoreResult<Summary>;
    const QSqlDatabase db = m_database.connection();
    // A million rows go into five indexes in random order of lead and contact: with SQLite's
    // default page cache most inserts would wait for a page to be read back. The larger cache
    // is this connection's only while generating.
    CacheSize largerCache(db, generationCacheKiB);
    SqlTransaction transaction(m_database);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    {
        // Checked inside the write lock: generated rows never mix with a person's own, and
        // another process may have written since the caller looked.
        QSqlQuery empty(db);
        if (!empty.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM leads) OR EXISTS (SELECT 1 FROM contacts)"
                " OR EXISTS (SELECT 1 FROM interactions)"))
            || !empty.next())
            return Result::failed(empty.lastError().text());
        if (empty.value(0).toInt() != 0)
            return Result::failed(refusal);
        // Generated rows have no history, so a replica would never send them: they would stay
        // on this file alone, unlike every other record of the team's.
        QSqlQuery replica(db);
        if (!replica.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM replica_of)"))
            || !replica.next())
            return Result::failed(replica.lastError().text());
        if (replica.value(0).toInt() != 0)
            return Result::failed(tr("This file is a replica of a team server: its records come "
                                     "from the server, and generated ones would stay here "
                                     "alone."));
    }
    GeneratedRows rows(db);
    if (const QString failure = write(rows); !failure.isEmpty())
        return Result::failed(failure);
    if (const QString failure = rows.finish(); !failure.isEmpty())
        return Result::failed(failure);
    if (!transaction.commit())
        return Result::failed(transaction.errorMessage());
    m_database.announce(Database::Change::Leads | Database::Change::Contacts
                        | Database::Change::Interactions | Database::Change::OrderDetails);
    return Result::success(rows.taken());
}
