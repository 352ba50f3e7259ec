#include "conflictresolution.h"

#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/recordhistory.h"
#include "json/jsonform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace {

// What a person typed, as the JSON of the field's kind: a number where the server keeps one.
QJsonValue jsonOf(const QVariant &value, const QJsonValue &like)
{
    if (value.typeId() == QMetaType::QString && like.isDouble()) {
        bool number = false;
        const double read = value.toString().trimmed().toDouble(&number);
        if (number)
            return read;
    }
    if (value.typeId() == QMetaType::QString && like.isBool()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
    }
    return QJsonValue::fromVariant(value);
}

template<typename Result> StoreResult<bool> outcomeOf(const StoreResult<Result> &written)
{
    return written.ok() ? StoreResult<bool>::success(true) : StoreResult<bool>::from(written);
}

} // namespace

ConflictResolution::ConflictResolution(const ReplicaStore::Conflict &conflict)
    : m_conflict(conflict)
{
    for (const QJsonValue &value : conflict.fields) {
        const QJsonObject field = value.toObject();
        m_fields.append({ field.value(QLatin1String("field")).toString(),
                          field.value(QLatin1String("base")).toVariant(),
                          field.value(QLatin1String("mine")).toVariant(),
                          field.value(QLatin1String("theirs")).toVariant() });
    }
    if (!m_fields.isEmpty() || conflict.mine.isEmpty() || conflict.theirs.isEmpty())
        return;
    // A rejected change names no fields: those where mine and the server's differ.
    for (auto field = conflict.mine.constBegin(); field != conflict.mine.constEnd(); ++field) {
        if (field.key() == QLatin1String("id")
            || conflict.theirs.value(field.key()) == field.value())
            continue;
        m_fields.append({ field.key(), QVariant(), field.value().toVariant(),
                          conflict.theirs.value(field.key()).toVariant() });
    }
}

bool ConflictResolution::rejected() const
{
    return m_conflict.outcome == QLatin1String("rejected");
}

QStringList ConflictResolution::reasons() const
{
    QStringList lines;
    for (auto field = m_conflict.errors.constBegin(); field != m_conflict.errors.constEnd();
         ++field) {
        QStringList messages;
        for (const QJsonValue &message : field.value().toArray())
            messages.append(message.toString());
        if (field.value().isString())
            messages.append(field.value().toString());
        lines.append(tr("%1: %2").arg(field.key(), messages.join(QLatin1Char(' '))));
    }
    return lines;
}

QString ConflictResolution::title() const
{
    // Named as the server has it, else as this replica had it; a number when neither says.
    const QJsonObject &named = m_conflict.theirs.isEmpty() ? m_conflict.mine : m_conflict.theirs;
    const QString name = named.value(QLatin1String("name")).toString();
    switch (m_conflict.kind) {
    case RecordHistory::Kind::Lead:
        return name.isEmpty() ? tr("Lead %1").arg(m_conflict.record) : tr("Lead “%1”").arg(name);
    case RecordHistory::Kind::Contact:
        return name.isEmpty() ? tr("Contact %1").arg(m_conflict.record)
                              : tr("Contact “%1”").arg(name);
    case RecordHistory::Kind::Interaction:
        break;
    }
    const QString date = named.value(QLatin1String("date")).toString().left(10);
    return date.isEmpty() ? tr("Interaction %1").arg(m_conflict.record)
                          : tr("Interaction %1 of %2").arg(m_conflict.record).arg(date);
}

QString ConflictResolution::outcomeText() const
{
    if (rejected())
        return tr("The server refused this change; the server's version stands.");
    if (m_conflict.outcome == QLatin1String("server_deleted_replica_changed") || deletedOnServer())
        return tr("Changed here, deleted on the server: the server's delete stands.");
    if (m_conflict.outcome == QLatin1String("replica_deleted_server_changed") || deletedHere())
        return tr("Deleted here, changed on the server: the server's version stands.");
    return tr("Changed here and on the server: the server's values stand.");
}

