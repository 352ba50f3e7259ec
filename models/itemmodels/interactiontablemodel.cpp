#include "itemmodels/interactiontablemodel.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

constexpr int maxCachedPages = 16;
// The table shows a line of the details; the whole text is a click away in the detail pane.
constexpr int shownDetailsLength = 500;

void bindAll(QSqlQuery &query, const QVariantList &bindings)
{
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
}

} // namespace

InteractionTableModel::InteractionTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_sumTimer(new QTimer(this))
{
    // A filtered sum reads every row the filter lets through: at a million interactions it
    // takes a noticeable moment (docs/benchmarks.md). The table shows first, and a burst of
    // changes (typing a search) is summed once.
    m_sumTimer->setSingleShot(true);
    m_sumTimer->setInterval(150);
    connect(m_sumTimer, &QTimer::timeout, this, &InteractionTableModel::sumOrders);
    m_filter.sortKey = InteractionFilter::SortKey::Date;
    m_filter.sortOrder = Qt::DescendingOrder;
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes
            & (Database::Change::Interactions | Database::Change::OrderDetails
               | Database::Change::Leads | Database::Change::Contacts))
            refresh();
    });
    m_newestId = m_newAfter = newestId();
    recount();
}

qint64 InteractionTableModel::newestId() const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"))
        || !query.next()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

void InteractionTableModel::setFilter(const InteractionFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_recentPages.clear();
    recount(KeepTotal);
    endResetModel();
    emit countsChanged(m_count, totalCount());
}

void InteractionTableModel::refresh()
{
    const qint64 newest = newestId();
    const bool arrived = newest > m_newestId;
    beginResetModel();
    m_newestId = qMax(m_newestId, newest);
    m_pages.clear();
    m_recentPages.clear();
    recount();
    endResetModel();
    emit countsChanged(m_count, totalCount());
    if (arrived)
        emit interactionsArrived(m_newCount);
}

void InteractionTableModel::acknowledgeNew()
{
    if (m_newAfter == m_newestId)
        return;
    m_newAfter = m_newestId;
    m_newCount = 0;
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnTotal - 1), { NewRole });
}

int InteractionTableModel::firstNewRow() const
{
    if (m_newCount == 0)
        return -1;
    QVariantList bindings;
    const QString fromWhere = m_filter.sqlFromWhere(bindings);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT min(position) FROM (SELECT i.id AS id, row_number()"
                                 " OVER (%1) AS position%2) WHERE id > ?")
                      .arg(m_filter.sqlOrderBy().trimmed(), fromWhere));
    bindAll(query, bindings);
    query.addBindValue(m_newAfter);
    if (!query.exec() || !query.next() || query.value(0).isNull()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    return int(query.value(0).toLongLong() - 1);
}

void InteractionTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = qMax(1, rows);
    m_pages.clear();
    m_recentPages.clear();
    endResetModel();
}

// The total changes only with the data, which refresh() is told of: a new filter keeps it.
void InteractionTableModel::recount(TotalCount total)
{
    m_count = 0;
    m_newCount = 0;
    if (total == CountTotal)
        m_total = -1;
    if (!m_database.isOpen()) {
        m_total = 0;
        return;
    }
    countNew();
    if (m_filter.isEmpty()) {
        sumOrders(); // every order's details: a quick sum of their own table
    } else {
        m_orderCents.reset();
        m_sumTimer->start();
    }

    QVariantList bindings;
    QSqlQuery query(m_database.connection());
    query.prepare(m_filter.sqlCount(bindings));
    bindAll(query, bindings);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return;
    }
    m_count = query.value(0).toLongLong();
    if (m_filter.isEmpty()) {
        m_total = m_count;
        return;
    }
    if (m_total >= 0)
        return;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM interactions")) || !query.next()) {
        m_lastError = query.lastError().text();
        return;
    }
    m_total = query.value(0).toLongLong();
}

// The filter's rows as a subquery, which SQLite flattens into what reads it: the same
// conditions as the table's, without the join its sort may need.
namespace {

QString shownRows(const InteractionFilter &filter, QVariantList &bindings)
{
    InteractionFilter unsorted = filter;
    unsorted.sortKey = InteractionFilter::SortKey::Id;
    return QStringLiteral("(SELECT i.id AS id") + unsorted.sqlFromWhere(bindings)
        + QLatin1Char(')');
}

} // namespace

