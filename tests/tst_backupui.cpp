// Backups from the window: Back Up Now, the schedule (taken when due and only then, pruned,
// failures shown), restore from a backup with every view refreshed, the offer of the latest
// backup for a damaged file at open, and the REST API token set in Settings.
#include "backuptimer.h"
#include "databaseopener.h"
#include "itemmodels/interactiontablemodel.h"
#include "leadsview.h"
#include "localapi.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "sampledata/sampledata.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testfiles.h"
#include "support/testrecords.h"
#include "support/testsamples.h"
#include "support/windowanswers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

namespace {

QList<DatabaseBackup::Entry> backupsOf(const QString &path, const QString &reason)
{
    QList<DatabaseBackup::Entry> found;
    for (const DatabaseBackup::Entry &entry : DatabaseBackup::list(path)) {
        if (entry.reason == reason)
            found.append(entry);
    }
    return found;
}

class FakeApi final : public LocalApi
{
public:
    bool start(quint16 port) override
    {
        m_port = port;
        return true;
    }
    void stop() override { m_port = 0; }
    bool isRunning() const override { return m_port != 0; }
    quint16 port() const override { return m_port; }
    QString address() const override { return QStringLiteral("127.0.0.1"); }
    QString errorString() const override { return {}; }
    bool setToken(const QByteArray &key, QString *problem) override
    {
        if (const QString found = problemWithToken(key); !key.isEmpty() && !found.isEmpty()) {
            *problem = found;
            return false;
        }
        token = key;
        return true;
    }
    bool requiresToken() const override { return !token.isEmpty(); }
    QString problemWithToken(const QByteArray &key) const override
    {
        return key.size() < 16 ? QStringLiteral("A token must be 16 or more characters.")
                               : QString();
    }
    QByteArray token;

private:
    quint16 m_port = 0;
};

} // namespace

class TestBackupUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backUpNowCreatesABackup();
    void scheduleTakesOneWhenDueOnly();
    void scheduleOffTakesNone();
    void serverDatabaseHasNoFileBackups();
    void scheduleKeepsTheChosenNumber();
    void backupFailureIsShown();
    void restoreDialogListsNewestFirst();
    void restoreBringsBackTheEarlierData();
    void restoreCanBeDeclined();
    void failedRestoreLeavesTheFile();
    void damagedFileIsRefused();
    void damagedFileOffersTheLatestBackup();
    void damagedFileOffersAnotherFile();
    void settingsKeepBackupChoices();
    void tokenSetInSettings();

private:
    void makeWindow();
    QString path() const { return m_database.filePath(QStringLiteral("t.sqlite")); }

    TestDatabase m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupUi::init()
{
    Settings().store().clear();
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(3, 2, 40, 3)).ok());
}

void TestBackupUi::cleanup()
{
    forgetPendingAnswers();
    m_window.reset();
    m_database.reset();
}

void TestBackupUi::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    m_window->backupTimer()->waitForBackup(); // the scheduled one it started, when due
}

void TestBackupUi::backUpNowCreatesABackup()
{
    makeWindow();
    QVERIFY(backupsOf(path(), QStringLiteral("manual")).isEmpty());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("backUpAction"));
    QVERIFY(action);
    action->trigger();
    const QList<DatabaseBackup::Entry> manual = backupsOf(path(), QStringLiteral("manual"));
    QCOMPARE(manual.size(), 1);
    QString problem;
    QVERIFY2(DatabaseBackup::isSound(manual.first().path, &problem), qPrintable(problem));
    Database copy;
    QVERIFY(copy.open(manual.first().path));
    QCOMPARE(LeadStore(copy).count().value, 3);
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(QFileInfo(manual.first().path).fileName()),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestBackupUi::scheduleTakesOneWhenDueOnly()
{
    // Daily by default: the window takes one at once, as none was taken yet.
    makeWindow();
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 1);
    BackupTimer *timer = m_window->backupTimer();
    QVERIFY(timer->schedule().isOn());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!timer->backUpIfDue(now));
    QVERIFY(!timer->backUpIfDue(now.addSecs(23 * 3600)));
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 1);
    QSignalSpy done(timer, &BackupTimer::backedUp);
    QVERIFY(timer->backUpIfDue(now.addSecs(25 * 3600)));
    // Taken in a worker thread: the window goes on meanwhile, and one runs at a time.
    QVERIFY(timer->isBackingUp());
    QVERIFY(!timer->backUpIfDue(now.addSecs(26 * 3600)));
    QVERIFY(done.wait(20000));
    QVERIFY(!timer->isBackingUp());
    QCOMPARE(done.size(), 1);
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 2);
    QCOMPARE(done.first().first().toString(),
             backupsOf(path(), BackupSchedule::reason()).first().path);
    QString problem;
    QVERIFY2(DatabaseBackup::isSound(done.first().first().toString(), &problem),
             qPrintable(problem));
    // A second window on the same file finds the recent one: not due.
    m_window = std::make_unique<MainWindow>(*m_database);
    QVERIFY(!m_window->backupTimer()->isBackingUp());
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 2);
}

