#pragma once

// Touchpoint's main window: the interactions table with its filters and detail pane, the leads
// and their pages, the edit dialogs, undo and redo, settings, backups and restoring them, and the
// in-window REST API's state.

#include "settings.h"
#include "storage/interactionfilter.h"
#include "undofailure.h"

#include <QMainWindow>

#include <optional>

class BackupTimer;
class Database;
class DetailPane;
class EmptyState;
class FilterPanel;
class InteractionTableModel;
class LeadsView;
class LocalApi;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoCommand;
class QUndoStack;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The REST API that app/ runs inside this process, if this build has one; not owned. The
    // window starts it now if Settings say so.
    void setLocalApi(LocalApi *api);

    InteractionTableModel *interactions() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    DetailPane *detailPane() const { return m_detailPane; }
    LeadsView *leadsView() const { return m_leadsView; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString countText() const;
    // The order total of the rows shown, as the status bar says it; empty while summed.
    QString orderTotalText() const;
    QString newRowsText() const; // the status bar's notice of new rows; empty when hidden
    // Hides or shows columns; what the header's context menu and View > Columns show.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QString apiStatusText() const;
    bool isShowingEmptyState() const;
    QString lastFailure() const { return m_lastFailure; }
    QList<int> columnWidths() const; // of the interactions table, by column
    BackupTimer *backupTimer() const { return m_backups; }

    std::optional<qint64> selectedInteraction() const;
    bool selectInteraction(qint64 id);

public slots:
    void newInteraction();
    void newInteractionForLead(qint64 lead);
    void openSelected();
    void openInteraction(qint64 id);
    void deleteSelected();
    void loadSampleData();
    void showSettings();
    // A "manual" backup of the open database, now.
    bool backUpNow();
    // Lists the backups; the one chosen is restored by restoreBackup().
    void showRestoreDialog();
    // Asks first; then closes the database, puts the backup in its place (the current file is
    // moved into the backups folder), opens it again, refreshes every view and clears the undo
    // history. On failure the current file stays as it was and the reason is shown.
    bool restoreBackup(const QString &backupPath);
    void showLead(qint64 lead);
    void showInteractions();
    void refresh();
    // Scrolls to the first of the rows that arrived and selects it.
    void showNewRows();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void filterChanged();
    void keepView();
    int defaultColumnWidth(int column) const;
    void fitColumns();
    void placeDetailPane();
    void restoreView();
    void updateCounts();
    void updateActions();
    void updateSampleDataOffer();
    void interactionsArrived(qint64 shown);
    void updateNewRowsNotice();
    void updateOrderTotal();
    void fillColumnsMenu();
    void setColumnShown(int column, bool shown);
    void applyApiSettings();
    void applyBackupSettings();
    void backupFailed(const QString &message);
    void reportFailure(const QString &title, const QString &message);
    // How an undo command reports a refusal, shown once; under pushTitle when it is the change
    // that the command makes as it is pushed.
    UndoFailure undoFailure(const QString &pushTitle = {});
    void pushCommand(QUndoCommand *command);
    // Drops the next undo and redo while they could only fail (their record was deleted
    // elsewhere), saying so once in the status bar.
    void checkUndoStackSoon();
    void dropCommandsThatWouldFail();
    QAction *makeAction(const QString &name, const QString &icon, const QString &text,
                        const QList<QKeySequence> &shortcuts);

    Database &m_database;
    Settings m_settings;
    LocalApi *m_api = nullptr;
    InteractionTableModel *m_model;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    QStackedWidget *m_interactionPages;
    EmptyState *m_emptyState;
    EmptyState *m_noMatches; // over the table when the filters let no row through
    QSplitter *m_splitter;
    QSplitter *m_tableSplitter;
    FilterPanel *m_filterPanel;
    QTableView *m_table;
    DetailPane *m_detailPane;
    LeadsView *m_leadsView;
    QLabel *m_countLabel;
    QLabel *m_orderTotalLabel;
    QPushButton *m_newRowsButton;
    QTimer *m_newRowsTimer;
    QMenu *m_columnsMenu = nullptr;
    QLabel *m_apiLabel;
    QString m_lastFailure;
    BackupTimer *m_backups;
    bool m_pushing = false; // inside pushCommand()
    bool m_undoCheckPending = false;
    bool m_backupFailureShown = false; // the warning box, once a session; the status bar always
    // What the table showed before a reset, to show it again after (see restoreView()).
    struct Kept
    {
        InteractionFilter filter;
        qint64 id = 0; // the selected interaction
        int row = -1;
        std::optional<int> y; // where the selected row was in the viewport, when in view
        qint64 topId = 0; // the interaction in the first visible row
        int topRow = -1;
        int horizontal = 0;
    };
    Kept m_kept;
    int m_leadWidth = 0; // as chosen; fitColumns() may show them narrower
    int m_contactWidth = 0;
    bool m_fittingColumns = false;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newLeadAction = nullptr;
    QAction *m_openLeadAction = nullptr;
    QAction *m_showInteractionsAction = nullptr;
    QAction *m_showLeadsAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
