#include "interactionsview.h"

#include "core/interactiontype.h"
#include "core/money.h"
#include "detailpane.h"
#include "emptystate.h"
#include "filterpanel.h"
#include "interactionrowdelegate.h"
#include "itemmodels/interactiontablemodel.h"
#include "settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedLayout>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace {

constexpr int newRowsShownMs = 60000;

const QString splitterKey = QStringLiteral("window/splitter");
const QString headerKey = QStringLiteral("window/tableHeader");

} // namespace

InteractionsView::InteractionsView(Database &database, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new InteractionTableModel(database, this))
{
    setObjectName(QStringLiteral("interactionsView"));

    // Filters | table | detail pane, or the empty state.
    m_filterPanel = new FilterPanel(database);
    auto *filterScroll = new QScrollArea;
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setMinimumWidth(m_filterPanel->sizeHint().width() + 12);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("interactionsTable"));
    m_table->setAccessibleName(tr("Interactions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // A fixed row height: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        InteractionRowDelegate::rowHeight(m_table->font()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Details is what people read: it takes the room left. The others fit what they show, and
    // Lead and Contact give way to it when the window is narrow (see fitColumns()).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InteractionTableModel::DetailsColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    for (int column = 0; column < InteractionTableModel::columnTotal; ++column) {
        if (column != InteractionTableModel::DetailsColumn)
            m_table->setColumnWidth(column, defaultColumnWidth(column));
    }
    m_leadWidth = defaultColumnWidth(InteractionTableModel::LeadColumn);
    m_contactWidth = defaultColumnWidth(InteractionTableModel::ContactColumn);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_fittingColumns)
            return;
        // What the person chose is what fitColumns() gives back when there is room.
        if (column == InteractionTableModel::LeadColumn)
            m_leadWidth = width;
        else if (column == InteractionTableModel::ContactColumn)
            m_contactWidth = width;
        else
            return;
        fitColumns();
    });
    m_table->viewport()->installEventFilter(this);
    m_table->setItemDelegate(
        new InteractionRowDelegate(InteractionTableModel::OrderColumn, m_table));
    // Right-click on the header: which columns to show.
    m_columnsMenu = new QMenu(tr("&Columns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &InteractionsView::fillColumnsMenu);
    fillColumnsMenu();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        m_columnsMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(at));
    });
    m_table->setSortingEnabled(true);
    header->setSortIndicator(InteractionTableModel::DateColumn, Qt::DescendingOrder);

    m_detailPane = new DetailPane(database);

    // The detail pane beside the table, or under it when the window is too narrow for both to
    // be read side by side (see placeDetailPane()).
    m_tableSplitter = new QSplitter;
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_table);
    m_tableSplitter->addWidget(m_detailPane);
    // The table takes most of a change of size; the detail pane a little, so that in a small
    // window it gives the table some of its room rather than none.
    m_tableSplitter->setStretchFactor(0, 4);
    m_tableSplitter->setStretchFactor(1, 1);
    m_tableSplitter->setChildrenCollapsible(false);
    m_tableSplitter->setSizes({ 800, 300 });
    m_tableSplitter->installEventFilter(this);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("interactionsSplitter"));
    m_splitter->addWidget(filterScroll);
    m_splitter->addWidget(m_tableSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ filterScroll->minimumWidth(), 1100 });

    m_emptyState = new EmptyState;
    m_noMatches = new EmptyState(EmptyState::Reason::NoMatches);
    m_noMatches->cover(m_table);
    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_emptyState);
    // The same margins as the leads tab's, so that switching tabs does not shift the content.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    setContentsMargins(margin, margin, margin, margin);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_orderTotalLabel = new QLabel;
    m_orderTotalLabel->setObjectName(QStringLiteral("orderTotalLabel"));
    // Apart from each other and from the window's edge, as separate facts.
    for (QLabel *label : { m_countLabel, m_orderTotalLabel })
        label->setContentsMargins(label->fontMetrics().averageCharWidth(), 0,
                                  label->fontMetrics().averageCharWidth(), 0);
    m_newRowsButton = new QPushButton;
    m_newRowsButton->setObjectName(QStringLiteral("newRowsButton"));
    m_newRowsButton->setFlat(true);
    m_newRowsButton->setIcon(QIcon(QStringLiteral(":/icons/interactions.svg")));
    m_newRowsButton->setVisible(false);
    connect(m_newRowsButton, &QPushButton::clicked, this, &InteractionsView::showNewRows);
    // New rows are tinted for a while, then they are just rows.
    m_newRowsTimer = new QTimer(this);
    m_newRowsTimer->setSingleShot(true);
    m_newRowsTimer->setInterval(newRowsShownMs);
    connect(m_newRowsTimer, &QTimer::timeout, this, &InteractionsView::acknowledgeNew);

    connect(m_filterPanel, &FilterPanel::filterChanged, this, &InteractionsView::filterChanged);
    connect(m_model, &InteractionTableModel::countsChanged, this, &InteractionsView::updateCounts);
    connect(m_model, &InteractionTableModel::interactionsArrived, this,
            &InteractionsView::interactionsArrived);
    connect(m_model, &InteractionTableModel::orderTotalChanged, this,
            &InteractionsView::updateOrderTotal);
    // Any write (here, through the API, by undo, by another process on the same file) resets
    // the model: keep the selection and what the person was looking at.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &InteractionsView::keepView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InteractionsView::restoreView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detailPane->showInteraction(
                    current.isValid() ? std::optional<qint64>(m_model->idAt(current.row()))
                                      : std::nullopt);
                emit selectionChanged();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InteractionsView::selectionChanged);
    // Double-click, and Enter when the shortcut does not reach the table first.
    connect(m_table, &QTableView::activated, this, &InteractionsView::openRequested);
    connect(m_emptyState, &EmptyState::addInteractionRequested, this,
            &InteractionsView::newInteractionRequested);
    connect(m_emptyState, &EmptyState::loadSampleDataRequested, this,
            &InteractionsView::loadSampleDataRequested);
    connect(m_noMatches, &EmptyState::clearFiltersRequested, m_filterPanel, &FilterPanel::clearAll);
}

