#include "mainwindow.h"

#include "backuptimer.h"
#include "commands/addremovecontact.h"
#include "commands/addremovelead.h"
#include "commands/changeleadstatus.h"
#include "commands/recordcommand.h"
#include "core/interactiontype.h"
#include "core/money.h"
#include "createinteraction.h"
#include "deleteinteraction.h"
#include "detailpane.h"
#include "editinteraction.h"
#include "editrecord.h"
#include "emptystate.h"
#include "filterpanel.h"
#include "interactiondialog.h"
#include "interactionrowdelegate.h"
#include "itemmodels/interactiontablemodel.h"
#include "leadsview.h"
#include "localapi.h"
#include "restoredialog.h"
#include "sampledata/sampledata.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace {

// An action's text as a toolbar button or a tooltip shows it: no mnemonic, neither "&New" nor the
// "(&N)" that languages without the letter in the word add (Hindi does), and no "…".
QString plainLabel(QString text)
{
    static const QRegularExpression addedMnemonic(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(addedMnemonic);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

constexpr int newRowsShownMs = 60000;

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString headerKey = QStringLiteral("window/tableHeader");
const QString tabKey = QStringLiteral("window/tab");

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_model(new InteractionTableModel(database, this))
    , m_undoStack(new QUndoStack(this))
    , m_backups(new BackupTimer(database, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/touchpoint.svg")));
    setWindowTitle(tr("%1 — Touchpoint").arg(QFileInfo(database.path()).fileName()));

    // Interactions tab: filters | table | detail pane, or the empty state.
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
    m_interactionPages = new QStackedWidget;
    m_interactionPages->addWidget(m_splitter);
    m_interactionPages->addWidget(m_emptyState);
    // The same margins as the leads tab's, so that switching tabs does not shift the content.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_interactionPages->setContentsMargins(margin, margin, margin, margin);

    m_leadsView = new LeadsView(database);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_interactionPages, QIcon(QStringLiteral(":/icons/interactions.svg")),
                   tr("&Interactions"));
    m_tabs->addTab(m_leadsView, QIcon(QStringLiteral(":/icons/lead.svg")), tr("&Leads"));
    setCentralWidget(m_tabs);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_apiLabel = new QLabel;
    m_apiLabel->setObjectName(QStringLiteral("apiLabel"));
    // Apart from each other and from the window's edge, as two separate facts.
    for (QLabel *label : { m_countLabel, m_apiLabel })
        label->setContentsMargins(label->fontMetrics().averageCharWidth(), 0,
                                  label->fontMetrics().averageCharWidth(), 0);
    m_orderTotalLabel = new QLabel;
    m_orderTotalLabel->setObjectName(QStringLiteral("orderTotalLabel"));
    m_newRowsButton = new QPushButton;
    m_newRowsButton->setObjectName(QStringLiteral("newRowsButton"));
    m_newRowsButton->setFlat(true);
    m_newRowsButton->setIcon(QIcon(QStringLiteral(":/icons/interactions.svg")));
    m_newRowsButton->setVisible(false);
    connect(m_newRowsButton, &QPushButton::clicked, this, &MainWindow::showNewRows);
    // New rows are tinted for a while, then they are just rows.
    m_newRowsTimer = new QTimer(this);
    m_newRowsTimer->setSingleShot(true);
    m_newRowsTimer->setInterval(newRowsShownMs);
    connect(m_newRowsTimer, &QTimer::timeout, this, [this] {
        m_model->acknowledgeNew();
        updateNewRowsNotice();
    });
    for (QLabel *label : { m_orderTotalLabel })
        label->setContentsMargins(label->fontMetrics().averageCharWidth(), 0,
                                  label->fontMetrics().averageCharWidth(), 0);
    statusBar()->addWidget(m_newRowsButton);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_orderTotalLabel);
    statusBar()->addPermanentWidget(m_apiLabel);

    createActions();
    createMenus();

    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::filterChanged);
    connect(m_model, &InteractionTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &InteractionTableModel::interactionsArrived, this,
            &MainWindow::interactionsArrived);
    connect(m_model, &InteractionTableModel::orderTotalChanged, this,
            &MainWindow::updateOrderTotal);
    // Any write (here, through the API, by undo, by another process on the same file) resets
    // the model: keep the selection and what the person was looking at.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::keepView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detailPane->showInteraction(
                    current.isValid() ? std::optional<qint64>(m_model->idAt(current.row()))
                                      : std::nullopt);
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    // Double-click, and Enter when the shortcut does not reach the table first.
    connect(m_table, &QTableView::activated, this, &MainWindow::openSelected);
    connect(m_detailPane, &DetailPane::editRequested, this, &MainWindow::openSelected);
    connect(m_detailPane, &DetailPane::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_detailPane, &DetailPane::leadRequested, this, &MainWindow::showLead);
    connect(m_emptyState, &EmptyState::addInteractionRequested, this, &MainWindow::newInteraction);
    connect(m_emptyState, &EmptyState::loadSampleDataRequested, this, &MainWindow::loadSampleData);
    connect(m_noMatches, &EmptyState::clearFiltersRequested, m_filterPanel, &FilterPanel::clearAll);
    connect(m_leadsView, &LeadsView::interactionOpenRequested, this, &MainWindow::openInteraction);
    connect(m_leadsView, &LeadsView::leadEdited, this, [this](const Lead &before) {
        m_undoStack->push(new EditRecord<LeadStore, Lead, LeadDraft>(
            m_database, before, QCoreApplication::translate("Undo", "Edit Lead"),
            QCoreApplication::translate("Undo", "The lead no longer exists."),
            [this](const QString &message) { reportFailure(tr("Could Not Undo"), message); }));
    });
    connect(m_leadsView, &LeadsView::contactEdited, this, [this](const Contact &before) {
        m_undoStack->push(new EditRecord<ContactStore, Contact, ContactDraft>(
            m_database, before, QCoreApplication::translate("Undo", "Edit Contact"),
            QCoreApplication::translate("Undo", "The contact no longer exists."),
            [this](const QString &message) { reportFailure(tr("Could Not Undo"), message); }));
    });
    connect(m_leadsView, &LeadsView::leadAdded, this, [this](const Lead &added) {
        pushCommand(new AddLead(m_database, added, undoFailure()));
    });
    connect(m_leadsView, &LeadsView::contactAdded, this, [this](const Contact &added) {
        pushCommand(new AddContact(m_database, added, undoFailure()));
    });
    // These commands make their change as they are pushed.
    connect(m_leadsView, &LeadsView::leadDeletionConfirmed, this, [this](const Lead &lead) {
        pushCommand(new DeleteLead(m_database, lead, undoFailure(tr("Not Deleted"))));
    });
    connect(m_leadsView, &LeadsView::contactDeletionConfirmed, this,
            [this](const Contact &contact) {
                pushCommand(new DeleteContact(m_database, contact, undoFailure(tr("Not Deleted"))));
            });
    connect(m_leadsView, &LeadsView::statusChangeRequested, this,
            [this](qint64 lead, LeadStatus from, LeadStatus to) {
                pushCommand(new ChangeLeadStatus(m_database, lead, from, to,
                                                 undoFailure(tr("Status Not Changed"))));
            });
    connect(m_leadsView, &LeadsView::newInteractionRequested, this,
            &MainWindow::newInteractionForLead);
    // A record deleted elsewhere leaves commands that could only fail. They are looked for once
    // the event loop is back, never inside the stack's own undo, whose writes announce too.
    connect(&m_database, &Database::changed, this, &MainWindow::checkUndoStackSoon);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::checkUndoStackSoon);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & Database::Change::Leads)
            updateSampleDataOffer();
    });
    updateSampleDataOffer();

    restoreLayout();
    updateCounts();
    // The newest interaction, selected, so that the detail pane has something to show at once.
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    updateActions();
    applyApiSettings();
    connect(m_backups, &BackupTimer::failed, this, &MainWindow::backupFailed);
    applyBackupSettings();
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed with the window's children, and clearing itself it says its
    // index changed: not to this window, whose members are gone by then.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