void TestBackupUi::scheduleOffTakesNone()
{
    Settings().setBackupInterval(Settings::BackupInterval::Off);
    makeWindow();
    QVERIFY(!m_window->backupTimer()->schedule().isOn());
    QVERIFY(!m_window->backupTimer()->backUpIfDue(QDateTime::currentDateTimeUtc().addYears(1)));
    QVERIFY(backupsOf(path(), BackupSchedule::reason()).isEmpty());
}

// What the window does for a database on a PostgreSQL server, shown here on a file.
void TestBackupUi::serverDatabaseHasNoFileBackups()
{
    Settings().setBackupInterval(Settings::BackupInterval::Off);
    makeWindow();
    QVERIFY(m_window->fileBackupsAvailable());
    Settings().setBackupInterval(Settings::BackupInterval::Daily);
    m_window->setFileBackupsAvailable(false);
    QVERIFY(!m_window->fileBackupsAvailable());
    for (const char *name : { "backUpAction", "restoreAction" }) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->statusTip().contains(QStringLiteral("pg_dump"))
                     && action->toolTip().contains(QStringLiteral("pg_restore")),
                 qPrintable(action->statusTip()));
    }
    BackupTimer *timer = m_window->backupTimer();
    QVERIFY(!timer->schedule().isOn());
    QVERIFY(!timer->backUpIfDue(QDateTime::currentDateTimeUtc().addYears(1)));
    QVERIFY(!m_window->backUpNow());
    m_window->showRestoreDialog(); // nothing to show: no dialog waits for an answer
    QVERIFY(backupsOf(path(), QStringLiteral("manual")).isEmpty());
    QVERIFY(backupsOf(path(), BackupSchedule::reason()).isEmpty());
    // Settings shows the backup choices as they are, off, with why.
    bool seen = false;
    actOnNext<SettingsDialog>([&seen](SettingsDialog *dialog) {
        const auto *interval
            = dialog->findChild<QComboBox *>(QStringLiteral("backupIntervalPicker"));
        const auto *keep = dialog->findChild<QSpinBox *>(QStringLiteral("backupKeepSpin"));
        seen = interval && keep && !interval->isEnabled() && !keep->isEnabled()
            && interval->currentData().toInt() == int(Settings::BackupInterval::Daily);
        bool told = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            told = told || label->text().contains(QStringLiteral("pg_dump"));
        seen = seen && told;
        dialog->reject();
    });
    m_window->showSettings();
    QVERIFY(seen);

    // On again, as for a file: the schedule of Settings again, and the actions.
    m_window->setFileBackupsAvailable(true);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("restoreAction"))->isEnabled());
    QVERIFY(timer->schedule().isOn());
}

void TestBackupUi::scheduleKeepsTheChosenNumber()
{
    Settings settings;
    settings.setBackupInterval(Settings::BackupInterval::Weekly);
    settings.setBackupKeep(2);
    makeWindow();
    BackupTimer *timer = m_window->backupTimer();
    QCOMPARE(timer->schedule(), BackupSchedule(std::chrono::hours(7 * 24), 2));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!timer->backUpIfDue(now.addDays(6)));
    QVERIFY(timer->backUpIfDue(now.addDays(8)));
    timer->waitForBackup();
    QVERIFY(timer->backUpIfDue(now.addDays(16)));
    timer->waitForBackup();
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 2);
    // Backups of other reasons are never pruned by the schedule.
    m_window->backUpNow();
    QVERIFY(timer->backUpIfDue(now.addDays(24)));
    timer->waitForBackup();
    QCOMPARE(backupsOf(path(), BackupSchedule::reason()).size(), 2);
    QCOMPARE(backupsOf(path(), QStringLiteral("manual")).size(), 1);
}

