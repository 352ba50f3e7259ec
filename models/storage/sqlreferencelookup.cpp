#include "storage/sqlreferencelookup.h"

#include "storage/preparedqueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The ids of rows not held yet: a row is held (and read) once a write.
template<typename Held> QList<qint64> notYetHeld(const QList<qint64> &ids, const Held &held)
{
    QList<qint64> unheld;
    for (const qint64 id : ids) {
        if (!held.contains(id))
            unheld.append(id);
    }
    return unheld;
}

} // namespace

QString SqlReferenceLookup::holdLeads(const QList<qint64> &leads)
{
    const QList<qint64> unheld = notYetHeld(leads, m_heldLeads);
    if (unheld.isEmpty())
        return {};
    const PreparedQueries::HeldRows held
        = m_queries.holdRows(QStringLiteral("leads"), unheld, QStringLiteral("1"), false);
    if (!held.failure.isEmpty())
        return held.failure;
    for (const qint64 lead : std::as_const(unheld))
        m_heldLeads.insert(lead, held.values.contains(lead));
    return {};
}

QString SqlReferenceLookup::holdContacts(const QList<qint64> &contacts)
{
    const QList<qint64> unheld = notYetHeld(contacts, m_heldContacts);
    if (unheld.isEmpty())
        return {};
    const PreparedQueries::HeldRows held
        = m_queries.holdRows(QStringLiteral("contacts"), unheld, QStringLiteral("lead_id"), false);
    if (!held.failure.isEmpty())
        return held.failure;
    for (const qint64 contact : std::as_const(unheld)) {
        const auto lead = held.values.constFind(contact);
        m_heldContacts.insert(
            contact,
            lead == held.values.cend() ? std::nullopt : std::optional<qint64>(lead->toLongLong()));
    }
    return {};
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
