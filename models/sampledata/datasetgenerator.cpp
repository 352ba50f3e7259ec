#include "sampledata/datasetgenerator.h"

#include "core/interactiontype.h"
#include "core/leadstatus.h"
#include "core/referencelookup.h"
#include "core/rules.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <array>
#include <atomic>
#include <initializer_list>
#include <optional>
#include <random>
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

private:
    std::mt19937_64 m_engine;
};

struct City
{
    const char *name;
    std::array<const char *, 4> areas;
};

const std::array<City, 8> cities { {
    { "Mumbai", { "Bandra", "Andheri", "Colaba", "Powai" } },
    { "Delhi", { "Connaught Place", "Hauz Khas", "Saket", "Karol Bagh" } },
    { "Bengaluru", { "Indiranagar", "Koramangala", "Jayanagar", "Whitefield" } },
    { "Chennai", { "T. Nagar", "Adyar", "Mylapore", "Velachery" } },
    { "Hyderabad", { "Banjara Hills", "Jubilee Hills", "Gachibowli", "Begumpet" } },
    { "Pune", { "Koregaon Park", "Baner", "Kothrud", "Viman Nagar" } },
    { "Kolkata", { "Park Street", "Salt Lake", "Ballygunge", "New Town" } },
    { "Jaipur", { "C-Scheme", "Malviya Nagar", "Vaishali Nagar", "Raja Park" } },
} };

const std::array<const char *, 25> nameFirsts {
    "Saffron",  "Spice",     "Curry Leaf",  "Tandoor",  "Masala",       "Mango Tree",   "Banyan",
    "Lotus",    "Coriander", "Cardamom",    "Tamarind", "Copper Pot",   "Green Chilli", "Blue Door",
    "Olive",    "Bamboo",    "Monsoon",     "Peacock",  "Silver Spoon", "Clay Oven",    "Jasmine",
    "Cinnamon", "Royal",     "Urban Tadka", "Coastal"
};
const std::array<const char *, 14> nameSeconds { "Kitchen",   "House",      "Cafe",   "Bistro",
                                                 "Dhaba",     "Restaurant", "Grill",  "Eatery",
                                                 "Diner",     "Canteen",    "Bhavan", "Table",
                                                 "Courtyard", "Brasserie" };
const std::array<const char *, 6> leadNotes {
    "Closed on Mondays.",       "Prefers calls after 3 pm.",
    "Pays within 30 days.",     "Part of a chain of five outlets.",
    "Vegetarian-only kitchen.", "Orders go through the purchase manager.",
};

const std::array<const char *, 30> firstNames {
    "Aarav",  "Priya",   "Rohan",  "Ananya", "Vikram", "Sneha", "Arjun",    "Kavya",
    "Rahul",  "Meera",   "Karan",  "Divya",  "Sanjay", "Pooja", "Amit",     "Neha",
    "Ravi",   "Lakshmi", "Farhan", "Zoya",   "Joseph", "Maria", "Harpreet", "Gurpreet",
    "Suresh", "Deepa",   "Manoj",  "Anjali", "Imran",  "Fatima"
};
const std::array<const char *, 20> lastNames { "Sharma",     "Iyer",      "Patel",    "Reddy",
                                               "Singh",      "Nair",      "Gupta",    "Menon",
                                               "Khan",       "Das",       "Mehta",    "Kulkarni",
                                               "Banerjee",   "Fernandes", "Joshi",    "Rao",
                                               "Chatterjee", "Pillai",    "Malhotra", "Bose" };
// The first contact of a lead is its owner; the others take the rest in turn.
const std::array<const char *, 8> roles { "Owner",           "Head Chef",      "Purchase Manager",
                                          "General Manager", "Accounts",       "Sous Chef",
                                          "Floor Manager",   "Operations Head" };

struct Product
{
    const char *name; // as written on the order
    const char *shortName; // as said in a conversation
    qint64 unitCents;
};

