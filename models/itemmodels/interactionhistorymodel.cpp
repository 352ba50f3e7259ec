#include "itemmodels/interactionhistorymodel.h"

#include "core/interactiontype.h"
#include "storage/database.h"

#include <QJsonValue>
#include <QLocale>

namespace {

QString fieldLabel(const QString &field)
{
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

QString valueText(const QString &field, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? InteractionHistoryModel::tr("yes")
                              : InteractionHistoryModel::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (field == QLatin1String("interaction_type")) {
        if (const std::optional<InteractionType> type
            = InteractionTypes::fromCode(value.toString()))
            return InteractionTypes::displayName(*type);
    }
    if (field == QLatin1String("date")) {
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
        if (changes.testFlag(Database::Change::Interactions))
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
    endResetModel();
}

int InteractionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InteractionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InteractionHistoryModel::describe(const QString &field, const QJsonObject &change)
{
    const bool hasFrom = change.contains(QLatin1String("from"));
    const bool hasTo = change.contains(QLatin1String("to"));
    if (hasFrom && hasTo)
        return tr("%1: %2 → %3", "field: from → to")
            .arg(fieldLabel(field), valueText(field, change.value(QLatin1String("from"))),
                 valueText(field, change.value(QLatin1String("to"))));
    return tr("%1: %2", "field: value")
        .arg(fieldLabel(field),
             valueText(field, change.value(hasTo ? QLatin1String("to") : QLatin1String("from"))));
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
