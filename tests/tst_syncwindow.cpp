// The window's side of a replica, against a team server (its API on loopback) in the test
// process: joining through Settings > Team Server by keyboard, and only with a file without
// leads; the status bar before and after a local change and the round it starts; rounds in a
// worker thread while the window's event loop runs, the window's models refreshed by what a round
// writes, and no round started by a round's own writes; the Conflicts dialog resolving a field by
// "mine" and by typing, by keyboard, and refusing what the rules refuse.
#include "apiserver.h"
#include "conflictfieldsmodel.h"
#include "conflictsdialog.h"
#include "core/idspace.h"
#include "core/leaddraft.h"
#include "itemmodels/interactiontablemodel.h"
#include "mainwindow.h"
#include "replicarounds.h"
#include "replicasync.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "storage/personstore.h"
#include "storage/replicastore.h"
#include "support/dialogkeys.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"
#include "teamserverdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

class TestSyncWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void joinThroughTheDialogByKeyboard();
    void aFileWithRecordsIsToldAndJoins();
    void settingsOpensTheTeamServerDialog();
    void aBadAddressIsRefusedAndNothingChanges();
    void statusBarBeforeAndAfterALocalChangeAndItsRound();
    void aRoundRunsWhileTheWindowAnswers();
    void aChangeByAnotherProcessIsSentToo();
    void conflictResolvedByMineAndByTyping();
    void aTypedValueTheRulesRefuseChangesNothing();
    void aRecordTheServerDeletedIsKeptAsANewOne();
    void theDetailPaneMarksAnInteractionInConflict();
    void theLeadPageMarksALeadInConflict();
    void conflictFieldsModelPassesTheTester();

private:
    QUrl url() const;
    // Joins the file before the window opens it, as a window opened earlier would have.
    void joinFile();
    void openWindow();
    // A conflict on one lead: name and city changed here and on the server, differently.
    qint64 makeConflict();

    TestDatabase m_server;
    std::unique_ptr<ApiServer> m_api;
    QByteArray m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestSyncWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncWindow::init()
{
    Settings().store().clear();
    QVERIFY2(m_server.open(), qPrintable(m_server.errorMessage()));
    m_server->setReadBatching(true); // as `touchpoint serve` runs it
    const StoreResult<PersonStore::Added> asha = PersonStore(*m_server).add(QStringLiteral("Asha"));
    QVERIFY(asha.ok());
    m_token = asha.value.token;
    m_api = std::make_unique<ApiServer>(*m_server);
    QVERIFY2(m_api->listen(QHostAddress::LocalHost, 0), qPrintable(m_api->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("laptop.sqlite"))));
}

void TestSyncWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
    m_dir.reset();
    m_api.reset();
    m_server.reset();
}

QUrl TestSyncWindow::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_api->serverPort()));
}

void TestSyncWindow::joinFile()
{
    Database joining;
    QVERIFY(joining.open(m_database->path()));
    const ReplicaSync::Summary joined
        = ReplicaSync(joining).join(url(), m_token, QStringLiteral("laptop"));
    QVERIFY2(joined.outcome == ReplicaSync::Outcome::InStep, qPrintable(joined.text()));
}

void TestSyncWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSyncWindow::joinThroughTheDialogByKeyboard()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Server Cafe"));
    addContact(*m_server, lead, QStringLiteral("Meera"));
    openWindow();
    QCOMPARE(m_window->syncStatusText(), QString()); // no replica yet: nothing said

    TeamServerDialog dialog(*m_database, *m_window->replicaRounds());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("serverTokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setFocus();
    type(url().toString());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("serverTokenEdit"));
    type(QString::fromLatin1(m_token));
    press(Qt::Key_Return);
    QVERIFY(dialog.progress()); // the download shows its progress, with Cancel
    QTRY_VERIFY(!dialog.progress());
    QCOMPARE(dialog.problemText(), QString());

    const auto member = ReplicaStore(*m_database).membership();
    QVERIFY(member.ok() && member.value && member.value->downloaded());
    QCOMPARE(LeadStore(*m_database).get(lead).value.name, QStringLiteral("Server Cafe"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("replicaServerLabel"))->text(),
             url().toString());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isVisible());
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("In step"));
}