const std::array<Product, 20> products { {
    { "Basmati rice, 25 kg sack", "basmati rice", 245000 },
    { "Sunflower oil, 15 L tin", "sunflower oil", 189000 },
    { "Paneer, 1 kg block", "paneer", 38000 },
    { "Toor dal, 30 kg bag", "toor dal", 396000 },
    { "Ghee, 15 kg tin", "ghee", 825000 },
    { "Garam masala, 500 g pack", "garam masala", 32000 },
    { "Mozzarella, 2 kg block", "mozzarella", 98000 },
    { "Tomato puree, 3 kg can", "tomato puree", 27550 },
    { "Takeaway containers, box of 500", "takeaway containers", 210000 },
    { "Paper napkins, case of 2000", "paper napkins", 64000 },
    { "Green cardamom, 1 kg", "cardamom", 280000 },
    { "Chickpeas, 25 kg bag", "chickpeas", 237500 },
    { "Wheat flour (atta), 50 kg bag", "atta", 165000 },
    { "Cold-pressed mustard oil, 15 L tin", "mustard oil", 245000 },
    { "Coffee beans, 1 kg", "coffee beans", 95000 },
    { "Assam tea, 5 kg", "Assam tea", 210000 },
    { "Frozen peas, 10 kg", "frozen peas", 120000 },
    { "Cheddar, 2 kg block", "cheddar", 132000 },
    { "Kashmiri chilli powder, 1 kg", "chilli powder", 54000 },
    { "Dishwashing liquid, 5 L can", "dishwashing liquid", 45000 },
} };

// %1: the product spoken of; the topics that do not name one ignore it.
const std::array<const char *, 15> topics {
    "the monthly supply of %1",
    "pricing for %1",
    "a trial of %1",
    "the new menu for the festive season",
    "delivery slots before lunch service",
    "the outstanding invoice",
    "credit terms for the next quarter",
    "the annual supply contract",
    "switching from their current supplier of %1",
    "a tasting session for the chef",
    "packaging for delivery orders",
    "quality complaints about the last batch of %1",
    "a bulk discount on %1",
    "the weekend brunch menu",
    "opening a second outlet",
};
const std::array<const char *, 12> outcomes {
    "will call back next week",
    "asked for a revised quote",
    "comparing us with another supplier",
    "happy with the last delivery",
    "complained that the delivery came late",
    "needs the owner's sign-off",
    "sending samples on Monday",
    "no decision yet",
    "agreed to a trial order",
    "wants a better price",
    "follow up after Diwali",
    "asked for a copy of the GST invoice",
};
// %1 the contact's first name, %2 the topic, %3 the outcome.
const std::array<const char *, 4> callPhrases {
    "Called %1 about %2; %3.",
    "Phone call with %1 regarding %2; %3.",
    "Missed call from %1, called back about %2; %3.",
    "Short call on %2; %3.",
};
const std::array<const char *, 4> emailPhrases {
    "Emailed %1 the price list for %2; %3.",
    "Sent the revised quote on %2 to %1; %3.",
    "%1 wrote about %2; %3.",
    "Followed up by email on %2; %3.",
};
const std::array<const char *, 3> meetingPhrases {
    "Met %1 at their office to discuss %2; %3.",
    "Review meeting on %2 with %1 and the owner; %3.",
    "Video meeting with %1 about %2; %3.",
};
const std::array<const char *, 3> visitPhrases {
    "Visited the restaurant and walked the kitchen with %1; talked about %2; %3.",
    "Dropped in before lunch service to discuss %2 with %1; %3.",
    "Site visit: checked the storeroom with %1, then %2; %3.",
};
// %1 the contact's first name, %2 the quantity, %3 the product.
const std::array<const char *, 3> orderPhrases {
    "Order placed by %1: %2 x %3.",
    "Repeat order from %1 for %3, %2 units.",
    "%1 confirmed an order of %2 x %3 after the tasting.",
};

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

