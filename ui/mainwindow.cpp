#include "mainwindow.h"

#include "apistatuslabel.h"
#include "backuptimer.h"
#include "commands/addremoverecord.h"
#include "commands/changeleadstatus.h"
#include "conflictsdialog.h"
#include "detailpane.h"
#include "filterpanel.h"
#include "interactionactions.h"
#include "interactionsview.h"
#include "itemmodels/interactiontablemodel.h"
#include "leadsview.h"
#include "localapi.h"
#include "postgresuri.h"
#include "replicarounds.h"
#include "restoredialog.h"
#include "sampledata/sampledata.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "syncstatuslabel.h"
#include "teamserverdialog.h"
#include "undohistory.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
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

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString tabKey = QStringLiteral("window/tab");

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_history(new UndoHistory(database, this))
    , m_backups(new BackupTimer(database, this))
    , m_rounds(new ReplicaRounds(database, this))
    , m_fileBackups(!PostgresUri::matches(database.path()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/touchpoint.svg")));
    setWindowTitle(tr("%1 — Touchpoint").arg(shownDatabase()));

    m_interactionsView = new InteractionsView(database, m_settings);
    m_interactionActions = new InteractionActions(database, m_interactionsView, m_history, this);
    m_leadsView = new LeadsView(database);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_interactionsView, QIcon(QStringLiteral(":/icons/interactions.svg")),
                   tr("&Interactions"));
    m_tabs->addTab(m_leadsView, QIcon(QStringLiteral(":/icons/lead.svg")), tr("&Leads"));
    setCentralWidget(m_tabs);

    m_apiStatus = new ApiStatusLabel(m_settings);
    m_interactionsView->addStatusWidgets(statusBar());
    statusBar()->addPermanentWidget(m_apiStatus);
    m_syncStatus = new SyncStatusLabel(database, *m_rounds);
    statusBar()->addPermanentWidget(m_syncStatus);

    createActions();
    createMenus();

    connect(m_interactionsView, &InteractionsView::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_interactionsView, &InteractionsView::openRequested, m_interactionActions,
            &InteractionActions::openSelected);
    connect(m_interactionsView, &InteractionsView::newInteractionRequested, m_interactionActions,
            &InteractionActions::newInteraction);
    connect(m_interactionsView, &InteractionsView::loadSampleDataRequested, this,
            &MainWindow::loadSampleData);
    connect(m_interactionsView, &InteractionsView::showRequested, this,
            &MainWindow::showInteractions);
    connect(m_interactionsView, &InteractionsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    DetailPane *detailPane = m_interactionsView->detailPane();
    connect(detailPane, &DetailPane::editRequested, m_interactionActions,
            &InteractionActions::openSelected);
    connect(detailPane, &DetailPane::deleteRequested, m_interactionActions,
            &InteractionActions::deleteSelected);
    connect(detailPane, &DetailPane::leadRequested, this, &MainWindow::showLead);
    connect(m_interactionActions, &InteractionActions::failed, this, &MainWindow::reportFailure);
    connect(m_interactionActions, &InteractionActions::showRequested, this,
            &MainWindow::showInteractions);
    connect(m_interactionActions, &InteractionActions::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_history, &UndoHistory::failed, this, &MainWindow::reportFailure);
    connect(m_history, &UndoHistory::commandsDropped, this, &MainWindow::commandsDropped);
    connect(m_apiStatus, &ApiStatusLabel::failed, this, &MainWindow::reportFailure);
    connect(m_apiStatus, &ApiStatusLabel::requestShown, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connectLeadsView();
    connect(m_rounds, &ReplicaRounds::statusMayHaveChanged, m_syncStatus,
            &SyncStatusLabel::refresh);
    connect(m_rounds, &ReplicaRounds::statusMayHaveChanged, this, &MainWindow::updateSyncActions);
    connect(m_rounds, &ReplicaRounds::roundFinished, this,
            [this](const ReplicaSync::Summary &summary) {
                if (summary.newConflicts > 0 || summary.outcome == ReplicaSync::Outcome::Failed)
                    statusBar()->showMessage(summary.text(), 8000);
            });
    connect(m_syncStatus, &SyncStatusLabel::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & Database::Change::Leads)
            updateSampleDataOffer();
    });
    updateSampleDataOffer();

    restoreLayout();
    // The newest interaction, selected, so that the detail pane has something to show at once.
    if (interactions()->rowCount() > 0)
        table()->selectRow(0);
    table()->setFocus();
    updateActions();
    updateSyncActions();
    m_apiStatus->applySettings();
    connect(m_backups, &BackupTimer::failed, this, &MainWindow::backupFailed);
    setFileBackupsAvailable(m_fileBackups);
}

