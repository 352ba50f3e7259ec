#include "sampledata/sampledata.h"

#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/interactiontype.h"
#include "core/leaddraft.h"
#include "core/leadstatus.h"
#include "core/orderdetailsdraft.h"
#include "core/rules.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/sqlreferencelookup.h"
#include "storage/sqltransaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

// Sample text is data, not interface: it stays as it is in every language.
const QStringList leadNames {
    QStringLiteral("Spice Route Kitchen"), QStringLiteral("Masala Junction"),
    QStringLiteral("The Tandoor House"),   QStringLiteral("Coastal Curry Co."),
    QStringLiteral("Saffron Lounge"),      QStringLiteral("Chai & Chaat Corner"),
    QStringLiteral("Biryani Blues"),       QStringLiteral("Green Leaf Café"),
    QStringLiteral("Dosa Plaza"),          QStringLiteral("Royal Thali"),
    QStringLiteral("Urban Dhaba"),         QStringLiteral("The Mango Tree"),
    QStringLiteral("Kebab Factory"),       QStringLiteral("Little Italy Pune"),
    QStringLiteral("Bombay Brasserie"),    QStringLiteral("Monsoon Bistro"),
};
const QStringList cities { QStringLiteral("Mumbai"),    QStringLiteral("Bengaluru"),
                           QStringLiteral("Delhi"),     QStringLiteral("Pune"),
                           QStringLiteral("Hyderabad"), QStringLiteral("Chennai"),
                           QStringLiteral("Kolkata"),   QStringLiteral("Jaipur") };
const QStringList firstNames { QStringLiteral("Priya"), QStringLiteral("Rahul"),
                               QStringLiteral("Anita"), QStringLiteral("Vikram"),
                               QStringLiteral("Meera"), QStringLiteral("Arjun"),
                               QStringLiteral("Kavya"), QStringLiteral("Rohan"),
                               QStringLiteral("Sneha"), QStringLiteral("Aditya"),
                               QStringLiteral("Farah"), QStringLiteral("Joseph") };
const QStringList lastNames { QStringLiteral("Sharma"), QStringLiteral("Iyer"),
                              QStringLiteral("Patel"),  QStringLiteral("Reddy"),
                              QStringLiteral("Khan"),   QStringLiteral("Das"),
                              QStringLiteral("Menon"),  QStringLiteral("Gupta"),
                              QStringLiteral("D'Souza") };
const QStringList roles { QStringLiteral("Owner"), QStringLiteral("Head Chef"),
                          QStringLiteral("Purchase Manager"), QStringLiteral("Restaurant Manager"),
                          QStringLiteral("Accountant") };
struct Product
{
    QString name;
    qint64 unitCents;
};
const QList<Product> products {
    { QStringLiteral("Basmati rice, 25 kg bags"), 245000 },
    { QStringLiteral("Sunflower oil, 15 L tins"), 198000 },
    { QStringLiteral("Paneer, 1 kg blocks"), 38000 },
    { QStringLiteral("Garam masala, 500 g packs"), 21000 },
    { QStringLiteral("Toor dal, 30 kg sacks"), 362000 },
    { QStringLiteral("Disposable containers, box of 500"), 145000 },
    { QStringLiteral("Mozzarella, 2 kg blocks"), 92000 },
    { QStringLiteral("Darjeeling tea, 1 kg"), 120000 },
};
const QStringList callNotes {
    QStringLiteral("Called about next week's delivery slot."),
    QStringLiteral("Follow-up call on the price list; wants a volume discount."),
    QStringLiteral("Quick call: stock running low on rice."),
    QStringLiteral("Discussed payment terms for the last invoice."),
    QStringLiteral("No answer; left a voicemail."),
};
const QStringList emailNotes {
    QStringLiteral("Sent the updated catalogue and festive offers."),
    QStringLiteral("Emailed the quotation for the new menu items."),
    QStringLiteral("Shared delivery schedule for the month."),
    QStringLiteral("Replied to a question about organic options."),
};
const QStringList meetingNotes {
    QStringLiteral("Menu planning meeting with the kitchen team."),
    QStringLiteral("Quarterly review: happy with quality, asked about faster delivery."),
    QStringLiteral("Tasting session for the new spice blends."),
    QStringLiteral("Negotiated an annual supply contract."),
};
const QStringList visitNotes {
    QStringLiteral("Visited the outlet; checked storage and hygiene."),
    QStringLiteral("Dropped off samples of the new oil."),
    QStringLiteral("Store visit during lunch rush; manager busy, will call back."),
    QStringLiteral("Visited the new branch opening."),
};

