#include "storage/recordhistory.h"

#include "core/isotimestamp.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "json/jsonform.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    // An interaction's order details are fields only while it has them, so a field may be in
    // either object alone.
    QStringList keys = after.keys();
    for (const QString &key : before.keys())
        if (!after.contains(key))
            keys.append(key);
    QJsonObject fields;
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("id"))
            continue;
        const QJsonValue from = before.value(key);
        const QJsonValue to = after.value(key);
        if (before.contains(key) && after.contains(key) && from == to)
            continue;
        QJsonObject field;
        if (before.contains(key))
            field.insert(QStringLiteral("from"), from);
        if (after.contains(key))
            field.insert(QStringLiteral("to"), to);
        fields.insert(key, field);
    }
    return fields;
}

} // namespace

RecordHistory::RecordHistory(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

QJsonObject RecordHistory::objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject RecordHistory::objectOf(const Interaction &interaction,
                                    const std::optional<OrderDetails> &order)
{
    return withOrderDetails(objectOf(JsonForm::write(interaction)),
                            order ? objectOf(JsonForm::write(*order)) : QJsonObject());
}

QJsonObject RecordHistory::withOrderDetails(QJsonObject record, const QJsonObject &order)
{
    for (auto field = order.constBegin(); field != order.constEnd(); ++field)
        record.insert(orderDetailsPrefix() + field.key(), field.value());
    return record;
}

std::pair<QJsonObject, QJsonObject> RecordHistory::splitOrderDetails(const QJsonObject &flattened)
{
    QJsonObject own;
    QJsonObject order;
    const QString prefix = orderDetailsPrefix();
    for (auto field = flattened.constBegin(); field != flattened.constEnd(); ++field) {
        if (field.key().startsWith(prefix))
            order.insert(field.key().mid(prefix.size()), field.value());
        else
            own.insert(field.key(), field.value());
    }
    return { own, order };
}

QString RecordHistory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Lead:
        return QStringLiteral("lead");
    case Kind::Contact:
        return QStringLiteral("contact");
    case Kind::Interaction:
        break;
    }
    return QStringLiteral("interaction");
}

std::optional<RecordHistory::Kind> RecordHistory::kindNamed(const QString &name)
{
    for (const Kind kind : { Kind::Lead, Kind::Contact, Kind::Interaction })
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString RecordHistory::changeName(Change change)
{
    switch (change) {
    case Change::Created:
        return QStringLiteral("created");
    case Change::Deleted:
        return QStringLiteral("deleted");
    case Change::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString RecordHistory::write(Kind kind, qint64 id, const QJsonObject &before,
                             const QJsonObject &after)
{
    return write({ Record { kind, id, before, after, m_database.actingPerson() } });
}

QString RecordHistory::write(const QList<Record> &records)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const std::optional<Database::ChangeOrigin> origin = m_database.changeOrigin();
    const QVariant replica
        = origin ? QVariant(origin->replica) : QVariant(QMetaType::fromType<qint64>());
    const QVariant madeAt = origin && origin->madeAt.isValid()
        ? QVariant(origin->madeAt.toSecsSinceEpoch())
        : QVariant(QMetaType::fromType<qint64>());
    QVariantList bindings;
    int rows = 0;
    for (const Record &record : records) {
        const Change change = record.before.isEmpty() ? Change::Created
            : record.after.isEmpty()                  ? Change::Deleted
                                                      : Change::Changed;
        const QJsonObject fields = changedFields(record.before, record.after);
        if (change == Change::Changed && fields.isEmpty())
            continue;
        bindings << kindName(record.kind) << record.id << now
                 << (record.person ? QVariant(*record.person)
                                   : QVariant(QMetaType::fromType<qint64>()))
                 << changeName(change)
                 << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))
                 << replica << madeAt;
        ++rows;
    }
    // A lead removed with thousands of interactions must not pass the engines' limits on bound
    // values (SQLite's is 32,766).
    constexpr int columns = 8;
    constexpr int mostRows = 500;
    for (int first = 0; first < rows; first += mostRows) {
        const int count = std::min(mostRows, rows - first);
        QString sql = QStringLiteral("INSERT INTO record_changes (record_kind, record_id,"
                                     " changed_at, person_id, change, fields, replica_id,"
                                     " made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (int row = 1; row < count; ++row)
            sql += QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?)");
        QSqlQuery &query = m_queries.get(sql);
        for (int binding = first * columns; binding < (first + count) * columns; ++binding)
            query.addBindValue(bindings.at(binding));
        const bool done = query.exec();
        query.finish();
        if (!done)
            return query.lastError().text();
    }
    if (rows > 0)
        m_database.setRevisionDue(true);
    return {};
}

StoreResult<QList<RecordHistory::Entry>> RecordHistory::of(Kind kind, qint64 id) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral(
        "SELECT c.changed_at, c.person_id, p.name, c.change, c.fields,"
        " c.replica_id, c.made_at FROM record_changes c LEFT JOIN people p ON p.id = c.person_id"
        " WHERE c.record_kind = ? AND c.record_id = ? ORDER BY c.id"));
    query.addBindValue(kindName(kind));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<QList<Entry>>::failed(query.lastError().text());
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.at = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
        if (!query.value(1).isNull())
            entry.person = query.value(1).toLongLong();
        entry.personName = query.value(2).toString();
        const QString change = query.value(3).toString();
        entry.change = change == QLatin1String("created") ? Change::Created
            : change == QLatin1String("deleted")          ? Change::Deleted
                                                          : Change::Changed;
        entry.fields = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        if (!query.value(5).isNull())
            entry.replica = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            entry.madeAt
                = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), QTimeZone::utc());
        entries.append(entry);
    }
    query.finish();
    return StoreResult<QList<Entry>>::success(entries);
}
