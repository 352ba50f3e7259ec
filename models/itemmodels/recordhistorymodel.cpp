#include "itemmodels/recordhistorymodel.h"

#include "core/interactiontype.h"
#include "core/leadstatus.h"
#include "core/money.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"

#include <QJsonValue>
#include <QLocale>

namespace {

const QString orderPrefix = RecordHistory::orderDetailsPrefix();

QString labelOf(RecordHistory::Kind kind, const QString &field)
{
    if (kind != RecordHistory::Kind::Interaction) {
        // The fields of leads and contacts, as their dialogs name them.
        if (field == QLatin1String("name"))
            return RecordHistoryModel::tr("Name");
        if (field == QLatin1String("status"))
            return RecordHistoryModel::tr("Status");
        if (field == QLatin1String("city"))
            return RecordHistoryModel::tr("City");
        if (field == QLatin1String("phone"))
            return RecordHistoryModel::tr("Phone");
        if (field == QLatin1String("email"))
            return RecordHistoryModel::tr("Email");
        if (field == QLatin1String("notes"))
            return RecordHistoryModel::tr("Notes");
        if (field == QLatin1String("role"))
            return RecordHistoryModel::tr("Role");
    }
    if (field == orderPrefix + QLatin1String("product_details"))
        return RecordHistoryModel::tr("Products");
    if (field == orderPrefix + QLatin1String("quantity"))
        return RecordHistoryModel::tr("Quantity");
    if (field == orderPrefix + QLatin1String("total_price"))
        return RecordHistoryModel::tr("Total price");
    if (field == orderPrefix + QLatin1String("order_date"))
        return RecordHistoryModel::tr("Order date");
    if (field == QLatin1String("lead"))
        return RecordHistoryModel::tr("Lead");
    if (field == QLatin1String("contact"))
        return RecordHistoryModel::tr("Contact");
    if (field == QLatin1String("interaction_type"))
        return RecordHistoryModel::tr("Type");
    if (field == QLatin1String("details"))
        return RecordHistoryModel::tr("Details");
    if (field == QLatin1String("order_placed"))
        return RecordHistoryModel::tr("Order placed");
    if (field == QLatin1String("date"))
        return RecordHistoryModel::tr("Date");
    return field;
}

QString valueText(const QString &field, const QJsonValue &value,
                  const QHash<QString, QString> &names)
{
    if (value.isBool())
        return value.toBool() ? RecordHistoryModel::tr("yes") : RecordHistoryModel::tr("no");
    if (field == QLatin1String("lead") || field == QLatin1String("contact")) {
        // A record removed since is named by its number.
        const QString name = names.value(field + QString::number(value.toInteger()));
        return name.isEmpty() ? RecordHistoryModel::tr("#%1").arg(value.toInteger())
                              : RecordHistoryModel::tr("“%1”").arg(name);
    }
    if (field == orderPrefix + QLatin1String("total_price")) {
        if (const std::optional<Money> amount = Money::fromJsonNumber(value.toDouble()))
            return amount->toLocaleText(QLocale());
    }
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (field == QLatin1String("status")) {
        if (const std::optional<LeadStatus> status = LeadStatuses::fromCode(value.toString()))
            return LeadStatuses::displayName(*status);
    }
    if (field == QLatin1String("interaction_type")) {
        if (const std::optional<InteractionType> type
            = InteractionTypes::fromCode(value.toString()))
            return InteractionTypes::displayName(*type);
    }
    if (field == QLatin1String("date") || field == orderPrefix + QLatin1String("order_date")) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (time.isValid())
            return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    }
    return RecordHistoryModel::tr("“%1”").arg(value.toString());
}

} // namespace

RecordHistoryModel::RecordHistoryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        // A lead or contact renamed renames it in the history too.
        if (changes.testAnyFlags(Database::Change::Interactions | Database::Change::Leads
                                 | Database::Change::Contacts))
            reload();
    });
}

void RecordHistoryModel::setRecord(RecordHistory::Kind kind, std::optional<qint64> id)
{
    m_kind = kind;
    m_record = id;
    reload();
}

void RecordHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    if (m_record) {
        const StoreResult<QList<RecordHistory::Entry>> entries
            = RecordHistory(m_database).of(m_kind, *m_record);
        if (entries.ok())
            m_entries = entries.value;
        else
            m_lastError = entries.failure;
    }
    m_names.clear();
    for (const RecordHistory::Entry &entry : std::as_const(m_entries))
        nameReferences(entry.fields);
    endResetModel();
}

// The leads and contacts an entry names by id, by their names as they are now.
void RecordHistoryModel::nameReferences(const QJsonObject &fields)
{
    for (const QString &field : { QStringLiteral("lead"), QStringLiteral("contact") }) {
        const QJsonObject change = fields.value(field).toObject();
        for (const QString &end : { QStringLiteral("from"), QStringLiteral("to") }) {
            if (!change.contains(end))
                continue;
            const qint64 id = change.value(end).toInteger();
            const QString key = field + QString::number(id);
            if (m_names.contains(key))
                continue;
            if (field == QLatin1String("lead")) {
                const StoreResult<Lead> lead = LeadStore(m_database).get(id);
                m_names.insert(key, lead.ok() ? lead.value.name : QString());
            } else {
                const StoreResult<Contact> contact = ContactStore(m_database).get(id);
                m_names.insert(key, contact.ok() ? contact.value.name : QString());
            }
        }
    }
}

int RecordHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RecordHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordHistoryModel::describe(const QString &field, const QJsonObject &change) const
{
    const bool hasFrom = change.contains(QLatin1String("from"));
    const bool hasTo = change.contains(QLatin1String("to"));
    if (hasFrom && hasTo)
        return tr("%1: %2 → %3", "field: from → to")
            .arg(labelOf(m_kind, field),
                 valueText(field, change.value(QLatin1String("from")), m_names),
                 valueText(field, change.value(QLatin1String("to")), m_names));
    return tr("%1: %2", "field: value")
        .arg(labelOf(m_kind, field),
             valueText(field, change.value(hasTo ? QLatin1String("to") : QLatin1String("from")),
                       m_names));
}

QString RecordHistoryModel::fieldLabel(RecordHistory::Kind kind, const QString &field)
{
    return labelOf(kind, field);
}

QVariant RecordHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordHistory::Entry &entry = m_entries.at(index.row());
    if (role == TimeRole)
        return entry.at;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When: {
        const QString reached = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        // Made on a replica, maybe offline long before it reached this database.
        if (!entry.madeAt.isValid())
            return reached;
        return tr("%1 (made offline %2)", "reached the server (made on a laptop)")
            .arg(reached, QLocale().toString(entry.madeAt.toLocalTime(), QLocale::ShortFormat));
    }
    case Who:
        // Only a person's token names someone; the window and commands name nobody.
        return entry.personName.isEmpty() ? tr("(not named)") : entry.personName;
    case Change:
        switch (entry.change) {
        case RecordHistory::Change::Created:
            return m_kind == RecordHistory::Kind::Interaction ? tr("Logged") : tr("Added");
        case RecordHistory::Change::Deleted:
            return tr("Deleted");
        case RecordHistory::Change::Changed:
            break;
        }
        return tr("Changed");
    case Fields: {
        QStringList lines;
        for (auto field = entry.fields.constBegin(); field != entry.fields.constEnd(); ++field)
            lines.append(describe(field.key(), field.value().toObject()));
        return lines.join(QLatin1Char('\n'));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecordHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Change:
        return tr("Change");
    case Fields:
        return tr("What");
    case ColumnCount:
        break;
    }
    return {};
}