// The part of a name that can stand in an address: "Curry Leaf Kitchen" -> "curryleafkitchen".
QString addressPart(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
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

LeadStatus leadStatus(Dice &dice)
{
    const qint64 roll = dice.below(100);
    if (roll < 20)
        return LeadStatus::New;
    if (roll < 45)
        return LeadStatus::Contacted;
    if (roll < 60)
        return LeadStatus::MeetingScheduled;
    if (roll < 75)
        return LeadStatus::Negotiating;
    if (roll < 95)
        return LeadStatus::Converted;
    return LeadStatus::Lost;
}

InteractionType conversationType(Dice &dice)
{
    const qint64 roll = dice.below(100);
    if (roll < 35)
        return InteractionType::Call;
    if (roll < 65)
        return InteractionType::Email;
    if (roll < 80)
        return InteractionType::Meeting;
    return InteractionType::Visit;
}

// An order is mostly logged as such, sometimes as the visit or call in which it was placed.
InteractionType orderingType(Dice &dice)
{
    const qint64 roll = dice.below(100);
    if (roll < 70)
        return InteractionType::Order;
    if (roll < 85)
        return InteractionType::Visit;
    if (roll < 95)
        return InteractionType::Call;
    return InteractionType::Meeting;
}

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

// The rules ask the database whether a lead or contact exists; while generating, the answer is
// already in memory, and asking SQLite a million times would double the time taken.
class GeneratedReferences final : public ReferenceLookup
{
public:
    void addLead(qint64 lead) { m_leads.insert(lead, true); }
    void addContact(qint64 contact, qint64 lead) { m_contactLeads.insert(contact, lead); }
    bool leadExists(qint64 lead) const override { return m_leads.contains(lead); }
    std::optional<qint64> leadOfContact(qint64 contact) const override
    {
        const auto it = m_contactLeads.constFind(contact);
        if (it == m_contactLeads.constEnd())
            return std::nullopt;
        return *it;
    }
    // Asked only when a contact moves to another lead, which generating never does; the answer
    // is the one for a question that cannot be told.
    bool contactHasInteractions(qint64) const override { return true; }

private:
    QHash<qint64, bool> m_leads;
    QHash<qint64, qint64> m_contactLeads;
};

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

constexpr int generationCacheKiB = 256 * 1024;
constexpr qint64 rowsPerStatement = 2000; // 12,000 bound values; SQLite allows 250,000

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

QString describeProblems(const char *what, const ValidationErrors &errors)
{
    return QStringLiteral("generated %1 broke the rules (%2)")
        .arg(latin(what), errors.englishSummary());
}

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
    using Result = StoreResult<Summary>;
    if (const QStringList problems = checkParameters(parameters); !problems.isEmpty())
        return Result::failed(problems.join(QLatin1Char('\n')));
    const auto report = [&progress](const QString &what, qint64 done, qint64 total) {
        if (progress)
            progress(what, done, total);
    };

    const QSqlDatabase db = m_database.connection();
    // A million rows go into five indexes in random order of lead and contact: with SQLite's
    // default 2 MB page cache most inserts would wait for a page to be read back. The larger
    // cache is this connection's only while generating.
    CacheSize largerCache(db, generationCacheKiB);
    SqlTransaction transaction(m_database);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    {
        // Checked again inside the write lock: another process may have written meanwhile.
        QSqlQuery empty(db);
        if (!empty.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM leads) OR EXISTS (SELECT 1 FROM contacts)"
                " OR EXISTS (SELECT 1 FROM interactions)"))
            || !empty.next())
            return Result::failed(empty.lastError().text());
        if (empty.value(0).toInt() != 0)
            return Result::failed(tr("%1 already holds data; generate fills only a new or "
                                     "empty database.")
                                      .arg(m_database.path()));
    }

    Dice dice(parameters.seed);
    GeneratedReferences references;
    std::vector<GeneratedLead> leads;
    leads.reserve(std::size_t(parameters.leads));
    Summary summary;

    QSqlQuery insertLead(db);
    insertLead.prepare(QStringLiteral("INSERT INTO leads (name, status, city, phone, email, notes)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertContact(db);
    insertContact.prepare(QStringLiteral("INSERT INTO contacts (lead_id, name, role, email, phone)"
                                         " VALUES (?, ?, ?, ?, ?)"));
    const QString leadsWhat = tr("leads and contacts");
    for (qint64 n = 0; n < parameters.leads; ++n) {
        const City &city = dice.pick(cities);
        const QString brand
            = latin(dice.pick(nameFirsts)) + QLatin1Char(' ') + latin(dice.pick(nameSeconds));
        const QString area = latin(dice.pick(city.areas));
        const QString domain = addressPart(brand) + QStringLiteral(".in");
        LeadDraft lead;
        lead.name = dice.chance(60) ? brand + QStringLiteral(", ") + area : brand;
        lead.status = leadStatus(dice);
        lead.city = latin(city.name);
        lead.phone = phoneNumber(dice);
        lead.email
            = (dice.chance(50) ? QStringLiteral("hello@") : QStringLiteral("orders@")) + domain;
        lead.notes = dice.chance(40) ? latin(dice.pick(leadNotes)) : noText;
        if (const ValidationErrors errors = Rules::checkLead(lead); !errors.isEmpty())
            return Result::failed(describeProblems("lead", errors));
        insertLead.bindValue(0, *lead.name);
        insertLead.bindValue(1, LeadStatuses::code(*lead.status));
        insertLead.bindValue(2, *lead.city);
        insertLead.bindValue(3, *lead.phone);
        insertLead.bindValue(4, *lead.email);
        insertLead.bindValue(5, *lead.notes);
        if (!insertLead.exec())
            return Result::failed(insertLead.lastError().text());
        GeneratedLead generated { insertLead.lastInsertId().toLongLong(), {} };
        references.addLead(generated.id);
        ++summary.leads;

        for (qint64 c = 0; c < parameters.contactsPerLead; ++c) {
            const QString first = latin(dice.pick(firstNames));
            const QString last = latin(dice.pick(lastNames));
            ContactDraft contact;
            contact.lead = generated.id;
            contact.name = first + QLatin1Char(' ') + last;
            contact.role = latin(c == 0 ? roles[0] : roles[std::size_t(1 + dice.below(7))]);
            contact.email = dice.chance(80)
                ? first.toLower() + QLatin1Char('.') + last.toLower() + QLatin1Char('@') + domain
                : noText;
            contact.phone = phoneNumber(dice);
            if (const ValidationErrors errors = Rules::checkContact(contact, references);
                !errors.isEmpty())
                return Result::failed(describeProblems("contact", errors));
            insertContact.bindValue(0, generated.id);
            insertContact.bindValue(1, *contact.name);
            insertContact.bindValue(2, *contact.role);
            insertContact.bindValue(3, *contact.email);
            insertContact.bindValue(4, *contact.phone);
            if (!insertContact.exec())
                return Result::failed(insertContact.lastError().text());
            const qint64 id = insertContact.lastInsertId().toLongLong();
            references.addContact(id, generated.id);
            generated.contacts.push_back({ id, first });
            ++summary.contacts;
        }
        leads.push_back(std::move(generated));
        if ((n + 1) % 1000 == 0 || n + 1 == parameters.leads)
            report(leadsWhat, n + 1, parameters.leads);
    }

    // Many rows a statement: SQLite calls FTS5 at the start of every statement inside a
    // transaction and FTS5 then writes out what it holds, so one row a statement would give the
    // full-text index a million one-row segments to merge (six times slower in all).
    struct PendingRow
    {
        qint64 lead;
        qint64 contact;
        const QString *typeCode;
        QString details;
        qint64 when;
        std::optional<OrderDetailsDraft> order;
    };
    std::vector<PendingRow> pending;
    pending.reserve(std::size_t(rowsPerStatement));
    const auto insertStatement = [](qint64 rows) {
        QStringList values;
        for (qint64 row = 0; row < rows; ++row)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        // The order's product written with the interaction, so that the full-text index takes
        // the row once rather than again when the order's trigger copies the product.
        return QStringLiteral("INSERT INTO interactions (lead_id, contact_id, interaction_type,"
                              " details, order_placed, occurred_at, order_product) VALUES ")
            + values.join(QStringLiteral(", "));
    };
    QSqlQuery insertFull(db);
    insertFull.prepare(insertStatement(rowsPerStatement));
    QSqlQuery insertOrder(db);
    insertOrder.prepare(
        QStringLiteral("INSERT INTO order_details (interaction_id, product_details, quantity,"
                       " total_price_cents, order_date) VALUES (?, ?, ?, ?, ?)"));
    // Writes the pending rows; an empty string when all went well, else the database's words.
    const auto writePending = [&]() -> QString {
        if (pending.empty())
            return {};
        QSqlQuery partial(db);
        QSqlQuery &insert = qint64(pending.size()) == rowsPerStatement ? insertFull : partial;
        if (&insert == &partial && !partial.prepare(insertStatement(qint64(pending.size()))))
            return partial.lastError().text();
        int position = 0;
        for (const PendingRow &row : pending) {
            insert.bindValue(position++, row.lead);
            insert.bindValue(position++, row.contact);
            insert.bindValue(position++, *row.typeCode);
            insert.bindValue(position++, row.details);
            insert.bindValue(position++, row.order ? 1 : 0);
            insert.bindValue(position++, row.when);
            insert.bindValue(position++,
                             row.order ? QVariant(*row.order->productDetails)
                                       : QVariant(QMetaType::fromType<QString>()));
        }
        if (!insert.exec())
            return insert.lastError().text();
        // One INSERT gives its rows consecutive ids, in the order of its VALUES.
        qint64 id = insert.lastInsertId().toLongLong() - qint64(pending.size()) + 1;
        for (const PendingRow &row : pending) {
            if (row.order) {
                insertOrder.bindValue(0, id);
                insertOrder.bindValue(1, *row.order->productDetails);
                insertOrder.bindValue(2, *row.order->quantity);
                insertOrder.bindValue(3, row.order->totalPrice->cents());
                insertOrder.bindValue(4, row.order->orderDate->toSecsSinceEpoch());
                if (!insertOrder.exec())
                    return insertOrder.lastError().text();
            }
            ++id;
        }
        pending.clear();
        return {};
    };
    std::array<QString, 5> codes; // by InteractionType, made once rather than per row
    for (InteractionType type : InteractionTypes::all())
        codes[std::size_t(type)] = InteractionTypes::code(type);

    const QString interactionsWhat = tr("interactions");
    const qint64 span = historyEnd - historyStart;
    const qint64 total = parameters.interactions;
    for (qint64 n = 0; n < total; ++n) {
        // Logged roughly in the order they happened: the date moves steadily through the three
        // years, give or take three days, so that id order and date order differ a little.
        qint64 when
            = historyStart + span * n / total + dice.between(-3 * secondsPerDay, 3 * secondsPerDay);
        when = qBound(historyStart, when, historyEnd - 1);
        const GeneratedLead &lead = leads[std::size_t(dice.below(qint64(leads.size())))];
        const GeneratedContact &contact
            = lead.contacts[std::size_t(dice.below(qint64(lead.contacts.size())))];
        const bool ordered = dice.below(10) == 0;

        InteractionDraft interaction;
        interaction.lead = lead.id;
        interaction.contact = contact.id;
        interaction.orderPlaced = ordered;
        interaction.date = QDateTime::fromSecsSinceEpoch(when, QTimeZone::utc());
        OrderDetailsDraft order;
        if (ordered) {
            const Product &product = dice.pick(products);
            const qint64 quantity = dice.between(1, 60);
            qint64 cents = quantity * product.unitCents;
            if (dice.chance(30))
                cents = cents * 95 / 100; // the 5% discount of a regular, to the cent
            interaction.type = orderingType(dice);
            interaction.details = *interaction.type == InteractionType::Order
                ? filledIn(dice.pick(orderPhrases),
                           { contact.firstName, QString::number(quantity), latin(product.name) })
                : conversation(dice, *interaction.type, contact.firstName);
            order.productDetails = latin(product.name);
            order.quantity = quantity;
            order.totalPrice = Money::fromCents(cents);
            // Now and then the order is booked for the next day.
            order.orderDate = interaction.date->addSecs(dice.chance(20) ? secondsPerDay : 0);
        } else {
            interaction.type = conversationType(dice);
            interaction.details = conversation(dice, *interaction.type, contact.firstName);
        }
        if (const ValidationErrors errors = Rules::checkInteraction(interaction, references);
            !errors.isEmpty())
            return Result::failed(describeProblems("interaction", errors));

        std::optional<OrderDetailsDraft> placed;
        if (ordered) {
            if (const ValidationErrors errors = Rules::checkOrderDetails(order); !errors.isEmpty())
                return Result::failed(describeProblems("order", errors));
            placed = order;
            ++summary.orders;
        }
        pending.push_back({ lead.id, contact.id, &codes[std::size_t(*interaction.type)],
                            *interaction.details, when, placed });
        ++summary.interactions;
        if (qint64(pending.size()) == rowsPerStatement) {
            if (const QString failure = writePending(); !failure.isEmpty())
                return Result::failed(failure);
        }
        if ((n + 1) % 50000 == 0 || n + 1 == total)
            report(interactionsWhat, n + 1, total);
    }

    if (const QString failure = writePending(); !failure.isEmpty())
        return Result::failed(failure);
    if (!transaction.commit())
        return Result::failed(transaction.errorMessage());
    m_database.announce(Database::Change::Leads | Database::Change::Contacts
                        | Database::Change::Interactions | Database::Change::OrderDetails);
    return Result::success(summary);
}