void InteractionTableModel::countNew()
{
    if (m_newAfter >= m_newestId)
        return;
    QVariantList bindings;
    QSqlQuery fresh(m_database.connection());
    fresh.prepare(QStringLiteral("SELECT count(*) FROM %1 shown WHERE shown.id > ?")
                      .arg(shownRows(m_filter, bindings)));
    bindAll(fresh, bindings);
    fresh.addBindValue(m_newAfter);
    if (!fresh.exec() || !fresh.next()) {
        m_lastError = fresh.lastError().text();
        return;
    }
    m_newCount = fresh.value(0).toLongLong();
}

void InteractionTableModel::sumOrders()
{
    m_sumTimer->stop();
    QVariantList bindings;
    QSqlQuery sum(m_database.connection());
    // Without a filter every order's details count; the join would read every interaction.
    sum.prepare(
        m_filter.isEmpty()
            ? QStringLiteral("SELECT coalesce(sum(total_price_cents), 0) FROM order_details")
            : QStringLiteral("SELECT coalesce(sum(o.total_price_cents), 0) FROM %1 shown"
                             " JOIN order_details o ON o.interaction_id = shown.id")
                  .arg(shownRows(m_filter, bindings)));
    bindAll(sum, bindings);
    if (!sum.exec() || !sum.next()) {
        m_lastError = sum.lastError().text();
        m_orderCents.reset();
        return;
    }
    m_orderCents = sum.value(0).toLongLong();
    emit orderTotalChanged();
}

// Two steps: the page's ids in the filter's order (the database skips rows on an index without
// joining them), then the rows of those ids with their lead's and contact's names.
bool InteractionTableModel::loadPage(int page) const
{
    QVariantList bindings;
    const InteractionFilter::TextPlan plan
        = m_filter.textPlanFor(m_count, m_total, qint64(page) * m_pageSize, m_pageSize);
    QString sql = QStringLiteral("SELECT i.id") + m_filter.sqlFromWhere(bindings, plan)
        + m_filter.sqlOrderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    bindings << m_pageSize << qint64(page) * m_pageSize;
    QSqlQuery ids(m_database.connection());
    ids.setForwardOnly(true);
    ids.prepare(sql);
    bindAll(ids, bindings);
    if (!ids.exec()) {
        m_lastError = ids.lastError().text();
        return false;
    }
    QList<qint64> order;
    order.reserve(m_pageSize);
    while (ids.next())
        order.append(ids.value(0).toLongLong());

    QList<Row> rows;
    rows.reserve(order.size());
    if (!order.isEmpty()) {
        QStringList marks;
        marks.reserve(order.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral(
                "SELECT i.id, i.lead_id, i.contact_id, i.interaction_type,"
                " substr(i.details, 1, %1), i.order_placed, i.occurred_at, l.name, c.name,"
                " o.total_price_cents FROM interactions i"
                " JOIN leads l ON l.id = i.lead_id JOIN contacts c ON c.id = i.contact_id"
                " LEFT JOIN order_details o ON o.interaction_id = i.id"
                " WHERE i.id IN (%2)")
                .arg(shownDetailsLength)
                .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : order)
            query.addBindValue(id);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        QHash<qint64, Row> byId;
        byId.reserve(order.size());
        while (query.next()) {
            Row row;
            row.id = query.value(0).toLongLong();
            row.lead = query.value(1).toLongLong();
            row.contact = query.value(2).toLongLong();
            row.typeCode = query.value(3).toString();
            row.details = query.value(4).toString();
            row.orderPlaced = query.value(5).toInt() != 0;
            row.occurredAt = query.value(6).toLongLong();
            row.leadName = query.value(7).toString();
            row.contactName = query.value(8).toString();
            if (!query.value(9).isNull())
                row.totalCents = query.value(9).toLongLong();
            byId.insert(row.id, row);
        }
        for (qint64 id : order)
            rows.append(byId.value(id, Row { id, 0, 0, {}, {}, {}, {}, false, 0, {} }));
    }
    if (m_pages.size() >= maxCachedPages && !m_recentPages.isEmpty())
        m_pages.remove(m_recentPages.takeFirst());
    m_pages.insert(page, rows);
    m_recentPages.append(page);
    return true;
}

const InteractionTableModel::Row *InteractionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / m_pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        found = m_pages.constFind(page);
    } else if (m_recentPages.constLast() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const int offset = row - page * m_pageSize;
    if (offset >= found->size())
        return nullptr; // rows went away since the count; the change signal will reset us
    return &found->at(offset);
}

