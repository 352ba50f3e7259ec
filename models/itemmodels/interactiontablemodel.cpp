#include "itemmodels/interactiontablemodel.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QTimeZone>

namespace {

constexpr int maxCachedPages = 16;

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
    const StoreResult<qint64> newest = InteractionPageQuery(m_database).newestId();
    if (!newest.ok()) {
        m_lastError = newest.failure;
        return 0;
    }
    return newest.value;
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
    const qint64 before = m_count;
    beginResetModel();
    m_newestId = qMax(m_newestId, newest);
    m_pages.clear();
    m_recentPages.clear();
    // The same filter's rows a moment ago: a view keeps its selection and scroll position
    // among them while a new count is read.
    recount(CountTotal, before);
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

int InteractionTableModel::firstNewRow()
{
    if (m_newCount == 0)
        return -1;
    const StoreResult<qint64> first
        = InteractionPageQuery(m_database).firstRowAbove(m_filter, m_newAfter);
    if (!first.ok()) {
        m_lastError = first.failure;
        return -1;
    }
    if (first.value >= m_count)
        awaitCount();
    return int(first.value);
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
void InteractionTableModel::recount(TotalCount total, qint64 estimate)
{
    m_count = 0;
    m_newCount = 0;
    m_counted = true;
    ++m_ticket; // a tally asked for before is not wanted
    if (total == CountTotal)
        m_total = -1;
    if (!m_database.isOpen()) {
        m_total = 0;
        return;
    }
    countNew();
    if (m_database.dialect().countsReadEachRow()) {
        m_sumTimer->stop();
        showBeforeCounting(estimate);
        return;
    }
    if (m_filter.isEmpty()) {
        sumOrders(); // every order's details: a quick sum of their own table
    } else {
        m_orderCents.reset();
        m_sumTimer->start();
    }

    const InteractionPageQuery query(m_database);
    const StoreResult<qint64> shown = query.count(m_filter);
    if (!shown.ok()) {
        m_lastError = shown.failure;
        return;
    }
    m_count = shown.value;
    if (m_filter.isEmpty()) {
        m_total = m_count;
        return;
    }
    if (m_total >= 0)
        return;
    const StoreResult<qint64> all = query.countAll();
    if (!all.ok()) {
        m_lastError = all.failure;
        return;
    }
    m_total = all.value;
}

// The first page is read before the count; when it is full, the rows show while another connection
// counts them and sums their orders (InteractionTally), and settleCount() gives the table its
// rows then.
void InteractionTableModel::showBeforeCounting(qint64 estimate)
{
    const InteractionPageQuery query(m_database);
    std::optional<StoreResult<QList<Row>>> first = firstRowsByWalking(query);
    std::optional<qint64> counted;
    if (!first) {
        // The walk found too few: a rare word, or one only in older rows. The count plans the
        // page (textPlanFor), and a rare word's is quick.
        qint64 matches = -1;
        if (m_filter.walksDatesAlone(m_database.dialect())) {
            const StoreResult<qint64> shown = query.count(m_filter);
            if (!shown.ok()) {
                m_lastError = shown.failure;
                return;
            }
            counted = matches = shown.value;
        }
        if (matches == 0)
            first = StoreResult<QList<Row>>::success({}); // nothing to look up
        else
            first = query.page(
                m_filter,
                m_filter.textPlanFor(m_database.dialect(), matches, m_total, 0, m_pageSize), 0,
                m_pageSize, matches);
    }
    if (!first->ok()) {
        m_lastError = first->failure;
        return;
    }
    m_pages.insert(0, first->value);
    m_recentPages.append(0);
    if (!counted && first->value.size() < m_pageSize)
        counted = first->value.size(); // every row there is
    if (counted) {
        m_count = *counted;
        if (m_filter.isEmpty())
            m_total = m_count;
    } else {
        m_count = qMax<qint64>(m_pageSize, estimate);
        m_counted = false;
    }

    // Asked for once the first page is read, so that the other connection's work does not slow
    // it down (two cores may be all there is, for this and the server).
    InteractionTally::Figures wanted = InteractionTally::OrderCents;
    if (!m_counted)
        wanted |= InteractionTally::Shown;
    if (!m_filter.isEmpty() && m_total < 0)
        wanted |= InteractionTally::Total;
    m_orderCents.reset();
    tally()->request(m_ticket, m_filter, wanted);
}

// The first page of a search alone in date order, found by checking the first rows of that order,
// or none when they do not fill it: the count then plans how to find it.
std::optional<StoreResult<QList<InteractionTableModel::Row>>>
InteractionTableModel::firstRowsByWalking(const InteractionPageQuery &query)
{
    if (!m_filter.walksDatesAlone(m_database.dialect()))
        return std::nullopt;
    StoreResult<QList<Row>> first = query.firstRowsAmong(m_filter, m_pageSize, firstWalk);
    if (!first.ok() || first.value.size() >= m_pageSize)
        return first;
    // As many matches again in each stretch of the newest rows: the longer walk would not fill
    // the page either, so it is not taken (a rare word's count is quick).
    if (first.value.size() * (secondWalk / firstWalk) < m_pageSize)
        return std::nullopt;
    first = query.firstRowsAmong(m_filter, m_pageSize, secondWalk);
    if (!first.ok() || first.value.size() >= m_pageSize)
        return first;
    return std::nullopt;
}

InteractionTally *InteractionTableModel::tally()
{
    if (m_tally && m_tally->databasePath() == m_database.path())
        return m_tally;
    delete m_tally;
    m_tally = new InteractionTally(m_database, this);
    connect(m_tally, &InteractionTally::tallied, this, &InteractionTableModel::takeTally);
    return m_tally;
}

void InteractionTableModel::takeTally(quint64 ticket, const InteractionTally::Tally &tally)
{
    if (ticket != m_ticket)
        return; // for a filter or data since changed
    if (!tally.failure.isEmpty())
        m_lastError = tally.failure;
    if (!m_counted)
        settleCount(tally.shown.value_or(m_count));
    if (m_filter.isEmpty())
        m_total = m_count;
    else if (tally.total)
        m_total = *tally.total;
    if (tally.orderCents)
        m_orderCents = tally.orderCents;
    emit countsChanged(m_count, totalCount());
    if (tally.orderCents)
        emit orderTotalChanged();
}

// The rows shown before the count (the first page, or the count before a write) become the count.
void InteractionTableModel::settleCount(qint64 count)
{
    // Counted only once m_count is the count: a page read in between (a view or tester looking
    // at the rows being added or removed) must not be read from the other end of a wrong count.
    const auto counted = qScopeGuard([this] { m_counted = true; });
    count = qMax<qint64>(0, count);
    if (count > m_count) {
        beginInsertRows({}, rowCount(),
                        int(qMin<qint64>(count, std::numeric_limits<int>::max())) - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, int(qMin<qint64>(count, std::numeric_limits<int>::max())),
                        rowCount() - 1);
        m_count = count;
        endRemoveRows();
    }
}

void InteractionTableModel::awaitCount()
{
    if (m_counted)
        return;
    const StoreResult<qint64> shown = InteractionPageQuery(m_database).count(m_filter);
    if (!shown.ok())
        m_lastError = shown.failure;
    settleCount(shown.ok() ? shown.value : m_count);
}

void InteractionTableModel::countNew()
{
    if (m_newAfter >= m_newestId)
        return;
    const StoreResult<qint64> fresh
        = InteractionPageQuery(m_database).countAbove(m_filter, m_newAfter);
    if (!fresh.ok()) {
        m_lastError = fresh.failure;
        return;
    }
    m_newCount = fresh.value;
}

void InteractionTableModel::sumOrders()
{
    m_sumTimer->stop();
    const StoreResult<qint64> sum = InteractionPageQuery(m_database).orderCents(m_filter);
    if (!sum.ok()) {
        m_lastError = sum.failure;
        m_orderCents.reset();
        return;
    }
    m_orderCents = sum.value;
    emit orderTotalChanged();
}

bool InteractionTableModel::loadPage(int page) const
{
    const qint64 offset = qint64(page) * m_pageSize;
    const StoreResult<QList<Row>> rows
        = InteractionPageQuery(m_database)
              .page(
                  m_filter,
                  m_filter.textPlanFor(m_database.dialect(), m_count, m_total, offset, m_pageSize),
                  // Reading from the other end needs the true count.
                  offset, m_pageSize, m_counted ? m_count : -1);
    if (!rows.ok()) {
        m_lastError = rows.failure;
        return false;
    }
    if (m_pages.size() >= maxCachedPages && !m_recentPages.isEmpty())
        m_pages.remove(m_recentPages.takeFirst());
    m_pages.insert(page, rows.value);
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

int InteractionTableModel::rowOf(qint64 id)
{
    const StoreResult<qint64> found = InteractionPageQuery(m_database).rowOf(m_filter, id);
    if (found.status == StoreStatus::Failed)
        m_lastError = found.failure;
    if (!found.ok())
        return -1;
    // Asked for by a view that selects the row: the row must be there.
    if (found.value >= m_count)
        awaitCount();
    return int(found.value);
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
    awaitCount(); // the rows may not change in a layout change
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