QString MainWindow::shownDatabase() const
{
    const QString path = m_database.path();
    return PostgresUri::matches(path) ? PostgresUri::shown(path) : QFileInfo(path).fileName();
}

void MainWindow::setFileBackupsAvailable(bool available)
{
    m_fileBackups = available;
    const QString why = available ? QString() : PostgresUri::useServerTools();
    for (QAction *action : { m_backUpAction, m_restoreAction }) {
        action->setEnabled(available);
        action->setStatusTip(why);
        action->setToolTip(
            available ? QStringLiteral("%1 (%2)").arg(
                plainLabel(action->text()), action->shortcut().toString(QKeySequence::NativeText))
                      : why);
    }
    applyBackupSettings();
}

MainWindow::~MainWindow()
{
    // The parts are destroyed with the window's children, and may signal as they go: not to
    // this window, whose members are gone by then.
    for (QObject *part : std::initializer_list<QObject *> {
             m_history, m_interactionsView, m_interactionActions, m_apiStatus, m_leadsView, m_tabs,
             m_rounds, m_syncStatus })
        disconnect(part, nullptr, this, nullptr);
}

// The lead and contact changes that the leads view asks for, as undo commands.
void MainWindow::connectLeadsView()
{
    connect(m_leadsView, &LeadsView::interactionOpenRequested, m_interactionActions,
            &InteractionActions::openInteraction);
    connect(m_leadsView, &LeadsView::newInteractionRequested, m_interactionActions,
            &InteractionActions::newInteractionForLead);
    m_leadsView->setLeadWrite(m_history->recordWrite<LeadStore, Lead, LeadDraft>());
    m_leadsView->setContactWrite(m_history->recordWrite<ContactStore, Contact, ContactDraft>());
    connect(m_leadsView, &LeadsView::leadDeletionConfirmed, this, [this](const Lead &lead) {
        m_history->push(
            new DeleteLead(m_database, lead, m_history->failureHandler(tr("Not Deleted"))));
    });
    connect(m_leadsView, &LeadsView::contactDeletionConfirmed, this,
            [this](const Contact &contact) {
                m_history->push(new DeleteContact(m_database, contact,
                                                  m_history->failureHandler(tr("Not Deleted"))));
            });
    connect(m_leadsView, &LeadsView::statusChangeRequested, this,
            [this](qint64 lead, LeadStatus from, LeadStatus to) {
                m_history->push(
                    new ChangeLeadStatus(m_database, lead, from, to,
                                         m_history->failureHandler(tr("Status Not Changed"))));
            });
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
    connect(m_newAction, &QAction::triggered, m_interactionActions,
            &InteractionActions::newInteraction);

    // Enter and Delete act on the table only, so that they keep their meaning in text fields.
    m_openAction = makeAction(QStringLiteral("openInteractionAction"), QStringLiteral("edit"),
                              tr("&Open Interaction…"),
                              { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, m_interactionActions,
            &InteractionActions::openSelected);
    m_deleteAction = makeAction(QStringLiteral("deleteInteractionAction"), QStringLiteral("delete"),
                                tr("&Delete Interaction…"), { QKeySequence(Qt::Key_Delete) });
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, m_interactionActions,
            &InteractionActions::deleteSelected);
    table()->addAction(m_openAction);
    table()->addAction(m_deleteAction);

    m_findAction = makeAction(QStringLiteral("findAction"), QStringLiteral("search"),
                              tr("&Find in Details"), { QKeySequence(Qt::CTRL | Qt::Key_F) });
    connect(m_findAction, &QAction::triggered, this, [this] {
        showInteractions();
        filterPanel()->focusSearch();
    });
    m_clearFiltersAction
        = makeAction(QStringLiteral("clearFiltersAction"), QString(), tr("&Clear Filters"),
                     { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) });
    connect(m_clearFiltersAction, &QAction::triggered, filterPanel(), &FilterPanel::clearAll);

    QUndoStack *stack = undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIconText(plainLabel(tr("&Undo")));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Z) });
    m_interactionActions->setUndoAction(m_undoAction);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
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
    connect(stack, &QUndoStack::undoTextChanged, undoAction, [undoAction](const QString &text) {
        undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    QAction *redoAction = m_redoAction;
    connect(stack, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString &text) {
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
        const QModelIndex current = table()->currentIndex();
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
    m_teamServerAction
        = makeAction(QStringLiteral("teamServerAction"), QString(), tr("&Team Server…"), {});
    connect(m_teamServerAction, &QAction::triggered, this, &MainWindow::showTeamServer);
    m_syncNowAction = makeAction(QStringLiteral("syncNowAction"), QString(), tr("S&ync Now"),
                                 { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) });
    connect(m_syncNowAction, &QAction::triggered, m_rounds, &ReplicaRounds::syncNow);
    m_conflictsAction
        = makeAction(QStringLiteral("conflictsAction"), QString(), tr("&Conflicts…"), {});
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);
    m_signOutAction = makeAction(QStringLiteral("signOutAction"), QString(), tr("Sign &Out"), {});
    m_signOutAction->setVisible(false); // until someone signs in
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        m_settings.setSignInToken(m_rememberedUnder, {});
        close();
    });
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
                .arg(QCoreApplication::applicationVersion(),
                     (m_fileBackups ? m_database.path() : shownDatabase()).toHtmlEscaped()));
    });

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table()->addAction(separator);
    table()->addAction(m_openLeadAction);
    table()->addAction(m_newAction);
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
    file->addAction(m_syncNowAction);
    file->addAction(m_conflictsAction);
    file->addAction(m_teamServerAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_signOutAction);
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
    view->addMenu(columnsMenu());
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
    m_interactionsView->restoreState();
    m_tabs->setCurrentIndex(m_settings.store().value(tabKey, 0).toInt());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_interactionsView->saveState();
    m_settings.store().setValue(tabKey, m_tabs->currentIndex());
    m_settings.store().sync();
}

