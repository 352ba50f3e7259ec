#include "itemmodels/interactionhistorymodel.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"

#include <QJsonValue>
#include <QLocale>

namespace {

const QString orderPrefix = RecordHistory::orderDetailsPrefix();

QString fieldLabel(const QString &field)
{
    if (field == orderPrefix + QLatin1String("product_details"))
        return InteractionHistoryModel::tr("Products");
    if (field == orderPrefix + QLatin1String("quantity"))
        return InteractionHistoryModel::tr("Quantity");
    if (field == orderPrefix + QLatin1String("total_price"))
        return InteractionHistoryModel::tr("Total price");
    if (field == orderPrefix + QLatin1String("order_date"))
        return InteractionHistoryModel::tr("Order date");
    if (field == QLatin1String("lead"))
        return InteractionHistoryModel::tr("Lead");
    if (field == QLatin1String("contact"))
        return InteractionHistoryModel::tr("Contact");
    if (field == QLatin1String("interaction_type"))
        return InteractionHistoryModel::tr("Type");
    if (field == QLatin1String("details"))
        return InteractionHistoryModel::tr("Details");
    if (field == QLatin1String("order_placed"))
        return InteractionHistoryModel::tr("Order placed");
    if (field == QLatin1String("date"))
        return InteractionHistoryModel::tr("Date");
    return field;
}

QString valueText(const QString &field, const QJsonValue &value,
                  const QHash<QString, QString> &names)
{
    if (value.isBool())
        return value.toBool() ? InteractionHistoryModel::tr("yes")
                              : InteractionHistoryModel::tr("no");
    if (field == QLatin1String("lead") || field == QLatin1String("contact")) {
        // A record removed since is named by its number.
        const QString name = names.value(field + QString::number(value.toInteger()));
        return name.isEmpty() ? InteractionHistoryModel::tr("#%1").arg(value.toInteger())
                              : InteractionHistoryModel::tr("“%1”").arg(name);
    }
    if (field == orderPrefix + QLatin1String("total_price")) {
        if (const std::optional<Money> amount = Money::fromJsonNumber(value.toDouble()))
            return amount->toLocaleText(QLocale());
    }
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
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
    return InteractionHistoryModel::tr("“%1”").arg(value.toString());
}

} // namespace

InteractionHistoryModel::InteractionHistoryModel(Database &database, QObject *parent)
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

void InteractionHistoryModel::setInteraction(std::optional<qint64> interaction)
{
    m_interaction = interaction;
    reload();
}

void InteractionHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    if (m_interaction) {
        const StoreResult<QList<RecordHistory::Entry>> entries
            = RecordHistory(m_database).of(RecordHistory::Kind::Interaction, *m_interaction);
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
void InteractionHistoryModel::nameReferences(const QJsonObject &fields)
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

int InteractionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InteractionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InteractionHistoryModel::describe(const QString &field, const QJsonObject &change) const
{
    const bool hasFrom = change.contains(QLatin1String("from"));
    const bool hasTo = change.contains(QLatin1String("to"));
    if (hasFrom && hasTo)
        return tr("%1: %2 → %3", "field: from → to")
            .arg(fieldLabel(field), valueText(field, change.value(QLatin1String("from")), m_names),
                 valueText(field, change.value(QLatin1String("to")), m_names));
    return tr("%1: %2", "field: value")
        .arg(fieldLabel(field),
             valueText(field, change.value(hasTo ? QLatin1String("to") : QLatin1String("from")),
                       m_names));
}

QVariant InteractionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordHistory::Entry &entry = m_entries.at(index.row());
    if (role == TimeRole)
        return entry.at;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        // Only a person's token names someone; the window and commands name nobody.
        return entry.personName.isEmpty() ? tr("(not named)") : entry.personName;
    case Change:
        switch (entry.change) {
        case RecordHistory::Change::Created:
            return tr("Logged");
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

QVariant InteractionHistoryModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
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
