#include "storage/sqlreferencelookup.h"

#include "storage/preparedqueries.h"

#include <QSqlQuery>
#include <QVariant>

bool SqlReferenceLookup::leadExists(qint64 lead) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    query.addBindValue(lead);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

std::optional<qint64> SqlReferenceLookup::leadOfContact(qint64 contact) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT lead_id FROM contacts WHERE id = ?"));
    query.addBindValue(contact);
    std::optional<qint64> lead;
    if (query.exec() && query.next())
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
    const bool has = !query.exec() || !query.next() || query.value(0).toInt() != 0;
    query.finish();
    return has;
}