StoreResult<qint64> ConflictResolution::keepAsNew(Database &database) const
{
    using Result = StoreResult<qint64>;
    if (!keepableAsNew()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("record"),
                   QT_TRANSLATE_NOOP("Rules", "The server has this record: resolve its fields."));
        return Result::invalid(errors);
    }
    // The server's id is gone for good (it gives no id twice), so the record takes a new one.
    auto [record, order] = RecordHistory::splitOrderDetails(m_conflict.mine);
    record.remove(QStringLiteral("id"));
    ValidationErrors errors;
    Result made = Result::success(0);
    const auto take = [&made](const auto &created) {
        made = created.ok() ? Result::success(created.value.id) : Result::from(created);
    };
    switch (m_conflict.kind) {
    case RecordHistory::Kind::Lead: {
        const LeadDraft draft = JsonForm::readLead(record, errors);
        if (errors.isEmpty())
            take(LeadStore(database).create(draft));
        break;
    }
    case RecordHistory::Kind::Contact: {
        const ContactDraft draft = JsonForm::readContact(record, errors);
        if (errors.isEmpty())
            take(ContactStore(database).create(draft));
        break;
    }
    case RecordHistory::Kind::Interaction: {
        const InteractionDraft draft = JsonForm::readInteraction(record, errors);
        std::optional<OrderDetailsDraft> details;
        if (!order.isEmpty())
            details = JsonForm::readOrderDetails(order, errors);
        if (errors.isEmpty())
            take(InteractionStore(database).create(draft, details));
        break;
    }
    }
    if (!errors.isEmpty())
        return Result::invalid(errors);
    if (!made.ok())
        return made;
    const StoreResult<bool> resolved = ReplicaStore(database).resolve(m_conflict.id);
    return resolved.ok() ? made : Result::from(resolved);
}

StoreResult<bool> ConflictResolution::apply(Database &database,
                                            const QMap<QString, QVariant> &chosen) const
{
    if (deletedOnServer() && !chosen.isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("record"),
                   QT_TRANSLATE_NOOP("Rules",
                                     "The server deleted this record: only its side can be "
                                     "taken here."));
        return StoreResult<bool>::invalid(errors);
    }
    QJsonObject values;
    for (auto value = chosen.constBegin(); value != chosen.constEnd(); ++value) {
        const QJsonValue like = m_conflict.theirs.value(value.key()).isUndefined()
            ? m_conflict.mine.value(value.key())
            : m_conflict.theirs.value(value.key());
        values.insert(value.key(), jsonOf(value.value(), like));
    }
    const auto [record, order] = RecordHistory::splitOrderDetails(values);
    if (!record.isEmpty() || !order.isEmpty()) {
        ValidationErrors errors;
        StoreResult<bool> written = StoreResult<bool>::success(true);
        switch (m_conflict.kind) {
        case RecordHistory::Kind::Lead: {
            const LeadDraft draft = JsonForm::readLead(record, errors);
            if (errors.isEmpty())
                written = outcomeOf(LeadStore(database).update(m_conflict.record, draft));
            break;
        }
        case RecordHistory::Kind::Contact: {
            const ContactDraft draft = JsonForm::readContact(record, errors);
            if (errors.isEmpty())
                written = outcomeOf(ContactStore(database).update(m_conflict.record, draft));
            break;
        }
        case RecordHistory::Kind::Interaction: {
            const InteractionDraft draft = JsonForm::readInteraction(record, errors);
            std::optional<OrderDetailsDraft> details;
            if (!order.isEmpty())
                details = JsonForm::readOrderDetails(order, errors);
            if (errors.isEmpty())
                written = outcomeOf(
                    InteractionStore(database).update(m_conflict.record, draft, details));
            break;
        }
        }
        if (!errors.isEmpty())
            return StoreResult<bool>::invalid(errors);
        if (!written.ok())
            return written;
    }
    return ReplicaStore(database).resolve(m_conflict.id);
}