void TestBackupUi::backupFailureIsShown()
{
    Settings().setBackupInterval(Settings::BackupInterval::Off);
    makeWindow();
    // A file where the backups folder should be: no backup can be written.
    QFile blocker(DatabaseBackup::folderFor(path()));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString warning;
    answerNextMessageBox(QMessageBox::Ok, &warning, MessageBoxWords::TextAndInformativeText);
    QVERIFY(!m_window->backUpNow());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Backup failed")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_VERIFY2(warning.contains(QStringLiteral("could not be backed up")), qPrintable(warning));
    QTRY_VERIFY(!messageBoxShown());
    // The next failure is in the status bar again, without another box.
    m_window->statusBar()->clearMessage();
    Settings().setBackupInterval(Settings::BackupInterval::Daily);
    m_window->backupTimer()->setSchedule(Settings().backupSchedule());
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Backup failed")));
    QTest::qWait(100);
    QVERIFY(!messageBoxShown());
}

void TestBackupUi::restoreDialogListsNewestFirst()
{
    makeWindow(); // takes a scheduled one
    QTest::qWait(1100); // the next in a later second
    QVERIFY(m_window->backUpNow());
    RestoreDialog dialog(path());
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path());
    QCOMPARE(backups.first().reason, QStringLiteral("manual"));
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), backups.first().path);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Backed up by hand"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Scheduled"));
    QCOMPARE(list->topLevelItem(0)->text(0),
             QLocale().toString(backups.first().created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(dialog.selectedBackup(), backups.first().path);
}

void TestBackupUi::restoreBringsBackTheEarlierData()
{
    makeWindow();
    QVERIFY(m_window->backUpNow());
    const QString backup = backupsOf(path(), QStringLiteral("manual")).first().path;
    const qint64 interactions = m_window->interactions()->totalCount();
    const int leads = m_window->leadsView()->leadsTable()->model()->rowCount();
    QCOMPARE(interactions, 40);

    // Changes after the backup, one of them undoable.
    QVERIFY(addLead(*m_database, QStringLiteral("After the backup")));
    InteractionDraft later;
    later.lead = 1;
    later.contact = ContactStore(*m_database).list(1).value.constFirst().id;
    later.type = InteractionType::Call;
    later.details = QStringLiteral("After the backup");
    QVERIFY(InteractionStore(*m_database).create(later).ok());
    QTRY_VERIFY(m_window->interactions()->totalCount() > interactions);
    QTRY_COMPARE(m_window->leadsView()->leadsTable()->model()->rowCount(), leads + 1);
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("Something")));
    QVERIFY(m_window->undoStack()->canUndo());

    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question, MessageBoxWords::TextAndInformativeText);
    QVERIFY2(m_window->restoreBackup(backup), qPrintable(m_window->lastFailure()));
    QVERIFY2(question.contains(DatabaseBackup::folderFor(path())), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("can no longer be undone")), qPrintable(question));
    QVERIFY(m_database->isOpen());
    QCOMPARE(m_window->interactions()->totalCount(), interactions);
    QCOMPARE(m_window->interactions()->rowCount(), int(interactions));
    QCOMPARE(m_window->leadsView()->leadsTable()->model()->rowCount(), leads);
    QCOMPARE(LeadStore(*m_database).count().value, 3);
    QVERIFY(!m_window->undoStack()->canUndo());
    // The file as it was before the restore is kept, with the later data.
    const QList<DatabaseBackup::Entry> aside = backupsOf(path(), QStringLiteral("before-restore"));
    QCOMPARE(aside.size(), 1);
    {
        Database before;
        QVERIFY(before.open(aside.first().path));
        QCOMPARE(LeadStore(before).count().value, 3 + 1);
    }
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(QFileInfo(aside.first().path).fileName()));
    // The reopened database takes writes and the window shows them.
    QVERIFY(addLead(*m_database, QStringLiteral("After the restore")));
    QTRY_COMPARE(m_window->leadsView()->leadsTable()->model()->rowCount(), leads + 1);
}

void TestBackupUi::restoreCanBeDeclined()
{
    makeWindow();
    QVERIFY(m_window->backUpNow());
    const QString backup = backupsOf(path(), QStringLiteral("manual")).first().path;
    QVERIFY(addLead(*m_database, QStringLiteral("Kept")));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->restoreBackup(backup));
    QCOMPARE(LeadStore(*m_database).count().value, 4);
    QVERIFY(backupsOf(path(), QStringLiteral("before-restore")).isEmpty());
}

