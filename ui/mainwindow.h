#pragma once

// Touchpoint's main window: wires its parts (the interactions view and the actions on it, the
// leads view, the undo history, the REST API's and the sync's status labels) to the menus, the
// toolbar and the status bar, and holds what is the window's own: settings, backups and restoring
// them, and the rounds with the team server.

#include "settings.h"
#include "storage/personstore.h"

#include <QMainWindow>

#include <optional>

class ApiStatusLabel;
class BackupTimer;
class Database;
class DetailPane;
class FilterPanel;
class InteractionActions;
class InteractionTableModel;
class InteractionsView;
class LeadsView;
class LocalApi;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;
class ReplicaRounds;
class SyncStatusLabel;
class UndoHistory;

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
    // Who signed in (WindowSignIn), for the status bar; File > Sign Out then forgets the token
    // remembered under rememberedUnder (Settings::signInToken()) and closes the window.
    // From then on the window also watches for the person's token being revoked (`touchpoint users
    // revoke`, by any process): then it says so, forgets the remembered token and closes, so that
    // nothing more is written in their name. It looks after every change it hears of, and every
    // interval (30 s unless set): a revocation on another connection announces nothing.
    void setSignedIn(const QString &name, const QString &rememberedUnder);
    void setRevocationCheckInterval(int milliseconds);
    QString signedInText() const; // empty: nobody signed in

    InteractionsView *interactionsView() const { return m_interactionsView; }
    InteractionTableModel *interactions() const;
    QTableView *table() const;
    FilterPanel *filterPanel() const;
    DetailPane *detailPane() const;
    LeadsView *leadsView() const { return m_leadsView; }
    QUndoStack *undoStack() const;
    QString countText() const;
    // The order total of the rows shown, as the status bar says it; empty while summed.
    QString orderTotalText() const;
    QString newRowsText() const; // the status bar's notice of new rows; empty when hidden
    // Hides or shows columns; what the header's context menu and View > Columns show.
    QMenu *columnsMenu() const;
    QString apiStatusText() const;
    bool isShowingEmptyState() const;
    QString lastFailure() const { return m_lastFailure; }
    QList<int> columnWidths() const; // of the interactions table, by column
    BackupTimer *backupTimer() const { return m_backups; }
    // The rounds with the team server while the file is a replica, and their status bar label.
    ReplicaRounds *replicaRounds() const { return m_rounds; }
    QString syncStatusText() const;
    // Off for a database on a PostgreSQL server, which the constructor turns off by itself:
    // the scheduled backups, Back Up Now and Restore from Backup are copies of a file. Off, they
    // say to use pg_dump and pg_restore.
    void setFileBackupsAvailable(bool available);
    bool fileBackupsAvailable() const { return m_fileBackups; }

    std::optional<qint64> selectedInteraction() const;
    bool selectInteraction(qint64 id);

public slots:
    void loadSampleData();
    void showSettings();
    // Settings > Team Server: join a server, or how this replica stands, with Sync Now.
    void showTeamServer();
    void showConflicts();
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectLeadsView();
    void createActions();
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateSampleDataOffer();
    void applyBackupSettings();
    QString shownDatabase() const; // the file's name, or the server's URI without a password
    void backupFailed(const QString &message);
    void reportFailure(const QString &title, const QString &message);
    void commandsDropped(const QString &reasons, bool redoDropped);
    void checkSignedInPerson();
    void updateSyncActions();
    QAction *makeAction(const QString &name, const QString &icon, const QString &text,
                        const QList<QKeySequence> &shortcuts);

    Database &m_database;
    Settings m_settings;
    UndoHistory *m_history;
    InteractionsView *m_interactionsView;
    InteractionActions *m_interactionActions;
    QTabWidget *m_tabs;
    LeadsView *m_leadsView;
    ApiStatusLabel *m_apiStatus;
    QLabel *m_signedIn = nullptr;
    QString m_rememberedUnder;
    QTimer *m_revocationCheck = nullptr;
    std::optional<PersonStore::Census> m_census; // as last looked at
    QString m_lastFailure;
    BackupTimer *m_backups;
    ReplicaRounds *m_rounds;
    SyncStatusLabel *m_syncStatus;
    bool m_backupFailureShown = false; // the warning box, once a session; the status bar always
    bool m_fileBackups;

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
    QAction *m_teamServerAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
