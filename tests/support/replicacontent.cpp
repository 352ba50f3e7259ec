#include "replicacontent.h"

#include "storage/database.h"
#include "storage/syncfeed.h"

#include <QJsonDocument>

QMap<ReplicaRecordKey, QJsonObject> replicaContentOf(Database &database)
{
    using Kind = RecordHistory::Kind;
    QMap<ReplicaRecordKey, QJsonObject> content;
    for (const Kind kind : { Kind::Lead, Kind::Contact, Kind::Interaction }) {
        const StoreResult<QList<SyncFeed::Entry>> all
            = SyncFeed(database).recordsAfter(kind, 0, 10'000'000);
        if (!all.ok())
            qFatal("%s", qPrintable(all.failure));
        for (const SyncFeed::Entry &entry : all.value) {
            content.insert({ int(kind), entry.id }, entry.object());
        }
    }
    return content;
}

QString replicaContentDifference(const QMap<ReplicaRecordKey, QJsonObject> &a,
                                 const QMap<ReplicaRecordKey, QJsonObject> &b)
{
    const auto json = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("kind %1 id %2 only on the first side")
                .arg(it.key().first)
                .arg(it.key().second);
        if (b.value(it.key()) != it.value())
            return QStringLiteral("kind %1 id %2: %3 against %4")
                .arg(it.key().first)
                .arg(it.key().second)
                .arg(json(it.value()), json(b.value(it.key())));
    }
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("kind %1 id %2 only on the second side")
                .arg(it.key().first)
                .arg(it.key().second);
    return {};
}
