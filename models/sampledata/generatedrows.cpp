#include "sampledata/generatedrows.h"

#include "core/interactiontype.h"
#include "core/leadstatus.h"
#include "core/rules.h"
#include "storage/preparedqueries.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {

// Many rows a statement: SQLite calls FTS5 at the start of every statement inside a transaction
// and FTS5 then writes out what it holds, so one row a statement would give the full-text index
// a million one-row segments to merge.
constexpr qint64 rowsPerStatement = 2000; // 12,000 bound values; SQLite allows 250,000

QString insertStatement(qint64 rows)
{
    QStringList values;
    for (qint64 row = 0; row < rows; ++row)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    // The order's product written with the interaction, so that the full-text index takes the
    // row once rather than again when the order's trigger copies the product.
    return QStringLiteral("INSERT INTO interactions (lead_id, contact_id, interaction_type,"
                          " details, order_placed, occurred_at, order_product) VALUES ")
        + values.join(QStringLiteral(", ")) + QStringLiteral(" RETURNING id");
}

QString brokenRules(const char *what, const ValidationErrors &errors)
{
    return QStringLiteral("generated %1 broke the rules (%2)")
        .arg(QString::fromLatin1(what), errors.englishSummary());
}

} // namespace

std::optional<qint64> GeneratedRows::References::leadOfContact(qint64 contact) const
{
    const auto it = m_contactLeads.constFind(contact);
    if (it == m_contactLeads.constEnd())
        return std::nullopt;
    return *it;
}

GeneratedRows::GeneratedRows(const QSqlDatabase &db)
    : m_db(db)
    , m_insertLead(db)
    , m_insertContact(db)
    , m_insertFull(db)
    , m_insertOrder(db)
{
    m_insertLead.prepare(QStringLiteral("INSERT INTO leads (name, status, city, phone, email,"
                                        " notes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    m_insertContact.prepare(QStringLiteral("INSERT INTO contacts (lead_id, name, role, email,"
                                           " phone) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    m_insertFull.prepare(insertStatement(rowsPerStatement));
    m_insertOrder.prepare(
        QStringLiteral("INSERT INTO order_details (interaction_id, product_details, quantity,"
                       " total_price_cents, order_date) VALUES (?, ?, ?, ?, ?)"));
    for (InteractionType type : InteractionTypes::all())
        m_typeCodes[std::size_t(type)] = InteractionTypes::code(type);
    m_pending.reserve(std::size_t(rowsPerStatement));
}

StoreResult<qint64> GeneratedRows::addLead(const LeadDraft &lead)
{
    if (const ValidationErrors errors = Rules::checkLead(lead); !errors.isEmpty())
        return StoreResult<qint64>::failed(brokenRules("lead", errors));
    m_insertLead.bindValue(0, *lead.name);
    m_insertLead.bindValue(1, LeadStatuses::code(*lead.status));
    m_insertLead.bindValue(2, *lead.city);
    m_insertLead.bindValue(3, *lead.phone);
    m_insertLead.bindValue(4, *lead.email);
    m_insertLead.bindValue(5, *lead.notes);
    if (!m_insertLead.exec())
        return StoreResult<qint64>::failed(m_insertLead.lastError().text());
    const qint64 id = PreparedQueries::insertedId(m_insertLead);
    m_references.addLead(id);
    ++m_taken.leads;
    return StoreResult<qint64>::success(id);
}

StoreResult<qint64> GeneratedRows::addContact(const ContactDraft &contact)
{
    if (const ValidationErrors errors = Rules::checkContact(contact, m_references);
        !errors.isEmpty())
        return StoreResult<qint64>::failed(brokenRules("contact", errors));
    m_insertContact.bindValue(0, *contact.lead);
    m_insertContact.bindValue(1, *contact.name);
    m_insertContact.bindValue(2, *contact.role);
    m_insertContact.bindValue(3, *contact.email);
    m_insertContact.bindValue(4, *contact.phone);
    if (!m_insertContact.exec())
        return StoreResult<qint64>::failed(m_insertContact.lastError().text());
    const qint64 id = PreparedQueries::insertedId(m_insertContact);
    m_references.addContact(id, *contact.lead);
    ++m_taken.contacts;
    return StoreResult<qint64>::success(id);
}

QString GeneratedRows::addInteraction(const InteractionDraft &interaction,
                                      const std::optional<OrderDetailsDraft> &order)
{
    if (const ValidationErrors errors = Rules::checkInteraction(interaction, m_references);
        !errors.isEmpty())
        return brokenRules("interaction", errors);
    if (order) {
        if (const ValidationErrors errors = Rules::checkOrderDetails(*order); !errors.isEmpty())
            return brokenRules("order", errors);
        ++m_taken.orders;
    }
    m_pending.push_back({ *interaction.lead, *interaction.contact,
                          &m_typeCodes[std::size_t(*interaction.type)], *interaction.details,
                          interaction.date->toSecsSinceEpoch(), order });
    ++m_taken.interactions;
    if (qint64(m_pending.size()) == rowsPerStatement)
        return writePending();
    return {};
}

QString GeneratedRows::finish()
{
    return writePending();
}

QString GeneratedRows::writePending()
{
    if (m_pending.empty())
        return {};
    QSqlQuery partial(m_db);
    QSqlQuery &insert = qint64(m_pending.size()) == rowsPerStatement ? m_insertFull : partial;
    if (&insert == &partial && !partial.prepare(insertStatement(qint64(m_pending.size()))))
        return partial.lastError().text();
    int position = 0;
    for (const PendingRow &row : m_pending) {
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
    // One INSERT on one writer gives its rows rising ids in the order of its VALUES, whatever
    // order RETURNING lists them in.
    std::vector<qint64> ids;
    ids.reserve(m_pending.size());
    while (insert.next())
        ids.push_back(insert.value(0).toLongLong());
    insert.finish();
    if (ids.size() != m_pending.size())
        return QStringLiteral("the database returned %1 ids for %2 interactions")
            .arg(ids.size())
            .arg(m_pending.size());
    std::sort(ids.begin(), ids.end());
    auto id = ids.cbegin();
    for (const PendingRow &row : m_pending) {
        if (row.order) {
            m_insertOrder.bindValue(0, *id);
            m_insertOrder.bindValue(1, *row.order->productDetails);
            m_insertOrder.bindValue(2, *row.order->quantity);
            m_insertOrder.bindValue(3, row.order->totalPrice->cents());
            m_insertOrder.bindValue(4, row.order->orderDate->toSecsSinceEpoch());
            if (!m_insertOrder.exec())
                return m_insertOrder.lastError().text();
        }
        ++id;
    }
    m_pending.clear();
    return {};
}