QAction *MainWindow::makeAction(const QString &name, const QString &icon, const QString &text,
                                const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcuts(shortcuts);
    action->setIconText(plainLabel(text));
    if (!shortcuts.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            plainLabel(text), shortcuts.first().toString(QKeySequence::NativeText)));
    return action;
}

void MainWindow::createActions()
{
    m_newAction = makeAction(QStringLiteral("newInteractionAction"), QStringLiteral("new"),
                             tr("&New Interaction…"), { QKeySequence(Qt::CTRL | Qt::Key_N) });
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newInteraction);

    // Enter and Delete act on the table only, so that they keep their meaning in text fields.
    m_openAction = makeAction(QStringLiteral("openInteractionAction"), QStringLiteral("edit"),
                              tr("&Open Interaction…"),
                              { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelected);
    m_deleteAction = makeAction(QStringLiteral("deleteInteractionAction"), QStringLiteral("delete"),
                                tr("&Delete Interaction…"), { QKeySequence(Qt::Key_Delete) });
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_table->addAction(m_openAction);
    m_table->addAction(m_deleteAction);

    m_findAction = makeAction(QStringLiteral("findAction"), QStringLiteral("search"),
                              tr("&Find in Details"), { QKeySequence(Qt::CTRL | Qt::Key_F) });
    connect(m_findAction, &QAction::triggered, this, [this] {
        showInteractions();
        m_filterPanel->focusSearch();
    });
    m_clearFiltersAction
        = makeAction(QStringLiteral("clearFiltersAction"), QString(), tr("&Clear Filters"),
                     { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) });
    connect(m_clearFiltersAction, &QAction::triggered, m_filterPanel, &FilterPanel::clearAll);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIconText(plainLabel(tr("&Undo")));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Z) });
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIconText(plainLabel(tr("&Redo")));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_redoAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    // QUndoStack glues its prefix before the command's name; a whole sentence to translate lets
    // a language put the name first (Hindi does). Connected after the stack's own update, so
    // this text is the one that stays.
    // The lambdas hold the actions, not `this`: the stack announces an empty text while
    // ~QWidget deletes it, when this object is no longer a MainWindow.
    QAction *undoAction = m_undoAction;
    connect(m_undoStack, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString &text) {
                undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
            });
    QAction *redoAction = m_redoAction;
    connect(m_undoStack, &QUndoStack::redoTextChanged, redoAction,
            [redoAction](const QString &text) {
                redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
            });

    m_newLeadAction
        = makeAction(QStringLiteral("newLeadAction"), QStringLiteral("lead"), tr("New &Lead…"),
                     { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) });
    connect(m_newLeadAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_leadsView);
        m_leadsView->addLead();
    });
    m_openLeadAction = makeAction(QStringLiteral("openLeadAction"), QStringLiteral("lead"),
                                  tr("Open &Lead's Page"), { QKeySequence(Qt::CTRL | Qt::Key_L) });
    connect(m_openLeadAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            showLead(current.data(InteractionTableModel::LeadIdRole).toLongLong());
    });
    m_showInteractionsAction
        = makeAction(QStringLiteral("showInteractionsAction"), QStringLiteral("interactions"),
                     tr("&Interactions"), { QKeySequence(Qt::CTRL | Qt::Key_1) });
    connect(m_showInteractionsAction, &QAction::triggered, this, &MainWindow::showInteractions);
    m_showLeadsAction = makeAction(QStringLiteral("showLeadsAction"), QStringLiteral("lead"),
                                   tr("&Leads"), { QKeySequence(Qt::CTRL | Qt::Key_2) });
    connect(m_showLeadsAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_leadsView); });
    m_sampleAction
        = makeAction(QStringLiteral("loadSampleDataAction"), QStringLiteral("sample"),
                     tr("Load &Sample Data…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) });
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::loadSampleData);
    m_settingsAction = makeAction(QStringLiteral("settingsAction"), QStringLiteral("settings"),
                                  tr("&Settings…"), { QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_backUpAction = makeAction(QStringLiteral("backUpAction"), QString(), tr("&Back Up Now"),
                                { QKeySequence(Qt::CTRL | Qt::Key_B) });
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUpNow);
    m_restoreAction
        = makeAction(QStringLiteral("restoreAction"), QString(), tr("R&estore from Backup…"),
                     { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::showRestoreDialog);
    m_refreshAction = makeAction(QStringLiteral("refreshAction"), QString(), tr("&Refresh"),
                                 { QKeySequence(Qt::Key_F5) });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_quitAction = makeAction(QStringLiteral("quitAction"), QString(), tr("&Quit"),
                              { QKeySequence(Qt::CTRL | Qt::Key_Q) });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = makeAction(QStringLiteral("aboutAction"), QString(), tr("&About Touchpoint"),
                               { QKeySequence(Qt::Key_F1) });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Touchpoint"),
            tr("<h3>Touchpoint %1</h3><p>Log every call, email, meeting, visit and "
               "order with the contacts of your leads, at your desk or offline, "
               "and share them with other tools through a local REST API.</p>"
               "<p>Database: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_database.path().toHtmlEscaped()));
    });

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_openLeadAction);
    m_table->addAction(m_newAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // why Load Sample Data is not offered
    file->addAction(m_newAction);
    file->addAction(m_newLeadAction);
    file->addSeparator();
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_backUpAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_openAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showInteractionsAction);
    view->addAction(m_showLeadsAction);
    view->addAction(m_openLeadAction);
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::fillColumnsMenu);
    fillColumnsMenu();
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_deleteAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_newLeadAction);
}