void TestBackupUi::failedRestoreLeavesTheFile()
{
    makeWindow();
    QVERIFY(m_window->backUpNow());
    const QString backup = backupsOf(path(), QStringLiteral("manual")).first().path;
    QVERIFY(corrupt(backup));
    QVERIFY(addLead(*m_database, QStringLiteral("Kept")));
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("Something")));
    answerNextMessageBox(QMessageBox::Yes);
    QString warning;
    QTimer::singleShot(200, [&warning] {
        answerNextMessageBox(QMessageBox::Ok, &warning, MessageBoxWords::TextAndInformativeText);
    });
    QVERIFY(!m_window->restoreBackup(backup));
    QTRY_VERIFY2(warning.contains(QStringLiteral("damaged")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("as it was")));
    QVERIFY(m_database->isOpen());
    QCOMPARE(LeadStore(*m_database).count().value, 4);
    QCOMPARE(m_window->leadsView()->leadsTable()->model()->rowCount(), 4);
    QVERIFY(m_window->undoStack()->canUndo()); // nothing changed, so nothing is forgotten
    QVERIFY(backupsOf(path(), QStringLiteral("before-restore")).isEmpty());
}

void TestBackupUi::damagedFileIsRefused()
{
    QString error;
    QVERIFY(!DatabaseBackup::create(m_database->connection(), path(), QStringLiteral("scheduled"),
                                    &error)
                 .isEmpty());
    m_database->close();
    QVERIFY(corrupt(path()));
    const QByteArray hash = fileHash(path());

    // Quit: the file is refused, left as it was, and the person was asked with the reason.
    DatabaseOpener opener;
    QString asked;
    bool offered = false;
    opener.ask = [&](const QString &problem, const std::optional<DatabaseBackup::Entry> &latest) {
        asked = problem;
        offered = latest.has_value();
        return DatabaseOpener::Choice::Quit;
    };
    opener.tell = [](const QString &message) {
        QFAIL(qPrintable(message));
    };
    QVERIFY(!opener.open(*m_database, path()));
    QVERIFY(!m_database->isOpen());
    QCOMPARE(m_database->openError(), Database::OpenError::Damaged);
    QVERIFY2(asked.contains(QStringLiteral("damaged")), qPrintable(asked));
    QVERIFY(offered);
    QCOMPARE(fileHash(path()), hash);

    // Another error keeps its own message and is not offered a backup.
    const QString foreign = m_database.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
    }
    QString told;
    opener.ask = [](const QString &, const std::optional<DatabaseBackup::Entry> &) {
        qFatal("asked about a file that is not damaged");
        return DatabaseOpener::Choice::Quit;
    };
    opener.tell = [&told](const QString &message) {
        told = message;
    };
    QVERIFY(!opener.open(*m_database, foreign));
    QVERIFY2(told.contains(QStringLiteral("not a Touchpoint database")), qPrintable(told));
}

void TestBackupUi::damagedFileOffersTheLatestBackup()
{
    QString error;
    QVERIFY(!DatabaseBackup::create(m_database->connection(), path(), QStringLiteral("scheduled"),
                                    &error)
                 .isEmpty());
    QVERIFY(addLead(*m_database, QStringLiteral("After the backup")));
    m_database->close();
    QVERIFY(corrupt(path()));
    const QByteArray hash = fileHash(path());

    DatabaseOpener opener;
    int asked = 0;
    opener.ask = [&asked](const QString &, const std::optional<DatabaseBackup::Entry> &latest) {
        ++asked;
        return latest ? DatabaseOpener::Choice::RestoreLatest : DatabaseOpener::Choice::Quit;
    };
    opener.tell = [](const QString &message) {
        QFAIL(qPrintable(message));
    };
    QVERIFY(opener.open(*m_database, path()));
    QCOMPARE(asked, 1);
    QVERIFY(m_database->isOpen());
    QCOMPARE(m_database->path(), path());
    QCOMPARE(LeadStore(*m_database).count().value, 3); // as in the backup
    // The damaged file is kept aside, as it was, and the notice says where.
    const QList<DatabaseBackup::Entry> aside = backupsOf(path(), QStringLiteral("before-restore"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(aside.first().path), hash);
    QVERIFY2(opener.notice().contains(QFileInfo(aside.first().path).fileName()),
             qPrintable(opener.notice()));
}

void TestBackupUi::damagedFileOffersAnotherFile()
{
    const QString other = m_database.filePath(QStringLiteral("other.sqlite"));
    {
        Database database;
        QVERIFY(database.open(other));
        QVERIFY(addLead(database, QStringLiteral("Elsewhere")));
    }
    m_database->close();
    QVERIFY(corrupt(path()));
    const QByteArray hash = fileHash(path());

    // The first pick cannot be opened: told so, and asked again about the damaged file.
    const QString notes = m_database.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text");
    }
    QStringList picks { notes, other };
    DatabaseOpener opener;
    int asked = 0;
    QStringList told;
    opener.ask = [&asked](const QString &, const std::optional<DatabaseBackup::Entry> &) {
        ++asked;
        return DatabaseOpener::Choice::OpenAnother;
    };
    opener.pickFile = [&picks] {
        return picks.takeFirst();
    };
    opener.tell = [&told](const QString &message) {
        told << message;
    };
    QVERIFY(opener.open(*m_database, path()));
    QCOMPARE(asked, 2);
    QCOMPARE(told.size(), 1);
    QCOMPARE(m_database->path(), other);
    QCOMPARE(LeadStore(*m_database).count().value, 1);
    QCOMPARE(fileHash(path()), hash);
}

