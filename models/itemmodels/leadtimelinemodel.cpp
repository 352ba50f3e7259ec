#include "itemmodels/leadtimelinemodel.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "storage/database.h"

#include <QLocale>

LeadTimelineModel::LeadTimelineModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    connect(&m_database, &Database::changed, this, [this](Database::Changes) {
        if (m_lead)
            refresh();
    });
}

void LeadTimelineModel::setLead(std::optional<qint64> lead)
{
    if (lead == m_lead)
        return;
    m_lead = lead;
    refresh();
}

void LeadTimelineModel::refresh()
{
    // Views (and the model tester) may ask to fetch more while a change is announced.
    m_changing = true;
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    if (m_lead && m_database.isOpen()) {
        const StoreResult<qint64> total = LeadTimelineQuery(m_database).count(*m_lead);
        if (total.ok())
            m_total = total.value;
        else
            m_lastError = total.failure;
    }
    endResetModel();
    m_changing = false;
    if (canFetchMore({}))
        fetchMore({});
}

int LeadTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool LeadTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_entries.size() < m_total;
}

void LeadTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_lead || m_changing)
        return;
    const StoreResult<QList<Entry>> read
        = LeadTimelineQuery(m_database)
              .page(*m_lead, m_entries.isEmpty() ? nullptr : &m_entries.constLast(), m_batchSize);
    if (!read.ok()) {
        m_lastError = read.failure;
        m_total = m_entries.size(); // stop asking for more
        return;
    }
    const QList<Entry> &batch = read.value;
    if (batch.isEmpty()) {
        m_total = m_entries.size();
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + batch.size() - 1));
    m_entries.append(batch);
    endInsertRows();
    m_changing = false;
}

QVariant LeadTimelineModel::data(const QModelIndex &index, int role) const
{
    // Views and pickers ask with invalid indexes; checkIndex() would warn about each.
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const std::optional<InteractionType> type = InteractionTypes::fromCode(entry.typeCode);
    const QString typeName = type ? InteractionTypes::displayName(*type) : entry.typeCode;
    switch (role) {
    case IdRole:
        return entry.id;
    case DateRole:
        return entry.date;
    case TypeRole:
        return entry.typeCode;
    case ContactNameRole:
        return entry.contactName;
    case DetailsRole:
        return entry.details;
    case OrderPlacedRole:
        return entry.orderPlaced;
    case Qt::ToolTipRole:
        return entry.details;
    case TitleRole:
    case Qt::DisplayRole: {
        const QString when
            = QLocale().toString(entry.date.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        QString title = tr("%1 · %2 with %3").arg(when, typeName, entry.contactName);
        if (entry.totalCents)
            title += tr(" · order %1")
                         .arg(Money::fromCents(*entry.totalCents).toLocaleText(QLocale()));
        else if (entry.orderPlaced)
            title += tr(" · order placed");
        if (role == TitleRole || entry.details.isEmpty())
            return title;
        QString details = entry.details;
        details.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return title + QLatin1Char('\n') + details;
    }
    default:
        return {};
    }
}