void TestSyncWindow::aFileWithRecordsIsToldAndJoins()
{
    const qint64 mine = addLead(*m_database, QStringLiteral("Mine Alone"));
    addContact(*m_database, mine, QStringLiteral("Kiran"));
    openWindow();
    TeamServerDialog dialog(*m_database, *m_window->replicaRounds());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Told before anything starts what happens to its records.
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("joinNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("leads: 1, contacts: 1, interactions: 0"))
                 && note.contains(QStringLiteral("take new ids")),
             qPrintable(note));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("joinButton"))->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setFocus();
    type(url().toString());
    press(Qt::Key_Tab);
    type(QString::fromLatin1(m_token));
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog.progress());
    QCOMPARE(dialog.problemText(), QString());
    // Under an id of its block, here and on the server.
    QCOMPARE(LeadStore(*m_database).get(mine).status, StoreStatus::NotFound);
    QTRY_COMPARE(LeadStore(*m_server).list().value.size(), 1);
    const Lead sent = LeadStore(*m_server).list().value.constFirst();
    QCOMPARE(sent.name, QStringLiteral("Mine Alone"));
    QVERIFY(!IdSpace::isOwn(sent.id));
    QCOMPARE(LeadStore(*m_database).get(sent.id).value.name, QStringLiteral("Mine Alone"));
}

void TestSyncWindow::settingsOpensTheTeamServerDialog()
{
    openWindow();
    bool buttonShown = false;
    bool teamShown = false;
    // Both dialogs are modal: looked at, and closed, from the event loop their exec() runs.
    QTimer::singleShot(0, this, [&] {
        auto *settings = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *button = settings
            ? settings->findChild<QPushButton *>(QStringLiteral("teamServerButton"))
            : nullptr;
        buttonShown = button && button->isVisible();
        if (!buttonShown) {
            if (settings)
                settings->reject();
            return;
        }
        QTimer::singleShot(0, this, [&, settings] {
            auto *team = qobject_cast<TeamServerDialog *>(QApplication::activeModalWidget());
            teamShown = team != nullptr;
            if (team)
                team->reject();
            settings->reject();
        });
        button->click();
    });
    m_window->showSettings();
    QVERIFY(buttonShown);
    QVERIFY(teamShown);
}

void TestSyncWindow::aBadAddressIsRefusedAndNothingChanges()
{
    openWindow();
    TeamServerDialog dialog(*m_database, *m_window->replicaRounds());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setFocus();
    type(QStringLiteral("ftp://"));
    press(Qt::Key_Tab);
    type(QString::fromLatin1(m_token));
    press(Qt::Key_Return);
    QVERIFY(!dialog.progress());
    QVERIFY(dialog.problemText().contains(QStringLiteral("server's address")));
    QCOMPARE(focusName(), QStringLiteral("serverEdit"));
    QVERIFY(!ReplicaStore(*m_database).membership().value.has_value());
}

void TestSyncWindow::statusBarBeforeAndAfterALocalChangeAndItsRound()
{
    joinFile();
    openWindow();
    ReplicaRounds *rounds = m_window->replicaRounds();
    rounds->setDebounce(100);
    QSignalSpy finished(rounds, &ReplicaRounds::roundFinished);
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("In step"));

    const qint64 lead = addLead(*m_database, QStringLiteral("Offline Dhaba"));
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("1 change waiting"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("In step"));
    QCOMPARE(LeadStore(*m_server).get(lead).value.name, QStringLiteral("Offline Dhaba"));
    // The round's own writes, heard of as another connection's commit, start no round.
    QTest::qWait(3 * Database::watchIntervalMs);
    QCOMPARE(finished.size(), 1);

    // A server that cannot be reached: the status says since when, the failure is its tooltip.
    m_api.reset();
    addLead(*m_database, QStringLiteral("Second"));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(m_window->syncStatusText().startsWith(QStringLiteral("Offline since ")),
             qPrintable(m_window->syncStatusText()));
    QVERIFY(m_window->syncStatusText().endsWith(QStringLiteral("1 change waiting")));
    QVERIFY(!rounds->lastFailure().isEmpty());
}