QString slug(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
    }
    return result;
}

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

// Statuses in turn rather than at random, so that a few leads already show each kind of story;
// a single lead is a customer.
const QList<LeadStatus> statusTurns {
    LeadStatus::Converted, LeadStatus::Negotiating, LeadStatus::Contacted,
    LeadStatus::Lost,      LeadStatus::Converted,   LeadStatus::MeetingScheduled,
    LeadStatus::New,       LeadStatus::Converted,
};

// What a lead's status says about its history: how much of it there is (a share of the
// interactions), over which part of the days before until (fractions, 1 the earliest), and
// until when it ordered. A new lead has none yet; a lead still being won has recent
// conversations and no orders; a customer orders all along; a lost lead stopped ordering long
// before its last conversation, which says it was lost, and nothing came after.
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

const QString lostNote
    = QStringLiteral("Told us they have moved to another supplier; no further orders for now.");

struct Person
{
    qint64 lead;
    qint64 contact;
};

struct PlannedInteraction
{
    InteractionDraft interaction;
    std::optional<OrderDetailsDraft> order;
};

QString brokenRules(const char *what, const ValidationErrors &errors)
{
    return QStringLiteral("sample %1 broke the rules (%2)")
        .arg(QString::fromLatin1(what), errors.englishSummary());
}

} // namespace