void MainWindow::restoreLayout()
{
    // No larger than the screen: at 800x600 a window of 1280x800 hides its detail pane and
    // status bar beyond the screen's edge.
    // The frame and title bar come on top of the size; where they would not fit, the window
    // fills the screen.
    const QSize wanted(1280, 800);
    const QSize frame(fontMetrics().height() * 2, fontMetrics().height() * 4);
    const QSize room = screen() ? screen()->availableGeometry().size() : wanted + frame;
    if (wanted.width() + frame.width() <= room.width()
        && wanted.height() + frame.height() <= room.height()) {
        resize(wanted);
    } else {
        resize((room - frame).boundedTo(wanted));
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreGeometry(m_settings.value(geometryKey));
    restoreState(m_settings.value(stateKey));
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
    m_tabs->setCurrentIndex(m_settings.store().value(tabKey, 0).toInt());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(splitterKey, m_splitter->saveState());
    m_settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    m_filterPanel->saveState(m_settings.store());
    m_settings.store().setValue(tabKey, m_tabs->currentIndex());
    m_settings.store().sync();
}

int MainWindow::defaultColumnWidth(int column) const
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
void MainWindow::fitColumns()
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
void MainWindow::placeDetailPane()
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tableSplitter && event->type() == QEvent::Resize)
        placeDetailPane();
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

