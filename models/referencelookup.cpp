#include "referencelookup.h"

#include <QSqlQuery>
#include <QVariant>

bool SqlReferenceLookup::leadExists(qint64 lead) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    query.addBindValue(lead);
    return query.exec() && query.next();
}

std::optional<qint64> SqlReferenceLookup::leadOfContact(qint64 contact) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT lead_id FROM contacts WHERE id = ?"));
    query.addBindValue(contact);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}