void InteractionsView::addStatusWidgets(QStatusBar *statusBar)
{
    statusBar->addWidget(m_newRowsButton);
    statusBar->addPermanentWidget(m_countLabel);
    statusBar->addPermanentWidget(m_orderTotalLabel);
}

void InteractionsView::restoreState()
{
    m_splitter->restoreState(m_settings.value(splitterKey));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.value(headerKey))) {
        // A layout saved by an older build may not let Details stretch.
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(InteractionTableModel::DetailsColumn, QHeaderView::Stretch);
        m_leadWidth = header->sectionSize(InteractionTableModel::LeadColumn);
        m_contactWidth = header->sectionSize(InteractionTableModel::ContactColumn);
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    fitColumns();
    m_filterPanel->restoreState(m_settings.store());
    filterChanged();
}

void InteractionsView::saveState()
{
    m_settings.setValue(splitterKey, m_splitter->saveState());
    m_settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    m_filterPanel->saveState(m_settings.store());
}

void InteractionsView::acknowledgeNew()
{
    m_model->acknowledgeNew();
    updateNewRowsNotice();
}

void InteractionsView::setSampleDataOffered(bool offered, const QString &whyNot)
{
    m_emptyState->setSampleDataOffered(offered, whyNot);
}

int InteractionsView::defaultColumnWidth(int column) const
{
    const QFontMetrics metrics = m_table->fontMetrics();
    // Room for the cell's margins, and in the header for the sort indicator.
    const int padding = metrics.averageCharWidth() * 2;
    const int header = m_table->horizontalHeader()->sectionSizeHint(column);
    int content = 0;
    switch (column) {
    case InteractionTableModel::DateColumn:
        content = metrics.horizontalAdvance(QStringLiteral("2000-12-31 23:59"));
        break;
    case InteractionTableModel::TypeColumn:
        for (InteractionType type : InteractionTypes::all())
            content = qMax(content, metrics.horizontalAdvance(InteractionTypes::displayName(type)));
        break;
    case InteractionTableModel::OrderColumn:
        content = metrics.horizontalAdvance(QLocale().toString(123456.78, 'f', 2));
        break;
    case InteractionTableModel::LeadColumn:
        content = metrics.averageCharWidth() * 16;
        break;
    case InteractionTableModel::ContactColumn:
        content = metrics.averageCharWidth() * 13;
        break;
    default:
        content = metrics.averageCharWidth() * 40;
        break;
    }
    return qMax(header, content + padding);
}