QList<int> MainWindow::columnWidths() const
{
    QList<int> widths;
    for (int column = 0; column < InteractionTableModel::columnTotal; ++column)
        widths.append(m_table->columnWidth(column));
    return widths;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_api)
        m_api->stop();
    event->accept();
}

void MainWindow::filterChanged()
{
    InteractionFilter filter = m_filterPanel->filter();
    const InteractionFilter current = m_model->filter();
    filter.sortKey = current.sortKey;
    filter.sortOrder = current.sortOrder;
    m_model->setFilter(filter);
    updateCounts();
}

void MainWindow::updateCounts()
{
    m_countLabel->setText(countText());
    updateOrderTotal();
    updateNewRowsNotice();
    const bool empty = m_model->totalCount() == 0;
    m_interactionPages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_splitter);
    m_noMatches->setSearchText(m_model->filter().text);
    m_noMatches->setVisible(!empty && m_model->shownCount() == 0);
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(
            tr("Could not read the interactions: %1").arg(m_model->lastError()));
    updateActions();
}

QString MainWindow::countText() const
{
    // Whole sentences rather than %n: English has no catalogue to pick the plural from.
    const QLocale locale;
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
void MainWindow::updateOrderTotal()
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

QString MainWindow::orderTotalText() const
{
    if (m_model->shownCount() == 0 || !m_model->shownOrderCents())
        return QString();
    // The rupee sign as the sample data and the people using Touchpoint count; the digits the
    // locale's ("5,67,890.00" in India).
    return tr("orders ₹ %1")
        .arg(Money::fromCents(*m_model->shownOrderCents()).toLocaleText(QLocale()));
}

QString MainWindow::newRowsText() const
{
    return m_newRowsButton->isVisible() ? m_newRowsButton->text() : QString();
}

void MainWindow::interactionsArrived(qint64 shown)
{
    if (shown > 0)
        m_newRowsTimer->start();
    updateNewRowsNotice();
}

void MainWindow::updateNewRowsNotice()
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

void MainWindow::showNewRows()
{
    showInteractions();
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
void MainWindow::fillColumnsMenu()
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

void MainWindow::setColumnShown(int column, bool shown)
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

bool MainWindow::isShowingEmptyState() const
{
    return m_interactionPages->currentWidget() == m_emptyState;
}

void MainWindow::updateActions()
{
    const bool onTable = m_tabs->currentWidget() == m_interactionPages && !isShowingEmptyState();
    const bool selected = onTable && selectedInteraction().has_value();
    m_openAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_openLeadAction->setEnabled(selected);
}

std::optional<qint64> MainWindow::selectedInteraction() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    const qint64 id = m_model->idAt(current.row());
    return id ? std::optional<qint64>(id) : std::nullopt;
}

bool MainWindow::selectInteraction(qint64 id)
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

void MainWindow::keepView()
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
void MainWindow::restoreView()
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
    updateActions();
}

