#include "sampledata.h"

#include "database.h"
#include "interactiontype.h"
#include "leadstatus.h"
#include "sqltransaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

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

} // namespace

StoreResult<SampleData::Counts> SampleData::fill(Database &database, const Options &options)
{
    using Result = StoreResult<Counts>;
    QRandomGenerator random(options.seed);
    const QDateTime until
        = options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc();
    const qint64 latest = until.toSecsSinceEpoch();
    const qint64 span = qint64(qMax(1, options.days)) * 24 * 3600;

    const QSqlDatabase db = database.connection();
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());

    Counts counts;
    QSqlQuery leadInsert(db);
    leadInsert.prepare(QStringLiteral("INSERT INTO leads (name, status, city, phone, email, notes)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery contactInsert(db);
    contactInsert.prepare(QStringLiteral("INSERT INTO contacts (lead_id, name, role, email, phone)"
                                         " VALUES (?, ?, ?, ?, ?)"));
    struct ContactOfLead
    {
        qint64 lead;
        qint64 contact;
    };
    QList<ContactOfLead> people;
    for (int l = 0; l < options.leads; ++l) {
        QString name = leadNames.at(l % leadNames.size());
        if (l >= leadNames.size())
            name += QStringLiteral(" %1").arg(l / leadNames.size() + 1);
        const QString city = pick(random, cities);
        const LeadStatus status = pick(random, LeadStatuses::all());
        leadInsert.bindValue(0, name);
        leadInsert.bindValue(1, LeadStatuses::code(status));
        leadInsert.bindValue(2, city);
        leadInsert.bindValue(3,
                             QStringLiteral("+91 22 %1").arg(random.bounded(20000000, 99999999)));
        leadInsert.bindValue(4, QStringLiteral("orders@%1.example").arg(slug(name)));
        leadInsert.bindValue(5,
                             QStringLiteral("Lunch and dinner, about %1 covers a day.")
                                 .arg(random.bounded(80, 600)));
        if (!leadInsert.exec())
            return Result::failed(leadInsert.lastError().text());
        const qint64 lead = leadInsert.lastInsertId().toLongLong();
        ++counts.leads;
        for (int c = 0; c < options.contactsPerLead; ++c) {
            const QString first = pick(random, firstNames);
            const QString last = pick(random, lastNames);
            contactInsert.bindValue(0, lead);
            contactInsert.bindValue(1, first + QLatin1Char(' ') + last);
            contactInsert.bindValue(2, roles.at(c % roles.size()));
            contactInsert.bindValue(
                3, QStringLiteral("%1.%2@%3.example").arg(slug(first), slug(last), slug(name)));
            contactInsert.bindValue(
                4, QStringLiteral("+91 98%1").arg(random.bounded(10000000, 99999999)));
            if (!contactInsert.exec())
                return Result::failed(contactInsert.lastError().text());
            people.append({ lead, contactInsert.lastInsertId().toLongLong() });
            ++counts.contacts;
        }
    }
    if (people.isEmpty() && options.interactions > 0)
        return Result::failed(QStringLiteral("Sample interactions need at least one contact."));

    QSqlQuery interactionInsert(db);
    interactionInsert.prepare(
        QStringLiteral("INSERT INTO interactions (lead_id, contact_id, interaction_type, details,"
                       " order_placed, occurred_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery orderInsert(db);
    orderInsert.prepare(QStringLiteral("INSERT INTO order_details (interaction_id, product_details,"
                                       " quantity, total_price_cents, order_date)"
                                       " VALUES (?, ?, ?, ?, ?)"));
    for (qint64 n = 0; n < options.interactions; ++n) {
        const ContactOfLead &who = pick(random, people);
        const quint32 roll = random.bounded(100u);
        InteractionType type = roll < 35 ? InteractionType::Call
            : roll < 55                  ? InteractionType::Email
            : roll < 70                  ? InteractionType::Meeting
            : roll < 85                  ? InteractionType::Visit
                                         : InteractionType::Order;
        bool ordered = type == InteractionType::Order
            || ((type == InteractionType::Meeting || type == InteractionType::Visit)
                && random.bounded(100u) < 20);
        QString details;
        switch (type) {
        case InteractionType::Call:
            details = pick(random, callNotes);
            break;
        case InteractionType::Email:
            details = pick(random, emailNotes);
            break;
        case InteractionType::Meeting:
            details = pick(random, meetingNotes);
            break;
        case InteractionType::Visit:
            details = pick(random, visitNotes);
            break;
        case InteractionType::Order:
            break;
        }
        // Working hours, 09:00 to 19:00 in India (UTC+5:30).
        const qint64 day = latest - qint64(random.bounded(quint32(span / 86400))) * 86400;
        const qint64 dayStart = day - (day + 19800) % 86400;
        qint64 when = dayStart + 9 * 3600 + qint64(random.bounded(10u * 3600u));
        when = qMin(when, latest);
        const Product &product = pick(random, products);
        const qint64 quantity = random.bounded(1, 40);
        if (type == InteractionType::Order)
            details = QStringLiteral("Order: %1 × %2.").arg(quantity).arg(product.name);
        interactionInsert.bindValue(0, who.lead);
        interactionInsert.bindValue(1, who.contact);
        interactionInsert.bindValue(2, InteractionTypes::code(type));
        interactionInsert.bindValue(3, details);
        interactionInsert.bindValue(4, ordered ? 1 : 0);
        interactionInsert.bindValue(5, when);
        if (!interactionInsert.exec())
            return Result::failed(interactionInsert.lastError().text());
        ++counts.interactions;
        if (!ordered)
            continue;
        orderInsert.bindValue(0, interactionInsert.lastInsertId());
        orderInsert.bindValue(1, product.name);
        orderInsert.bindValue(2, quantity);
        orderInsert.bindValue(3, quantity * product.unitCents);
        orderInsert.bindValue(4, when);
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