// Lead and Contact keep their widths while Details has room to be read; in a narrow window
// they give way first, down to a few letters, so that no column is pushed out of sight.
void InteractionsView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int lead = InteractionTableModel::LeadColumn;
    const int contact = InteractionTableModel::ContactColumn;
    int fixed = 0;
    for (int column :
         { int(InteractionTableModel::DateColumn), int(InteractionTableModel::TypeColumn),
           int(InteractionTableModel::OrderColumn) }) {
        if (!header->isSectionHidden(column))
            fixed += header->sectionSize(column);
    }
    const int detailsRoom = m_table->fontMetrics().averageCharWidth() * 30;
    const int room = m_table->viewport()->width() - fixed - detailsRoom;
    const int wanted = m_leadWidth + m_contactWidth;
    const double share = wanted <= 0 || room >= wanted ? 1.0 : qMax(0.0, double(room) / wanted);
    const int smallest = m_table->fontMetrics().averageCharWidth() * 8;
    m_fittingColumns = true;
    header->resizeSection(lead, qMax(qMin(smallest, m_leadWidth), int(m_leadWidth * share)));
    header->resizeSection(contact,
                          qMax(qMin(smallest, m_contactWidth), int(m_contactWidth * share)));
    m_fittingColumns = false;
}

// Side by side while Details keeps room for a phrase beside the pane; else the pane goes under
// the table, and both have the window's width.
void InteractionsView::placeDetailPane()
{
    const int character = m_table->fontMetrics().averageCharWidth();
    int fixed = 0;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column :
         { int(InteractionTableModel::DateColumn), int(InteractionTableModel::TypeColumn),
           int(InteractionTableModel::OrderColumn) }) {
        if (!header->isSectionHidden(column))
            fixed += defaultColumnWidth(column);
    }
    const int paneWidth = character * 26;
    const int wanted = fixed + character * (8 + 8 + 30) + paneWidth + m_tableSplitter->handleWidth()
        + m_table->verticalScrollBar()->sizeHint().width();
    const Qt::Orientation orientation
        = m_tableSplitter->width() >= wanted ? Qt::Horizontal : Qt::Vertical;
    if (orientation == m_tableSplitter->orientation())
        return;
    m_tableSplitter->setOrientation(orientation);
    if (orientation == Qt::Vertical) {
        m_detailPane->setMinimumWidth(0);
        m_detailPane->setMinimumHeight(m_table->fontMetrics().height() * 6);
        m_tableSplitter->setSizes(
            { m_tableSplitter->height() * 3 / 5, m_tableSplitter->height() * 2 / 5 });
    } else {
        m_detailPane->setMinimumHeight(0);
        m_detailPane->setMinimumWidth(paneWidth);
        m_tableSplitter->setSizes(
            { m_tableSplitter->width() * 3 / 4, m_tableSplitter->width() / 4 });
    }
}

bool InteractionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tableSplitter && event->type() == QEvent::Resize)
        placeDetailPane();
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

QList<int> InteractionsView::columnWidths() const
{
    QList<int> widths;
    for (int column = 0; column < InteractionTableModel::columnTotal; ++column)
        widths.append(m_table->columnWidth(column));
    return widths;
}

void InteractionsView::filterChanged()
{
    InteractionFilter filter = m_filterPanel->filter();
    const InteractionFilter current = m_model->filter();
    filter.sortKey = current.sortKey;
    filter.sortOrder = current.sortOrder;
    m_model->setFilter(filter);
    updateCounts();
}