void MainWindow::showInteractions()
{
    m_tabs->setCurrentWidget(m_interactionPages);
}

void MainWindow::refresh()
{
    m_model->refresh();
}

void MainWindow::reportFailure(const QString &title, const QString &message)
{
    m_lastFailure = message;
    // Undo commands report from inside QUndoStack::undo(): show it once that has finished.
    QTimer::singleShot(0, this,
                       [this, title, message] { QMessageBox::warning(this, title, message); });
}

UndoFailure MainWindow::undoFailure(const QString &pushTitle)
{
    return [this, pushTitle](const QString &message) {
        reportFailure(m_pushing && !pushTitle.isEmpty() ? pushTitle : tr("Could Not Undo"),
                      message);
    };
}

void MainWindow::pushCommand(QUndoCommand *command)
{
    const QScopedValueRollback<bool> pushing(m_pushing, true);
    m_undoStack->push(command);
}

void MainWindow::checkUndoStackSoon()
{
    if (!std::exchange(m_undoCheckPending, true))
        QTimer::singleShot(0, this, &MainWindow::dropCommandsThatWouldFail);
}

// Only the next undo and the next redo are looked at: a deeper command is when it comes up.
void MainWindow::dropCommandsThatWouldFail()
{
    m_undoCheckPending = false;
    QStringList reasons;
    auto wouldFail = [this, &reasons](int index, const QString &sentence) {
        const auto *command = dynamic_cast<const RecordCommand *>(m_undoStack->command(index));
        const QString why = command ? command->whyItWouldFail() : QString();
        if (why.isEmpty())
            return false;
        reasons.append(sentence.arg(command->text(), why));
        // The stack's own command, handed out as const: marked so that it is dropped unrun.
        const_cast<RecordCommand *>(command)->setObsolete(true);
        return true;
    };
    while (m_undoStack->canUndo()
           && wouldFail(m_undoStack->index() - 1, tr("%1 can no longer be undone: %2")))
        m_undoStack->undo();
    bool droppedRedo = false;
    while (m_undoStack->canRedo()
           && wouldFail(m_undoStack->index(), tr("%1 can no longer be redone: %2"))) {
        m_undoStack->redo();
        droppedRedo = true;
    }
    if (droppedRedo) {
        // QUndoStack::redo() announces nothing when it drops an obsolete command.
        m_redoAction->setEnabled(m_undoStack->canRedo());
        const QString next = m_undoStack->redoText();
        m_redoAction->setText(next.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(next));
    }
    if (!reasons.isEmpty())
        statusBar()->showMessage(reasons.join(QLatin1Char(' ')), 10000);
}

