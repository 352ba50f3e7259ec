#include "itemmodels/leadtimelinemodel.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

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
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM interactions WHERE lead_id = ?"));
        query.addBindValue(*m_lead);
        if (query.exec() && query.next())
            m_total = query.value(0).toLongLong();
        else
            m_lastError = query.lastError().text();
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

// Keyset paging on (date, id): each batch starts after the last one shown, so a long history
// costs no more per batch than a short one.
void LeadTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_lead || m_changing)
        return;
    QString sql = QStringLiteral("SELECT i.id, i.occurred_at, i.interaction_type, c.name,"
                                 " i.details, i.order_placed, o.total_price_cents"
                                 " FROM interactions i JOIN contacts c ON c.id = i.contact_id"
                                 " LEFT JOIN order_details o ON o.interaction_id = i.id"
                                 " WHERE i.lead_id = ?");
    if (!m_entries.isEmpty())
        sql += QStringLiteral(" AND (i.occurred_at < ? OR (i.occurred_at = ? AND i.id < ?))");
    sql += QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(*m_lead);
    if (!m_entries.isEmpty()) {
        const Entry &last = m_entries.constLast();
        query.addBindValue(last.date.toSecsSinceEpoch());
        query.addBindValue(last.date.toSecsSinceEpoch());
        query.addBindValue(last.id);
    }
    query.addBindValue(m_batchSize);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        m_total = m_entries.size(); // stop asking for more
        return;
    }
    QList<Entry> batch;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        entry.typeCode = query.value(2).toString();
        entry.contactName = query.value(3).toString();
        entry.details = query.value(4).toString();
        entry.orderPlaced = query.value(5).toInt() != 0;
        if (!query.value(6).isNull())
            entry.totalCents = query.value(6).toLongLong();
        batch.append(entry);
    }
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