void InteractionsView::updateCounts()
{
    m_countLabel->setText(countText());
    updateOrderTotal();
    updateNewRowsNotice();
    // Nothing is said to be empty before it is counted (the first rows show meanwhile).
    if (!m_model->isCounting()) {
        const bool empty = m_model->totalCount() == 0;
        m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_splitter);
        m_noMatches->setSearchText(m_model->filter().text);
        m_noMatches->setVisible(!empty && m_model->shownCount() == 0);
    }
    if (!m_model->lastError().isEmpty())
        emit statusMessage(tr("Could not read the interactions: %1").arg(m_model->lastError()));
    emit selectionChanged();
}

QString InteractionsView::countText() const
{
    // Whole sentences rather than %n: English has no catalogue to pick the plural from.
    const QLocale locale;
    if (m_model->isCounting())
        return tr("Counting the interactions…");
    const qint64 total = m_model->totalCount();
    const QString shown = locale.toString(m_model->shownCount());
    if (total == 0)
        return tr("No interactions yet");
    if (m_model->filter().isEmpty())
        return total == 1 ? tr("Showing the only interaction")
                          : tr("Showing all %1 interactions").arg(locale.toString(total));
    if (total == 1)
        return tr("Showing %1 of 1 interaction").arg(shown);
    return tr("Showing %1 of %2 interactions").arg(shown, locale.toString(total));
}

// Kept as it was while a new total is being summed, rather than blinking.
void InteractionsView::updateOrderTotal()
{
    if (m_model->shownCount() == 0) {
        m_orderTotalLabel->setVisible(false);
        return;
    }
    if (!m_model->shownOrderCents())
        return;
    m_orderTotalLabel->setText(orderTotalText());
    m_orderTotalLabel->setVisible(true);
}

QString InteractionsView::orderTotalText() const
{
    if (m_model->shownCount() == 0 || !m_model->shownOrderCents())
        return QString();
    // The rupee sign as the sample data and the people using Touchpoint count; the digits the
    // locale's ("5,67,890.00" in India).
    return tr("orders ₹ %1")
        .arg(Money::fromCents(*m_model->shownOrderCents()).toLocaleText(QLocale()));
}

QString InteractionsView::newRowsText() const
{
    return m_newRowsButton->isVisible() ? m_newRowsButton->text() : QString();
}

void InteractionsView::interactionsArrived(qint64 shown)
{
    if (shown > 0)
        m_newRowsTimer->start();
    updateNewRowsNotice();
}

void InteractionsView::updateNewRowsNotice()
{
    const qint64 shown = m_model->newShownCount();
    if (shown == 0) {
        m_newRowsButton->setVisible(false);
        return;
    }
    // Whole sentences rather than %n: English has no catalogue to pick the plural from.
    m_newRowsButton->setText(
        shown == 1 ? tr("1 new interaction: show it")
                   : tr("%1 new interactions: show them").arg(QLocale().toString(shown)));
    m_newRowsButton->setToolTip(tr("Written elsewhere (the REST API or another Touchpoint); "
                                   "tinted in the table for a minute."));
    m_newRowsButton->setVisible(true);
}

void InteractionsView::showNewRows()
{
    emit showRequested();
    const int row = m_model->firstNewRow();
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        m_table->setFocus();
    }
    m_newRowsButton->setVisible(false);
}

// Made once, then brought up to date: refilling would delete the action whose toggled()
// signal is still being handled.
void InteractionsView::fillColumnsMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_columnsMenu->isEmpty()) {
        for (int column = 0; column < InteractionTableModel::columnTotal; ++column) {
            auto *action
                = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setObjectName(QStringLiteral("showColumn%1").arg(column));
            action->setData(column);
            action->setCheckable(true);
            connect(action, &QAction::toggled, this,
                    [this, column](bool checked) { setColumnShown(column, checked); });
        }
    }
    const int shown = InteractionTableModel::columnTotal - header->hiddenSectionCount();
    for (QAction *action : m_columnsMenu->actions()) {
        const bool hidden = header->isSectionHidden(action->data().toInt());
        const QSignalBlocker quiet(action);
        action->setChecked(!hidden);
        // One column always stays.
        action->setEnabled(hidden || shown > 1);
    }
}

