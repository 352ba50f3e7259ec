#include "storage/recordhistory.h"

#include "core/isotimestamp.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    // Both objects are the same kind of record, so either one's keys are all the fields.
    QJsonObject fields;
    for (const QString &key : (after.isEmpty() ? before : after).keys()) {
        if (key == QLatin1String("id"))
            continue;
        const QJsonValue from = before.value(key);
        const QJsonValue to = after.value(key);
        if (!before.isEmpty() && !after.isEmpty() && from == to)
            continue;
        QJsonObject field;
        if (!before.isEmpty())
            field.insert(QStringLiteral("from"), from);
        if (!after.isEmpty())
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
                 << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        ++rows;
    }
    if (rows == 0)
        return {};
    QString sql = QStringLiteral("INSERT INTO record_changes (record_kind, record_id, changed_at,"
                                 " person_id, change, fields) VALUES (?, ?, ?, ?, ?, ?)");
    for (int row = 1; row < rows; ++row)
        sql += QStringLiteral(", (?, ?, ?, ?, ?, ?)");
    QSqlQuery &query = m_queries.get(sql);
    for (const QVariant &binding : std::as_const(bindings))
        query.addBindValue(binding);
    const bool done = query.exec();
    query.finish();
    return done ? QString() : query.lastError().text();
}

StoreResult<QList<RecordHistory::Entry>> RecordHistory::of(Kind kind, qint64 id) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT c.changed_at, c.person_id, p.name, c.change, c.fields"
                       " FROM record_changes c LEFT JOIN people p ON p.id = c.person_id"
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
        entries.append(entry);
    }
    query.finish();
    return StoreResult<QList<Entry>>::success(entries);
}
