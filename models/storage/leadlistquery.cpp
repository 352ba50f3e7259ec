#include "storage/leadlistquery.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

StoreResult<QList<Lead>> LeadListQuery::read(const QString &namePart) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, name, status, city, phone, email, notes"
                                           " FROM leads");
    const QString order = QStringLiteral(" ORDER BY lower(name), id");
    if (namePart.isEmpty()) {
        query.prepare(columns + order);
    } else {
        query.prepare(columns + QStringLiteral(" WHERE ")
                      + m_database.dialect().containsIgnoringCase(QStringLiteral("name")) + order);
        query.addBindValue(namePart);
    }
    if (!query.exec())
        return StoreResult<QList<Lead>>::failed(query.lastError().text());
    QList<Lead> leads;
    while (query.next()) {
        leads.append({ query.value(0).toLongLong(), query.value(1).toString(),
                       LeadStatuses::fromCode(query.value(2).toString()).value_or(LeadStatus::New),
                       query.value(3).toString(), query.value(4).toString(),
                       query.value(5).toString(), query.value(6).toString() });
    }
    return StoreResult<QList<Lead>>::success(leads);
}