void InteractionsView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!shown && header->hiddenSectionCount() >= InteractionTableModel::columnTotal - 1)
        return;
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) == 0 && column != InteractionTableModel::DetailsColumn)
        header->resizeSection(column, defaultColumnWidth(column));
    fitColumns();
    // Remembered at once, not only when the window closes.
    m_settings.setValue(headerKey, header->saveState());
    fillColumnsMenu();
}

bool InteractionsView::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

std::optional<qint64> InteractionsView::selectedInteraction() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const qint64 id = m_model->idAt(current.row());
    return id ? std::optional<qint64>(id) : std::nullopt;
}

bool InteractionsView::selectInteraction(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    // A row brought into view from afar shows in the middle, with its neighbours around it.
    const QModelIndex index = m_model->index(row, 0);
    const bool inView = m_table->viewport()->rect().contains(m_table->visualRect(index));
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    m_table->selectRow(row);
    m_table->setAutoScroll(autoScroll);
    if (!inView)
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void InteractionsView::keepView()
{
    m_kept.filter = m_model->filter();
    m_kept.id = selectedInteraction().value_or(0);
    m_kept.row = m_table->currentIndex().row();
    if (m_kept.id) {
        const QRect shown = m_table->visualRect(m_model->index(m_kept.row, 0));
        if (shown.isValid() && m_table->viewport()->rect().intersects(shown))
            m_kept.y = shown.top();
    }
    m_kept.topRow = m_table->rowAt(0);
    m_kept.topId = m_kept.topRow >= 0 ? m_model->idAt(m_kept.topRow) : 0;
    m_kept.horizontal = m_table->horizontalScrollBar()->value();
}

// Finds the kept rows again near where they were, without asking the database to search a
// million rows; the same filter (a write, not a new search) also keeps the scroll position, so
// that rows written elsewhere do not move what the person is reading.
void InteractionsView::restoreView()
{
    const Kept kept = std::exchange(m_kept, Kept {});
    const bool sameFilter = kept.filter == m_model->filter();
    // The view lays its rows out later; the scroll bars need the new row count now.
    m_table->doItemsLayout();
    int selectedRow = kept.id ? m_model->rowNear(kept.id, kept.row) : -1;
    // More rows than a page arrived above it: look where they pushed it.
    if (selectedRow < 0 && kept.id && sameFilter && m_model->newShownCount() > 0)
        selectedRow = m_model->rowNear(kept.id, kept.row + int(m_model->newShownCount()));
    if (selectedRow >= 0) {
        // Selecting would scroll to the row; where to scroll is decided below.
        const bool autoScroll = m_table->hasAutoScroll();
        m_table->setAutoScroll(false);
        m_table->selectRow(selectedRow);
        m_table->setAutoScroll(autoScroll);
    } else if (kept.id) {
        m_detailPane->showInteraction(std::nullopt);
    }
    const int topRow = sameFilter && kept.topId ? m_model->rowNear(kept.topId, kept.topRow) : -1;
    if (sameFilter && selectedRow >= 0 && kept.y) {
        // The selected row stays where it was on screen, whatever arrived above it.
        m_table->scrollTo(m_model->index(selectedRow, 0), QAbstractItemView::PositionAtTop);
        QScrollBar *bar = m_table->verticalScrollBar();
        const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
        const int offset = *kept.y - m_table->visualRect(m_model->index(selectedRow, 0)).top();
        bar->setValue(bar->value()
                      - (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                             ? offset / rowHeight
                             : offset));
        m_table->horizontalScrollBar()->setValue(kept.horizontal);
    } else if (sameFilter && kept.topRow == 0) {
        m_table->scrollToTop(); // at the top, what arrives shows there
        m_table->horizontalScrollBar()->setValue(kept.horizontal);
    } else if (topRow >= 0) {
        m_table->scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
        m_table->horizontalScrollBar()->setValue(kept.horizontal);
    } else if (selectedRow >= 0) {
        m_table->scrollTo(m_model->index(selectedRow, 0), QAbstractItemView::EnsureVisible);
    } else {
        m_table->scrollToTop();
    }
    emit selectionChanged();
}