void MainWindow::newInteraction()
{
    const InteractionFilter filter = m_filterPanel->filter();
    auto *dialog = new InteractionDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The lead and contact filtered on are the likely ones for the next entry.
    if (filter.lead)
        dialog->setLead(*filter.lead);
    if (filter.contact)
        dialog->setContact(*filter.contact);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Interaction saved = dialog->saved();
        m_undoStack->push(new CreateInteraction(
            m_database, saved, dialog->savedOrder(),
            [this](const QString &message) { reportFailure(tr("Could Not Undo"), message); }));
        showInteractions();
        if (!selectInteraction(saved.id)) {
            statusBar()->showMessage(tr("The new interaction was saved; the filters hide it."),
                                     5000);
        } else if (m_model->newShownCount() == 1) {
            // The one new row is this one, shown and selected: nothing to point out.
            m_model->acknowledgeNew();
            updateNewRowsNotice();
        }
    });
    dialog->open();
}

void MainWindow::newInteractionForLead(qint64 lead)
{
    auto *dialog = new InteractionDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLead(lead);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_undoStack->push(new CreateInteraction(
            m_database, dialog->saved(), dialog->savedOrder(),
            [this](const QString &message) { reportFailure(tr("Could Not Undo"), message); }));
    });
    dialog->open();
}

void MainWindow::openSelected()
{
    if (const std::optional<qint64> id = selectedInteraction())
        openInteraction(*id);
}