StoreResult<SampleData::Counts> SampleData::fill(Database &database, const Options &options)
{
    using Result = StoreResult<Counts>;
    QRandomGenerator random(options.seed);
    const QDateTime until
        = options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc();
    const qint64 latest = until.toSecsSinceEpoch();
    const qint64 spanDays = qMax(1, options.days);

    const QSqlDatabase db = database.connection();
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    {
        // Inside the write lock: sample rows never mix with a person's own.
        QSqlQuery empty(db);
        if (!empty.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads)"
                                       " OR EXISTS (SELECT 1 FROM interactions)"))
            || !empty.next())
            return Result::failed(empty.lastError().text());
        if (empty.value(0).toInt() != 0)
            return Result::failed(tr("The database already holds leads or interactions; sample "
                                     "data goes only into an empty one."));
    }
    PreparedQueries queries(database);
    const SqlReferenceLookup references(queries);

    Counts counts;
    QSqlQuery leadInsert(db);
    leadInsert.prepare(QStringLiteral("INSERT INTO leads (name, status, city, phone, email, notes)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery contactInsert(db);
    contactInsert.prepare(QStringLiteral("INSERT INTO contacts (lead_id, name, role, email, phone)"
                                         " VALUES (?, ?, ?, ?, ?)"));
    QList<LeadStatus> statuses;
    QList<QList<Person>> peopleOfLead;
    qint64 contacts = 0;
    for (int l = 0; l < options.leads; ++l) {
        LeadDraft lead;
        QString name = leadNames.at(l % leadNames.size());
        if (l >= leadNames.size())
            name += QStringLiteral(" %1").arg(l / leadNames.size() + 1);
        lead.name = name;
        lead.city = pick(random, cities);
        lead.status = statusTurns.at(l % statusTurns.size());
        lead.phone = QStringLiteral("+91 22 %1").arg(random.bounded(20000000, 99999999));
        lead.email = QStringLiteral("orders@%1.example").arg(slug(name));
        lead.notes = QStringLiteral("Lunch and dinner, about %1 covers a day.")
                         .arg(random.bounded(80, 600));
        if (const ValidationErrors errors = Rules::checkLead(lead); !errors.isEmpty())
            return Result::failed(brokenRules("lead", errors));
        leadInsert.bindValue(0, *lead.name);
        leadInsert.bindValue(1, LeadStatuses::code(*lead.status));
        leadInsert.bindValue(2, *lead.city);
        leadInsert.bindValue(3, *lead.phone);
        leadInsert.bindValue(4, *lead.email);
        leadInsert.bindValue(5, *lead.notes);
        if (!leadInsert.exec())
            return Result::failed(leadInsert.lastError().text());
        const qint64 leadId = leadInsert.lastInsertId().toLongLong();
        statuses.append(*lead.status);
        ++counts.leads;
        QList<Person> people;
        for (int c = 0; c < options.contactsPerLead; ++c) {
            const QString first = pick(random, firstNames);
            const QString last = pick(random, lastNames);
            ContactDraft contact;
            contact.lead = leadId;
            contact.name = first + QLatin1Char(' ') + last;
            contact.role = roles.at(c % roles.size());
            contact.email
                = QStringLiteral("%1.%2@%3.example").arg(slug(first), slug(last), slug(name));
            contact.phone = QStringLiteral("+91 98%1").arg(random.bounded(10000000, 99999999));
            if (const ValidationErrors errors = Rules::checkContact(contact, references);
                !errors.isEmpty())
                return Result::failed(brokenRules("contact", errors));
            contactInsert.bindValue(0, leadId);
            contactInsert.bindValue(1, *contact.name);
            contactInsert.bindValue(2, *contact.role);
            contactInsert.bindValue(3, *contact.email);
            contactInsert.bindValue(4, *contact.phone);
            if (!contactInsert.exec())
                return Result::failed(contactInsert.lastError().text());
            people.append({ leadId, contactInsert.lastInsertId().toLongLong() });
            ++counts.contacts;
            ++contacts;
        }
        peopleOfLead.append(people);
    }
    if (contacts == 0 && options.interactions > 0)
        return Result::failed(QStringLiteral("Sample interactions need at least one contact."));

    // Each lead's share of the interactions by its story's weight; what rounding leaves goes to
    // the first leads that have a history.
    QList<qint64> shares(statuses.size(), 0);
    int totalWeight = 0;
    for (qsizetype l = 0; l < statuses.size(); ++l) {
        if (!peopleOfLead.at(l).isEmpty())
            totalWeight += storyOf(statuses.at(l)).weight;
    }
    if (totalWeight == 0 && options.interactions > 0)
        return Result::failed(QStringLiteral("Sample interactions need a lead that is not new."));
    qint64 given = 0;
    for (qsizetype l = 0; l < statuses.size(); ++l) {
        if (peopleOfLead.at(l).isEmpty())
            continue;
        shares[l] = options.interactions * storyOf(statuses.at(l)).weight / totalWeight;
        given += shares.at(l);
    }
    for (qsizetype l = 0; given < options.interactions; l = (l + 1) % statuses.size()) {
        if (!peopleOfLead.at(l).isEmpty() && storyOf(statuses.at(l)).weight > 0) {
            ++shares[l];
            ++given;
        }
    }

    // A time on a day `daysAgo` before until, in working hours (09:00 to 19:00 in India, UTC+5:30).
    const auto timeOn = [&](qint64 daysAgo) {
        const qint64 day = latest - daysAgo * 86400;
        const qint64 dayStart = day - (day + 19800) % 86400;
        return qMin(dayStart + 9 * 3600 + qint64(random.bounded(10u * 3600u)), latest);
    };
    QList<PlannedInteraction> planned;
    planned.reserve(qsizetype(options.interactions));
    for (qsizetype l = 0; l < statuses.size(); ++l) {
        const Story story = storyOf(statuses.at(l));
        const qint64 firstDay = qint64(story.from * double(spanDays - 1));
        const qint64 lastDay = qint64(story.to * double(spanDays - 1));
        for (qint64 n = 0; n < shares.at(l); ++n) {
            const Person &who = pick(random, peopleOfLead.at(l));
            PlannedInteraction plan;
            plan.interaction.lead = who.lead;
            plan.interaction.contact = who.contact;
            const bool lostNoteNow = statuses.at(l) == LeadStatus::Lost && n == shares.at(l) - 1;
            const qint64 daysAgo = lostNoteNow
                ? lastDay
                : lastDay + qint64(random.bounded(quint32(firstDay - lastDay + 1)));
            const qint64 when = timeOn(daysAgo);
            plan.interaction.date = QDateTime::fromSecsSinceEpoch(when, QTimeZone::utc());
            const bool mayOrder = story.ordersUntil
                && double(daysAgo) >= *story.ordersUntil * double(spanDays - 1) && !lostNoteNow;
            const quint32 roll = random.bounded(100u);
            InteractionType type = roll < 35 ? InteractionType::Call
                : roll < 55                  ? InteractionType::Email
                : roll < 70                  ? InteractionType::Meeting
                : roll < 85 || !mayOrder     ? InteractionType::Visit
                                             : InteractionType::Order;
            if (lostNoteNow)
                type = InteractionType::Call;
            const bool ordered = mayOrder
                && (type == InteractionType::Order
                    || ((type == InteractionType::Meeting || type == InteractionType::Visit)
                        && random.bounded(100u) < 20));
            const Product &product = pick(random, products);
            const qint64 quantity = random.bounded(1, 40);
            switch (type) {
            case InteractionType::Call:
                plan.interaction.details = lostNoteNow ? lostNote : pick(random, callNotes);
                break;
            case InteractionType::Email:
                plan.interaction.details = pick(random, emailNotes);
                break;
            case InteractionType::Meeting:
                plan.interaction.details = pick(random, meetingNotes);
                break;
            case InteractionType::Visit:
                plan.interaction.details = pick(random, visitNotes);
                break;
            case InteractionType::Order:
                plan.interaction.details
                    = QStringLiteral("Order: %1 × %2.").arg(quantity).arg(product.name);
                break;
            }
            plan.interaction.type = type;
            plan.interaction.orderPlaced = ordered;
            if (ordered) {
                OrderDetailsDraft order;
                order.productDetails = product.name;
                order.quantity = quantity;
                order.totalPrice = Money::fromCents(quantity * product.unitCents);
                order.orderDate = plan.interaction.date;
                plan.order = order;
            }
            planned.append(plan);
        }
    }
    // Written in the order they happened, as a person would have logged them.
    std::stable_sort(planned.begin(), planned.end(),
                     [](const PlannedInteraction &a, const PlannedInteraction &b) {
                         return *a.interaction.date < *b.interaction.date;
                     });

    QSqlQuery interactionInsert(db);
    interactionInsert.prepare(
        QStringLiteral("INSERT INTO interactions (lead_id, contact_id, interaction_type, details,"
                       " order_placed, occurred_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery orderInsert(db);
    orderInsert.prepare(QStringLiteral("INSERT INTO order_details (interaction_id, product_details,"
                                       " quantity, total_price_cents, order_date)"
                                       " VALUES (?, ?, ?, ?, ?)"));
    for (const PlannedInteraction &plan : std::as_const(planned)) {
        const InteractionDraft &interaction = plan.interaction;
        if (const ValidationErrors errors = Rules::checkInteraction(interaction, references);
            !errors.isEmpty())
            return Result::failed(brokenRules("interaction", errors));
        interactionInsert.bindValue(0, *interaction.lead);
        interactionInsert.bindValue(1, *interaction.contact);
        interactionInsert.bindValue(2, InteractionTypes::code(*interaction.type));
        interactionInsert.bindValue(3, *interaction.details);
        interactionInsert.bindValue(4, *interaction.orderPlaced ? 1 : 0);
        interactionInsert.bindValue(5, interaction.date->toSecsSinceEpoch());
        if (!interactionInsert.exec())
            return Result::failed(interactionInsert.lastError().text());
        ++counts.interactions;
        if (!plan.order)
            continue;
        if (const ValidationErrors errors = Rules::checkOrderDetails(*plan.order);
            !errors.isEmpty())
            return Result::failed(brokenRules("order", errors));
        orderInsert.bindValue(0, interactionInsert.lastInsertId());
        orderInsert.bindValue(1, *plan.order->productDetails);
        orderInsert.bindValue(2, *plan.order->quantity);
        orderInsert.bindValue(3, plan.order->totalPrice->cents());
        orderInsert.bindValue(4, plan.order->orderDate->toSecsSinceEpoch());
        if (!orderInsert.exec())
            return Result::failed(orderInsert.lastError().text());
        ++counts.orders;
    }
    if (!transaction.commit())
        return Result::failed(transaction.errorMessage());
    database.announce(Database::Change::Leads | Database::Change::Contacts
                      | Database::Change::Interactions | Database::Change::OrderDetails);
    return Result::success(counts);
}