void TestSyncWindow::aChangeByAnotherProcessIsSentToo()
{
    joinFile();
    openWindow();
    ReplicaRounds *rounds = m_window->replicaRounds();
    rounds->setDebounce(100);
    QSignalSpy finished(rounds, &ReplicaRounds::roundFinished);
    // As the laptop's own API would, on a connection of its own.
    Database api;
    QVERIFY(api.open(m_database->path()));
    const qint64 lead = addLead(api, QStringLiteral("Written by an Integration"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(LeadStore(*m_server).get(lead).value.name,
             QStringLiteral("Written by an Integration"));
    QTRY_COMPARE(m_window->syncStatusText(), QStringLiteral("In step"));
    // The round's writes, heard of the same way, start no round.
    QTest::qWait(3 * Database::watchIntervalMs);
    QCOMPARE(finished.size(), 1);
}

void TestSyncWindow::aRoundRunsWhileTheWindowAnswers()
{
    joinFile();
    openWindow();
    const qint64 lead = addLead(*m_server, QStringLiteral("Arrives Later"));
    QVERIFY(InteractionStore(*m_server)
                .create(interactionDraft(lead, addContact(*m_server, lead, QStringLiteral("Ravi")),
                                         InteractionType::Call))
                .ok());
    QCOMPARE(m_window->interactions()->rowCount(), 0);
    ReplicaRounds *rounds = m_window->replicaRounds();
    QSignalSpy finished(rounds, &ReplicaRounds::roundFinished);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(0);
    rounds->syncNow();
    // Returned at once: the round runs in the worker's thread.
    QVERIFY(rounds->isRunning());
    rounds->syncNow(); // one at a time: this one waits for the first
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(ticks > 0);
    // The window's connection heard of the worker's commit and its models show what came.
    QTRY_COMPARE(m_window->interactions()->rowCount(), 1);
}

qint64 TestSyncWindow::makeConflict()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Before"));
    joinFile();
    LeadDraft theirs;
    theirs.name = QStringLiteral("Server Name");
    theirs.city = QStringLiteral("Server City");
    if (!LeadStore(*m_server).update(lead, theirs).ok())
        return 0;
    LeadDraft mine;
    mine.name = QStringLiteral("My Name");
    mine.city = QStringLiteral("My City");
    if (!LeadStore(*m_database).update(lead, mine).ok())
        return 0;
    Database worker;
    if (!worker.open(m_database->path()))
        return 0;
    const ReplicaSync::Summary round = ReplicaSync(worker).round();
    if (round.outcome != ReplicaSync::Outcome::Conflicts)
        return 0;
    return lead;
}

void TestSyncWindow::conflictResolvedByMineAndByTyping()
{
    const qint64 lead = makeConflict();
    QVERIFY(lead);
    openWindow();
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("1 conflict"));
    ConflictsDialog dialog(*m_database);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.conflictCount(), 1);
    // Named as a person knows it, its fields as the dialogs name them.
    QCOMPARE(dialog.findChild<QListWidget *>()->item(0)->text(),
             QStringLiteral("Lead “Server Name”"));
    ConflictFieldsModel *fields = dialog.fieldsModel();
    QCOMPARE(fields->rowCount(), 2);
    const int nameRow
        = fields->index(0, ConflictFieldsModel::FieldColumn).data().toString() == "Name" ? 0 : 1;

    press(Qt::Key_Tab); // from the list to the fields
    QCOMPARE(focusName(), QStringLiteral("conflictFields"));
    // The first row is current; go to the name's row, keep mine.
    if (nameRow == 1)
        press(Qt::Key_Down);
    press(Qt::Key_M, Qt::ControlModifier);
    // The city's row: type a value of one's own.
    press(nameRow == 0 ? Qt::Key_Down : Qt::Key_Up);
    press(Qt::Key_F2);
    type(QStringLiteral("Typed City"));
    press(Qt::Key_Return);
    // The delegate commits what was typed from the event loop.
    QTRY_COMPARE(fields->chosenChanges().size(), 2);
    QCOMPARE(focusName(), QStringLiteral("conflictFields"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(dialog.conflictCount(), 0);

    const Lead now = LeadStore(*m_database).get(lead).value;
    QCOMPARE(now.name, QStringLiteral("My Name"));
    QCOMPARE(now.city, QStringLiteral("Typed City"));
    // An ordinary edit: it waits to be sent, and a round takes it to the server.
    QCOMPARE(ReplicaStore(*m_database).status().value.conflicts, 0);
    QCOMPARE(ReplicaStore(*m_database).status().value.waiting, 1);
    QSignalSpy finished(m_window->replicaRounds(), &ReplicaRounds::roundFinished);
    m_window->replicaRounds()->syncNow();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(LeadStore(*m_server).get(lead).value.name, QStringLiteral("My Name"));
    QCOMPARE(LeadStore(*m_server).get(lead).value.city, QStringLiteral("Typed City"));
    QCOMPARE(m_window->syncStatusText(), QStringLiteral("In step"));
}

void TestSyncWindow::aRecordTheServerDeletedIsKeptAsANewOne()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Gone on the Server"));
    joinFile();
    LeadDraft mine;
    mine.notes = QStringLiteral("Met the owner offline");
    QVERIFY(LeadStore(*m_database).update(lead, mine).ok());
    QVERIFY(LeadStore(*m_server).remove(lead).ok());
    {
        Database worker;
        QVERIFY(worker.open(m_database->path()));
        QCOMPARE(ReplicaSync(worker).round().outcome, ReplicaSync::Outcome::Conflicts);
    }
    openWindow();
    ConflictsDialog dialog(*m_database);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("keepAsNewButton"));
    QVERIFY(keep->isVisible());
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(dialog.conflictCount(), 0);
    // A new record of this replica's, with what was written here; sent with the next round.
    const QList<Lead> leads = LeadStore(*m_database).list().value;
    QCOMPARE(leads.size(), 1);
    QVERIFY(leads.constFirst().id != lead);
    QVERIFY(!IdSpace::isOwn(leads.constFirst().id));
    QCOMPARE(leads.constFirst().notes, QStringLiteral("Met the owner offline"));
    QSignalSpy finished(m_window->replicaRounds(), &ReplicaRounds::roundFinished);
    m_window->replicaRounds()->syncNow();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(LeadStore(*m_server).get(leads.constFirst().id).value.name,
             QStringLiteral("Gone on the Server"));
}