void MainWindow::openInteraction(qint64 id)
{
    const InteractionStore store(m_database);
    const StoreResult<Interaction> found = store.get(id);
    if (!found.ok()) {
        if (found.status == StoreStatus::Failed)
            reportFailure(tr("Could Not Open"), found.failure);
        return;
    }
    std::optional<OrderDetails> order;
    if (const StoreResult<OrderDetails> stored = store.orderDetails(id); stored.ok())
        order = stored.value;
    auto *dialog = new InteractionDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInteraction(found.value, order);
    const EditInteraction::State before { found.value, order };
    connect(dialog, &QDialog::accepted, this, [this, before] {
        m_undoStack->push(new EditInteraction(m_database, before, [this](const QString &message) {
            reportFailure(tr("Could Not Undo"), message);
        }));
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const std::optional<qint64> id = selectedInteraction();
    if (!id)
        return;
    InteractionStore store(m_database);
    const StoreResult<Interaction> found = store.get(*id);
    if (!found.ok())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString who
        = m_model->index(current.row(), InteractionTableModel::ContactColumn).data().toString();
    const QString when
        = m_model->index(current.row(), InteractionTableModel::DateColumn).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Interaction"),
                    tr("Delete the %1 with %2 on %3?")
                        .arg(InteractionTypes::displayName(found.value.type).toLower(), who, when),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with %1.")
                               .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return;
    std::optional<OrderDetails> order;
    if (const StoreResult<OrderDetails> stored = store.orderDetails(*id); stored.ok())
        order = stored.value;
    const StoreResult<Interaction> removed = store.remove(*id);
    if (!removed.ok()) {
        if (removed.status == StoreStatus::Failed)
            reportFailure(tr("Not Deleted"),
                          tr("The interaction could not be deleted: %1").arg(removed.failure));
        return;
    }
    m_undoStack->push(
        new DeleteInteraction(m_database, removed.value, order, [this](const QString &message) {
            reportFailure(tr("Could Not Undo"), message);
        }));
}

// Sample data is offered only while the database is empty (no leads, hence no contacts and no
// interactions): mixed into a person's own data it could not be told apart or taken out.
void MainWindow::updateSampleDataOffer()
{
    const StoreResult<qint64> leads = LeadStore(m_database).count();
    const bool empty = leads.ok() && leads.value == 0;
    const QString whyNot = tr("Sample data can be loaded only into an empty database, so that "
                              "it never mixes with your own.");
    m_sampleAction->setEnabled(empty);
    m_sampleAction->setToolTip(empty ? QStringLiteral("%1 (%2)").arg(
                                   plainLabel(m_sampleAction->text()),
                                   m_sampleAction->shortcut().toString(QKeySequence::NativeText))
                                     : whyNot);
    m_sampleAction->setStatusTip(empty ? QString() : whyNot);
    m_emptyState->setSampleDataOffered(empty, whyNot);
}

void MainWindow::loadSampleData()
{
    if (!m_sampleAction->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SampleData::Options options;
    options.seed = quint32(QDateTime::currentSecsSinceEpoch());
    const StoreResult<SampleData::Counts> result = SampleData::fill(m_database, options);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        reportFailure(tr("No Sample Data"),
                      tr("The sample data could not be added: %1").arg(result.failure));
        return;
    }
    statusBar()->showMessage(tr("Added %1 leads, %2 contacts and %3 interactions.")
                                 .arg(result.value.leads)
                                 .arg(result.value.contacts)
                                 .arg(result.value.interactions),
                             5000);
    // Added by the person, here: not rows that arrived from elsewhere.
    m_model->acknowledgeNew();
    updateNewRowsNotice();
    showInteractions();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_api, this);
    dialog.setBackupFolder(DatabaseBackup::folderFor(m_database.path()));
    if (dialog.exec() == QDialog::Accepted) {
        applyApiSettings();
        applyBackupSettings();
    }
}

void MainWindow::applyBackupSettings()
{
    m_backups->setSchedule(m_settings.backupSchedule());
}

void MainWindow::backupFailed(const QString &message)
{
    m_lastFailure = message;
    statusBar()->showMessage(tr("Backup failed: %1").arg(message));
    if (std::exchange(m_backupFailureShown, true))
        return;
    reportFailure(tr("Backup Failed"),
                  tr("The database could not be backed up: %1\n\nTouchpoint tries again "
                     "later; the status bar says when it fails again.")
                      .arg(message));
}

bool MainWindow::backUpNow()
{
    QString error;
    const QString path = m_backups->backUp(QStringLiteral("manual"), &error);
    if (path.isEmpty())
        return false; // backupFailed() has said why
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::showRestoreDialog()
{
    RestoreDialog dialog(m_database.path(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedBackup().isEmpty())
        restoreBackup(dialog.selectedBackup());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    const QString path = m_database.path();
    QString taken = QFileInfo(backupPath).fileName();
    for (const DatabaseBackup::Entry &entry : DatabaseBackup::list(path)) {
        if (QFileInfo(entry.path) == QFileInfo(backupPath))
            taken = QLocale().toString(entry.created.toLocalTime(), QLocale::LongFormat);
    }
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Put the backup taken %1 in place of the database %2?")
                        .arg(taken, QDir::toNativeSeparators(path)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("The database as it is now is first moved into %1 and kept there; nothing is "
           "deleted. What was done before the restore can no longer be undone.")
            .arg(QDir::toNativeSeparators(DatabaseBackup::folderFor(path))));
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    // DatabaseBackup::restore() refuses a file that any connection has open, this one too,
    // and a scheduled backup's own.
    m_backups->waitForBackup();
    m_database.close();
    QString aside, error;
    const bool restored = DatabaseBackup::restore(backupPath, path, &aside, &error);
    const bool reopened = m_database.open(path);
    if (restored)
        m_undoStack->clear(); // its commands name rows of the file that was replaced
    m_database.announce(Database::Change::Leads | Database::Change::Contacts
                        | Database::Change::Interactions | Database::Change::OrderDetails);
    // Rows of another file are not new.
    m_model->acknowledgeNew();
    updateNewRowsNotice();
    QApplication::restoreOverrideCursor();
    if (!restored) {
        reportFailure(tr("Not Restored"),
                      reopened ? tr("%1\n\nThe database is as it was.").arg(error) : error);
    }
    if (!reopened) {
        reportFailure(tr("Database Not Open"),
                      tr("%1 could not be opened again: %2")
                          .arg(QDir::toNativeSeparators(path), m_database.errorMessage()));
        return false;
    }
    if (!restored)
        return false;
    statusBar()->showMessage(tr("Restored the backup. The previous database is kept as %1.")
                                 .arg(QDir::toNativeSeparators(aside)));
    return true;
}

void MainWindow::showLead(qint64 lead)
{
    m_tabs->setCurrentWidget(m_leadsView);
    m_leadsView->selectLead(lead);
}

void MainWindow::setLocalApi(LocalApi *api)
{
    m_api = api;
    if (m_api) {
        connect(m_api, &LocalApi::requestHandled, this,
                [this](const QString &method, const QString &path, int status, double ms) {
                    statusBar()->showMessage(tr("REST API: %1 %2 → %3 (%4 ms)")
                                                 .arg(method, path)
                                                 .arg(status)
                                                 .arg(ms, 0, 'f', 1),
                                             4000);
                });
    }
    applyApiSettings();
}

void MainWindow::applyApiSettings()
{
    if (!m_api) {
        m_apiLabel->setText(QString());
        m_apiLabel->setVisible(false);
        return;
    }
    m_apiLabel->setVisible(true);
    const bool wanted = m_settings.apiEnabled();
    const quint16 port = m_settings.apiPort();
    // Never run without the token the person set: a token that cannot be used stops the API.
    if (QString problem; !m_api->setToken(m_settings.apiToken(), &problem)) {
        m_api->stop();
        m_apiLabel->setText(tr("REST API: off, the token in Settings cannot be used"));
        m_apiLabel->setToolTip(problem);
        if (wanted)
            reportFailure(tr("REST API Not Started"),
                          tr("The API token in Settings cannot be used: %1\n\nSet another in "
                             "Settings.")
                              .arg(problem));
        return;
    }
    if (m_api->isRunning() && (!wanted || m_api->port() != port))
        m_api->stop();
    if (wanted && !m_api->isRunning() && !m_api->start(port)) {
        m_apiLabel->setText(tr("REST API: could not start on port %1").arg(port));
        m_apiLabel->setToolTip(m_api->errorString());
        reportFailure(tr("REST API Not Started"),
                      tr("The REST API could not listen on port %1: %2\n\nChoose another port "
                         "in Settings.")
                          .arg(port)
                          .arg(m_api->errorString()));
        return;
    }
    m_apiLabel->setToolTip(QString());
    if (!m_api->isRunning())
        m_apiLabel->setText(tr("REST API: off"));
    else if (m_api->requiresToken())
        m_apiLabel->setText(tr("REST API: on, http://%1:%2, token required")
                                .arg(m_api->address())
                                .arg(m_api->port()));
    else
        m_apiLabel->setText(
            tr("REST API: on, http://%1:%2").arg(m_api->address()).arg(m_api->port()));
}

QString MainWindow::apiStatusText() const
{
    return m_apiLabel->text();
}