qint64 InteractionTableModel::idAt(int row) const
{
    const Row *found = rowAt(row);
    return found ? found->id : 0;
}

int InteractionTableModel::rowOf(qint64 id) const
{
    QVariantList bindings;
    const QString fromWhere = m_filter.sqlFromWhere(bindings);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT position FROM (SELECT i.id AS id, row_number() OVER (%1)"
                                 " AS position%2) WHERE id = ?")
                      .arg(m_filter.sqlOrderBy().trimmed(), fromWhere));
    bindAll(query, bindings);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    if (!query.next())
        return -1;
    return int(query.value(0).toLongLong() - 1);
}

int InteractionTableModel::rowNear(qint64 id, int nearRow) const
{
    if (m_count == 0)
        return -1;
    nearRow = int(qBound(qint64(0), qint64(nearRow), m_count - 1));
    const int page = nearRow / m_pageSize;
    for (int candidate : { page, page - 1, page + 1 }) {
        const int first = candidate * m_pageSize;
        if (candidate < 0 || first >= m_count)
            continue;
        for (int row = first; row < qMin<qint64>(first + m_pageSize, m_count); ++row) {
            if (idAt(row) == id)
                return row;
        }
    }
    return -1;
}

int InteractionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int InteractionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant InteractionTableModel::data(const QModelIndex &index, int role) const
{
    // Views and pickers ask with invalid indexes; checkIndex() would warn about each.
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case LeadIdRole:
        return row->lead;
    case ContactIdRole:
        return row->contact;
    case OrderPlacedRole:
        return row->orderPlaced;
    case DateRole:
        return QDateTime::fromSecsSinceEpoch(row->occurredAt, QTimeZone::utc());
    case NewRole:
        return row->id > m_newAfter;
    case Qt::TextAlignmentRole:
        if (index.column() == OrderColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn && !row->details.isEmpty())
            return row->details;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DateColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(row->occurredAt).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case LeadColumn:
        return row->leadName;
    case ContactColumn:
        return row->contactName;
    case TypeColumn: {
        const std::optional<InteractionType> type = InteractionTypes::fromCode(row->typeCode);
        return type ? InteractionTypes::displayName(*type) : row->typeCode;
    }
    case DetailsColumn: {
        QString line = row->details;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return line;
    }
    case OrderColumn:
        if (row->totalCents)
            return Money::fromCents(*row->totalCents).toDecimalText();
        return row->orderPlaced ? tr("Yes") : QString();
    }
    return {};
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LeadColumn:
        return tr("Lead");
    case ContactColumn:
        return tr("Contact");
    case TypeColumn:
        return tr("Type");
    case DetailsColumn:
        return tr("Details");
    case OrderColumn:
        return tr("Order");
    default:
        return {};
    }
}

InteractionFilter::SortKey InteractionTableModel::sortKeyOf(int column)
{
    switch (column) {
    case DateColumn:
        return InteractionFilter::SortKey::Date;
    case LeadColumn:
        return InteractionFilter::SortKey::Lead;
    case ContactColumn:
        return InteractionFilter::SortKey::Contact;
    case TypeColumn:
        return InteractionFilter::SortKey::Type;
    case DetailsColumn:
        return InteractionFilter::SortKey::Details;
    case OrderColumn:
        return InteractionFilter::SortKey::OrderAmount;
    default:
        return InteractionFilter::SortKey::Id;
    }
}

int InteractionTableModel::columnOf(InteractionFilter::SortKey key)
{
    for (int column = 0; column < columnTotal; ++column) {
        if (sortKeyOf(column) == key)
            return column;
    }
    return -1;
}

void InteractionTableModel::sort(int column, Qt::SortOrder order)
{
    InteractionFilter sorted = m_filter;
    sorted.sortKey = sortKeyOf(column);
    sorted.sortOrder = order;
    if (sorted == m_filter)
        return;
    // A sort keeps the rows and their count, so views keep their selection: a layout change,
    // with each selected interaction found again once (a view holds an index per cell).
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(index.data(IdRole).toLongLong());
    m_filter = sorted;
    m_pages.clear();
    m_recentPages.clear();
    QHash<qint64, int> newRows;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        auto found = newRows.constFind(ids.at(i));
        if (found == newRows.constEnd())
            found = newRows.insert(ids.at(i), ids.at(i) ? rowOf(ids.at(i)) : -1);
        after.append(*found < 0 ? QModelIndex() : index(*found, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