InteractionTableModel *MainWindow::interactions() const
{
    return m_interactionsView->model();
}

QTableView *MainWindow::table() const
{
    return m_interactionsView->table();
}

FilterPanel *MainWindow::filterPanel() const
{
    return m_interactionsView->filterPanel();
}

DetailPane *MainWindow::detailPane() const
{
    return m_interactionsView->detailPane();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_history->stack();
}

QString MainWindow::countText() const
{
    return m_interactionsView->countText();
}

QString MainWindow::orderTotalText() const
{
    return m_interactionsView->orderTotalText();
}

QString MainWindow::newRowsText() const
{
    return m_interactionsView->newRowsText();
}

QMenu *MainWindow::columnsMenu() const
{
    return m_interactionsView->columnsMenu();
}

QString MainWindow::apiStatusText() const
{
    return m_apiStatus->text();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_interactionsView->isShowingEmptyState();
}

QList<int> MainWindow::columnWidths() const
{
    return m_interactionsView->columnWidths();
}

std::optional<qint64> MainWindow::selectedInteraction() const
{
    return m_interactionsView->selectedInteraction();
}

bool MainWindow::selectInteraction(qint64 id)
{
    return m_interactionsView->selectInteraction(id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (LocalApi *api = m_apiStatus->localApi())
        api->stop();
    event->accept();
}

void MainWindow::updateActions()
{
    const bool onTable = m_tabs->currentWidget() == m_interactionsView && !isShowingEmptyState();
    const bool selected = onTable && selectedInteraction().has_value();
    m_openAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_openLeadAction->setEnabled(selected);
}

void MainWindow::showInteractions()
{
    m_tabs->setCurrentWidget(m_interactionsView);
}

void MainWindow::refresh()
{
    interactions()->refresh();
}

void MainWindow::reportFailure(const QString &title, const QString &message)
{
    m_lastFailure = message;
    // Undo commands report from inside QUndoStack::undo(): show it once that has finished.
    QTimer::singleShot(0, this,
                       [this, title, message] { QMessageBox::warning(this, title, message); });
}

void MainWindow::commandsDropped(const QString &reasons, bool redoDropped)
{
    if (redoDropped) {
        m_redoAction->setEnabled(undoStack()->canRedo());
        const QString next = undoStack()->redoText();
        m_redoAction->setText(next.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(next));
    }
    if (!reasons.isEmpty())
        statusBar()->showMessage(reasons, 10000);
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
    m_interactionsView->setSampleDataOffered(empty, whyNot);
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
    m_interactionsView->acknowledgeNew();
    showInteractions();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_apiStatus->localApi(), this);
    if (!m_fileBackups) {
        // A server's database is the team's; it is not a replica of another.
    } else if (m_rounds->isReplica()) {
        dialog.setTeamServer(
            tr("This file is a replica of the team server: %1").arg(m_syncStatus->text()));
    } else {
        dialog.setTeamServer(tr("This file works alone; it can join the team's server."));
    }
    connect(&dialog, &SettingsDialog::teamServerRequested, this, [this, &dialog] {
        TeamServerDialog team(m_database, *m_rounds, &dialog);
        team.exec();
    });
    if (m_fileBackups)
        dialog.setBackupFolder(DatabaseBackup::folderFor(m_database.path()));
    else
        dialog.setBackupsElsewhere(PostgresUri::useServerTools());
    if (dialog.exec() == QDialog::Accepted) {
        m_apiStatus->applySettings();
        applyBackupSettings();
    }
}