void TestSyncWindow::theDetailPaneMarksAnInteractionInConflict()
{
    const qint64 lead = addLead(*m_server, QStringLiteral("Cafe"));
    const qint64 contact = addContact(*m_server, lead, QStringLiteral("Ravi"));
    const qint64 call = InteractionStore(*m_server)
                            .create(interactionDraft(lead, contact, InteractionType::Call))
                            .value.id;
    const qint64 quiet = InteractionStore(*m_server)
                             .create(interactionDraft(lead, contact, InteractionType::Email))
                             .value.id;
    joinFile();
    InteractionDraft mine;
    mine.details = QStringLiteral("Mine");
    QVERIFY(InteractionStore(*m_database).update(call, mine).ok());
    InteractionDraft theirs;
    theirs.details = QStringLiteral("Theirs");
    QVERIFY(InteractionStore(*m_server).update(call, theirs).ok());
    {
        Database worker;
        QVERIFY(worker.open(m_database->path()));
        QCOMPARE(ReplicaSync(worker).round().outcome, ReplicaSync::Outcome::Conflicts);
    }
    openWindow();
    auto *marker = m_window->findChild<QLabel *>(QStringLiteral("conflictLabel"));
    QVERIFY(marker);
    for (const qint64 id : { quiet, call }) {
        m_window->table()->setFocus();
        for (int row = 0; row < m_window->table()->model()->rowCount(); ++row) {
            m_window->table()->selectRow(row);
            if (m_window->selectedInteraction() == id)
                break;
        }
        QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(id));
        QTRY_COMPARE(marker->isVisibleTo(m_window.get()), id == call);
    }
}

void TestSyncWindow::theLeadPageMarksALeadInConflict()
{
    const qint64 calm = addLead(*m_server, QStringLiteral("Calm"));
    const qint64 lead = makeConflict();
    QVERIFY(lead);
    openWindow();
    m_window->showLead(calm);
    auto *marker = m_window->findChild<QLabel *>(QStringLiteral("leadConflictLabel"));
    QVERIFY(marker);
    QVERIFY(!marker->isVisibleTo(m_window.get()));
    m_window->showLead(lead);
    QTRY_VERIFY(marker->isVisibleTo(m_window.get()));
}

void TestSyncWindow::aTypedValueTheRulesRefuseChangesNothing()
{
    const qint64 lead = makeConflict();
    QVERIFY(lead);
    ConflictsDialog dialog(*m_database);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    ConflictFieldsModel *fields = dialog.fieldsModel();
    const int nameRow
        = fields->index(0, ConflictFieldsModel::FieldColumn).data().toString() == "Name" ? 0 : 1;
    // A lead's name cannot be blank.
    QVERIFY(fields->setData(fields->index(nameRow, ConflictFieldsModel::ChosenColumn),
                            QStringLiteral("  ")));
    QVERIFY(!dialog.resolveCurrent());
    QVERIFY(dialog.problemText().startsWith(QStringLiteral("Not resolved; nothing was written")));
    QCOMPARE(dialog.conflictCount(), 1);
    QCOMPARE(LeadStore(*m_database).get(lead).value.name, QStringLiteral("Server Name"));
    QCOMPARE(ReplicaStore(*m_database).status().value.conflicts, 1);
    QCOMPARE(ReplicaStore(*m_database).status().value.waiting, 0);
}

void TestSyncWindow::conflictFieldsModelPassesTheTester()
{
    ConflictFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(
        { { QStringLiteral("name"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
          { QStringLiteral("order_details.quantity"), 1, 2, 3 } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ConflictFieldsModel::ColumnCount));
    QVERIFY(model.chosenChanges().isEmpty()); // the server's value stands until one chooses
    model.chooseMine(0);
    QVERIFY(model.setData(model.index(1, ConflictFieldsModel::ChosenColumn), QStringLiteral("7")));
    QVERIFY(!model.setData(model.index(1, ConflictFieldsModel::MineColumn), QStringLiteral("7")));
    const QMap<QString, QVariant> chosen = model.chosenChanges();
    QCOMPARE(chosen.value(QStringLiteral("name")).toString(), QStringLiteral("b"));
    QCOMPARE(chosen.value(QStringLiteral("order_details.quantity")).toString(),
             QStringLiteral("7"));
    model.chooseTheirs(0);
    QVERIFY(!model.chosenChanges().contains(QStringLiteral("name")));
    model.setFields({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
