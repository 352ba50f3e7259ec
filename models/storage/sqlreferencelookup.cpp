#include "storage/sqlreferencelookup.h"

#include "storage/preparedqueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString SqlReferenceLookup::holdLead(qint64 lead)
{
    const PreparedQueries::HeldRow held
        = m_queries.holdRow(QStringLiteral("leads"), lead, QStringLiteral("1"), false);
    if (held.failure.isEmpty())
        m_heldLeads.insert(lead, held.value.has_value());
    return held.failure;
}

QString SqlReferenceLookup::holdContact(qint64 contact)
{
    const PreparedQueries::HeldRow held
        = m_queries.holdRow(QStringLiteral("contacts"), contact, QStringLiteral("lead_id"), false);
    if (held.failure.isEmpty()) {
        std::optional<qint64> lead;
        if (held.value)
            lead = held.value->toLongLong();
        m_heldContacts.insert(contact, lead);
    }
    return held.failure;
}

bool SqlReferenceLookup::leadExists(qint64 lead) const
{
    if (const auto held = m_heldLeads.constFind(lead); held != m_heldLeads.cend())
        return *held;
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    query.addBindValue(lead);
    if (!query.exec()) {
        m_failure = query.lastError().text();
        return false;
    }
    const bool found = query.next();
    query.finish();
    return found;
}

std::optional<qint64> SqlReferenceLookup::leadOfContact(qint64 contact) const
{
    if (const auto held = m_heldContacts.constFind(contact); held != m_heldContacts.cend())
        return *held;
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT lead_id FROM contacts WHERE id = ?"));
    query.addBindValue(contact);
    if (!query.exec()) {
        m_failure = query.lastError().text();
        return std::nullopt;
    }
    std::optional<qint64> lead;
    if (query.next())
        lead = query.value(0).toLongLong();
    query.finish();
    return lead;
}

bool SqlReferenceLookup::contactHasInteractions(qint64 contact) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions WHERE contact_id = ?)"));
    query.addBindValue(contact);
    // A question the database cannot answer is answered yes (ReferenceLookup).
    if (!query.exec()) {
        m_failure = query.lastError().text();
        return true;
    }
    const bool has = !query.next() || query.value(0).toInt() != 0;
    query.finish();
    return has;
}