void MainWindow::showTeamServer()
{
    if (!m_fileBackups)
        return;
    TeamServerDialog dialog(m_database, *m_rounds, this);
    dialog.exec();
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_database, this);
    dialog.exec();
    m_syncStatus->refresh();
}

void MainWindow::updateSyncActions()
{
    const bool replica = m_rounds->isReplica();
    m_syncNowAction->setEnabled(replica);
    m_syncNowAction->setVisible(replica);
    m_conflictsAction->setVisible(replica);
    m_teamServerAction->setVisible(m_fileBackups);
}

QString MainWindow::syncStatusText() const
{
    return m_syncStatus->isVisible() || !m_syncStatus->text().isEmpty() ? m_syncStatus->text()
                                                                        : QString();
}

void MainWindow::applyBackupSettings()
{
    m_backups->setSchedule(m_fileBackups ? m_settings.backupSchedule() : BackupSchedule());
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
    if (!m_fileBackups)
        return false;
    QString error;
    const QString path = m_backups->backUp(QStringLiteral("manual"), &error);
    if (path.isEmpty())
        return false; // backupFailed() has said why
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::showRestoreDialog()
{
    if (!m_fileBackups)
        return;
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
        undoStack()->clear(); // its commands name rows of the file that was replaced
    m_database.announce(Database::Change::Leads | Database::Change::Contacts
                        | Database::Change::Interactions | Database::Change::OrderDetails);
    // Rows of another file are not new.
    m_interactionsView->acknowledgeNew();
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
    m_apiStatus->setLocalApi(api);
}

void MainWindow::setSignedIn(const QString &name, const QString &rememberedUnder)
{
    if (!m_signedIn) {
        m_signedIn = new QLabel(this);
        m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
        statusBar()->addPermanentWidget(m_signedIn);
    }
    m_signedIn->setText(tr("Signed in as %1").arg(name));
    m_rememberedUnder = rememberedUnder;
    m_signOutAction->setVisible(true);
    m_signOutAction->setToolTip(tr("Forget the token remembered on this computer and close"));
    if (!m_revocationCheck) {
        m_revocationCheck = new QTimer(this);
        m_revocationCheck->setInterval(30'000);
        connect(m_revocationCheck, &QTimer::timeout, this, &MainWindow::checkSignedInPerson);
        connect(&m_database, &Database::changed, this, &MainWindow::checkSignedInPerson);
        const StoreResult<PersonStore::Census> census = PersonStore(m_database).census();
        if (census.ok())
            m_census = census.value;
    }
    m_revocationCheck->start();
}

void MainWindow::setRevocationCheckInterval(int milliseconds)
{
    if (m_revocationCheck)
        m_revocationCheck->setInterval(milliseconds);
}

void MainWindow::checkSignedInPerson()
{
    const std::optional<qint64> signedIn = m_database.actingPerson();
    if (!signedIn || !m_revocationCheck || !m_revocationCheck->isActive())
        return;
    // One cheap statement while nobody was added or revoked.
    PersonStore people(m_database);
    const StoreResult<PersonStore::Census> census = people.census();
    if (!census.ok() || (m_census && *m_census == census.value))
        return;
    m_census = census.value;
    const StoreResult<QList<Person>> everyone = people.list();
    if (!everyone.ok())
        return;
    const auto person = std::find_if(everyone.value.cbegin(), everyone.value.cend(),
                                     [&](const Person &one) { return one.id == *signedIn; });
    if (person != everyone.value.cend() && !person->isRevoked())
        return;
    m_revocationCheck->stop();
    m_settings.setSignInToken(m_rememberedUnder, {});
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Signed Out"),
                                tr("Your token has been revoked, so the window can no longer "
                                   "write in your name. It closes now; ask for a new token to "
                                   "sign in again."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("revokedMessage"));
    box->setDefaultButton(QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &QWidget::close);
    box->open();
}

QString MainWindow::signedInText() const
{
    return m_signedIn ? m_signedIn->text() : QString();
}
