#include "storage/contactlistquery.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

StoreResult<QList<ContactListQuery::Row>> ContactListQuery::read(std::optional<qint64> lead) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT c.id, c.lead_id, c.name, c.role, c.email, c.phone, l.name"
                                 " FROM contacts c JOIN leads l ON l.id = c.lead_id");
    if (lead)
        sql += QStringLiteral(" WHERE c.lead_id = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY lower(c.name), c.id"));
    if (lead)
        query.addBindValue(*lead);
    if (!query.exec())
        return StoreResult<QList<Row>>::failed(query.lastError().text());
    QList<Row> rows;
    while (query.next()) {
        rows.append(
            { { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString() },
              query.value(6).toString() });
    }
    return StoreResult<QList<Row>>::success(rows);
}