void TestBackupUi::settingsKeepBackupChoices()
{
    Settings settings;
    QCOMPARE(settings.backupInterval(), Settings::BackupInterval::Daily);
    QCOMPARE(settings.backupKeep(), 10);
    QCOMPARE(settings.backupSchedule(), BackupSchedule(std::chrono::hours(24), 10));
    SettingsDialog dialog(settings, nullptr);
    auto *interval = dialog.findChild<QComboBox *>(QStringLiteral("backupIntervalPicker"));
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backupKeepSpin"));
    QVERIFY(interval && keep);
    QCOMPARE(keep->value(), 10);
    interval->setCurrentIndex(interval->findData(int(Settings::BackupInterval::Weekly)));
    keep->setValue(4);
    dialog.accept();
    QCOMPARE(Settings().backupSchedule(), BackupSchedule(std::chrono::hours(7 * 24), 4));
    SettingsDialog again(settings, nullptr);
    again.findChild<QComboBox *>(QStringLiteral("backupIntervalPicker"))->setCurrentIndex(0);
    QVERIFY(!again.findChild<QSpinBox *>(QStringLiteral("backupKeepSpin"))->isEnabled());
    again.accept();
    QVERIFY(!Settings().backupSchedule().isOn());
}

void TestBackupUi::tokenSetInSettings()
{
    Settings settings;
    settings.setApiEnabled(true);
    makeWindow();
    FakeApi api;
    m_window->setLocalApi(&api);
    QCOMPARE(m_window->apiStatusText(), QStringLiteral("REST API: on, http://127.0.0.1:8000"));

    SettingsDialog dialog(settings, &api);
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password); // masked
    // A token that cannot be used keeps the dialog open and is not stored.
    token->setText(QStringLiteral("short"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(Settings().apiToken().isEmpty());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("tokenProblem"));
    QVERIFY(problem && problem->text().contains(QStringLiteral("16 or more")));

    token->setText(QStringLiteral("a-long-enough-token-1234"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings().apiToken(), QByteArray("a-long-enough-token-1234"));

    // The window passes it to the server, and says that it is required.
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setLocalApi(&api);
    QCOMPARE(api.token, QByteArray("a-long-enough-token-1234"));
    QCOMPARE(m_window->apiStatusText(),
             QStringLiteral("REST API: on, http://127.0.0.1:8000, token required"));
    SettingsDialog shown(settings, &api);
    QCOMPARE(shown.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(),
             QStringLiteral("a-long-enough-token-1234"));

    // Cleared: no token, and the status bar no longer asks for one.
    shown.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->clear();
    shown.accept();
    QVERIFY(Settings().apiToken().isEmpty());
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setLocalApi(&api);
    QVERIFY(api.token.isEmpty());
    QCOMPARE(m_window->apiStatusText(), QStringLiteral("REST API: on, http://127.0.0.1:8000"));

    // A token in the settings file that cannot be used stops the API rather than run it open.
    Settings().setApiToken("bad");
    m_window = std::make_unique<MainWindow>(*m_database);
    QString warning;
    answerNextMessageBox(QMessageBox::Ok, &warning, MessageBoxWords::TextAndInformativeText);
    m_window->setLocalApi(&api);
    QVERIFY(!api.isRunning());
    QTRY_VERIFY2(warning.contains(QStringLiteral("cannot be used")), qPrintable(warning));
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
