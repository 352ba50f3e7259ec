// WindowSignIn and SignInDialog: on a database that has people, the person at the window signs in
// with their token (typed, remembered, or from a file) before the window shows, and what the
// window writes is recorded as theirs, also after the window's own REST API answered a request of
// someone else; on a database without people nobody is asked and the window writes as nobody.
#include "detailpane.h"
#include "fieldproblemlabel.h"
#include "interactiondialog.h"
#include "itemmodels/interactiontablemodel.h"
#include "mainwindow.h"
#include "sampledata/sampledata.h"
#include "settings.h"
#include "signindialog.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/personstore.h"
#include "storage/recordhistory.h"
#include "support/testdatabase.h"
#include "support/testsamples.h"
#include "support/windowanswers.h"
#include "windowsignin.h"
#ifdef TOUCHPOINT_HAS_REST_API
#include "localapiserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#endif

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

// What the dialog showed and said when a test's typing was done.
struct DialogSeen
{
    bool shown = false;
    QString problem;
    bool rememberTicked = false;
    bool masked = false;
};

FieldProblemLabel *problemOf(SignInDialog *dialog)
{
    return dialog->findChild<FieldProblemLabel *>(QStringLiteral("tokenProblem"));
}

QLineEdit *tokenEditOf(SignInDialog *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
}

// Types token into the next sign-in dialog and presses Enter, ticking Remember first if asked to.
void typeIntoNextDialog(const QByteArray &token, DialogSeen *seen, bool remember = false)
{
    actOnNext<SignInDialog>([token, seen, remember](SignInDialog *dialog) {
        seen->shown = true;
        seen->problem = problemOf(dialog)->problems().join(QLatin1Char('\n'));
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        seen->rememberTicked = check->isChecked();
        if (check->isChecked() != remember)
            QTest::keyClick(check, Qt::Key_Space);
        QLineEdit *edit = tokenEditOf(dialog);
        seen->masked = edit->echoMode() == QLineEdit::Password;
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(token));
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

} // namespace

class TestWindowSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void withoutPeopleNobodyIsAsked();
    void typedTokenSignsIn();
    void revokedTokenIsRefusedAndEscCancels();
    void rememberedTokenSkipsTheDialog();
    void revokedRememberedTokenAsksAgain();
    void tokenFromAFile();
    void windowWritesAsTheSignedInPerson();
    void signOutForgetsTheToken();
    void revokedWhileOpenClosesTheWindow();
#ifdef TOUCHPOINT_HAS_REST_API
    void localApiRequestsAreTheirSendersOwn();
#endif

private:
    void openWindow();
    // Edits the selected interaction's details in its dialog, as a person types; its id.
    qint64 editInTheWindow(const QString &added);
    std::optional<qint64> lastChangeBy(qint64 interaction);

    TestDatabase m_database;
    std::unique_ptr<MainWindow> m_window;
    PersonStore::Added m_asha;
    PersonStore::Added m_ravi;
};

void TestWindowSignIn::init()
{
    Settings().store().clear();
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(3, 2, 6)).ok());
}

void TestWindowSignIn::cleanup()
{
    forgetPendingAnswers();
    m_window.reset();
    m_database.reset();
}

void TestWindowSignIn::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

qint64 TestWindowSignIn::editInTheWindow(const QString &added)
{
    m_window->table()->setFocus();
    m_window->table()->selectRow(0);
    const qint64 id = m_window->selectedInteraction().value_or(0);
    QTest::keyClick(m_window->table(), Qt::Key_Return);
    auto *dialog = m_window->findChild<InteractionDialog *>();
    if (!dialog || !dialog->isVisible())
        return 0;
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailsEdit")), added);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    return dialog->isVisible() ? 0 : id;
}

std::optional<qint64> TestWindowSignIn::lastChangeBy(qint64 interaction)
{
    const StoreResult<QList<RecordHistory::Entry>> history
        = RecordHistory(*m_database).of(RecordHistory::Kind::Interaction, interaction);
    if (!history.ok() || history.value.isEmpty())
        return -1; // neither anyone nor nobody: no change recorded at all
    return history.value.last().person;
}

void TestWindowSignIn::withoutPeopleNobodyIsAsked()
{
    DialogSeen seen;
    const QPointer<QTimer> watch = actOnNext<SignInDialog>([&seen](SignInDialog *dialog) {
        seen.shown = true;
        dialog->reject();
    });
    Settings settings;
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::NotNeeded);
    // A token file given for such a database changes nothing either.
    QCOMPARE(signIn.signIn(QByteArray("whatever-was-in-the-file")),
             WindowSignIn::Outcome::NotNeeded);
    QTest::qWait(60);
    delete watch;
    QVERIFY(!seen.shown);
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>());
    QVERIFY(!signIn.person());

    openWindow();
    QCOMPARE(m_window->signedInText(), QString());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->isVisible());
    const qint64 id = editInTheWindow(QStringLiteral(" Nobody's."));
    QVERIFY(id > 0);
    QCOMPARE(lastChangeBy(id), std::optional<qint64>());
}

void TestWindowSignIn::typedTokenSignsIn()
{
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value;
    m_ravi = people.add(QStringLiteral("Ravi")).value;

    // A wrong token first: said in the dialog, which stays; then Asha's.
    DialogSeen wrong;
    QString problemAfterWrong;
    bool stayed = false;
    actOnNext<SignInDialog>([&](SignInDialog *dialog) {
        wrong.shown = true;
        wrong.masked = tokenEditOf(dialog)->echoMode() == QLineEdit::Password;
        QTest::keyClicks(tokenEditOf(dialog), QStringLiteral("not-anybody-s-token-at-all"));
        QTest::keyClick(tokenEditOf(dialog), Qt::Key_Return);
        stayed = dialog->isVisible();
        problemAfterWrong = problemOf(dialog)->problems().join(QLatin1Char('\n'));
        tokenEditOf(dialog)->clear();
        QTest::keyClicks(tokenEditOf(dialog), QString::fromLatin1(m_asha.token));
        QTest::keyClick(tokenEditOf(dialog), Qt::Key_Return);
    });
    Settings settings;
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    QVERIFY(wrong.shown);
    QVERIFY(wrong.masked);
    QVERIFY(stayed);
    QCOMPARE(problemAfterWrong, QStringLiteral("This token is not known."));
    QCOMPARE(signIn.person()->name, QStringLiteral("Asha"));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_asha.person.id));
    // Not ticked: not remembered.
    QCOMPARE(settings.signInToken(signIn.rememberedUnder()), QByteArray());
}

void TestWindowSignIn::revokedTokenIsRefusedAndEscCancels()
{
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value;
    QVERIFY(people.revoke(QStringLiteral("Asha")).ok());

    QString problem;
    bool stayed = false;
    actOnNext<SignInDialog>([&](SignInDialog *dialog) {
        QTest::keyClicks(tokenEditOf(dialog), QString::fromLatin1(m_asha.token));
        QTest::keyClick(tokenEditOf(dialog), Qt::Key_Return);
        stayed = dialog->isVisible();
        problem = problemOf(dialog)->problems().join(QLatin1Char('\n'));
        QTest::keyClick(tokenEditOf(dialog), Qt::Key_Escape);
    });
    Settings settings;
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::Cancelled);
    QVERIFY(stayed);
    QCOMPARE(problem, QStringLiteral("This token has been revoked."));
    QVERIFY(!signIn.person());
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>());
    QCOMPARE(settings.signInToken(signIn.rememberedUnder()), QByteArray());
}

void TestWindowSignIn::rememberedTokenSkipsTheDialog()
{
    m_asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value;
    DialogSeen first;
    typeIntoNextDialog(m_asha.token, &first, true);
    {
        Settings settings;
        WindowSignIn signIn(*m_database, settings);
        QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
        QVERIFY(first.shown);
        QCOMPARE(settings.signInToken(signIn.rememberedUnder()), m_asha.token);
    }
    m_database->setActingPerson(std::nullopt);

    // The next start: signed in without a word.
    DialogSeen second;
    const QPointer<QTimer> watch = actOnNext<SignInDialog>([&second](SignInDialog *dialog) {
        second.shown = true;
        dialog->reject();
    });
    Settings settings;
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    QTest::qWait(60);
    delete watch;
    QVERIFY(!second.shown);
    QCOMPARE(signIn.person()->name, QStringLiteral("Asha"));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_asha.person.id));
    // Remembered under the database's location, whichever way it was written.
    QCOMPARE(WindowSignIn::locationKey(m_database.location()), signIn.rememberedUnder());
    // Never in the database: the file holds only the token's hash.
    if (!TestDatabase::onPostgres()) {
        m_database->close();
        QFile file(m_database.location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_asha.token));
        QVERIFY(bytes.contains(PersonStore::tokenHash(m_asha.token)));
    }
}

void TestWindowSignIn::revokedRememberedTokenAsksAgain()
{
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value;
    m_ravi = people.add(QStringLiteral("Ravi")).value;
    Settings settings;
    const QString key = WindowSignIn::locationKey(m_database->path());
    settings.setSignInToken(key, m_asha.token);
    QVERIFY(people.revoke(QStringLiteral("Asha")).ok());

    // Ravi at the same computer, who does not want his token kept.
    DialogSeen seen;
    typeIntoNextDialog(m_ravi.token, &seen, false);
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    QVERIFY(seen.shown);
    QCOMPARE(seen.problem,
             QStringLiteral("The token remembered on this computer no longer signs you in: This "
                            "token has been revoked."));
    QVERIFY(seen.rememberTicked);
    QCOMPARE(signIn.person()->name, QStringLiteral("Ravi"));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_ravi.person.id));
    QCOMPARE(settings.signInToken(key), QByteArray()); // the revoked one is gone

    // One that was never known is said so.
    settings.setSignInToken(key, "remembered-but-never-known");
    typeIntoNextDialog(m_ravi.token, &seen, true);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    QCOMPARE(seen.problem,
             QStringLiteral("The token remembered on this computer no longer signs you in: This "
                            "token is not known."));
    QCOMPARE(settings.signInToken(key), m_ravi.token);
}

void TestWindowSignIn::tokenFromAFile()
{
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value;
    m_ravi = people.add(QStringLiteral("Ravi")).value;
    QVERIFY(people.revoke(QStringLiteral("Ravi")).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    const auto write = [&path](const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(content) == content.size();
    };
    QString error;
    QVERIFY(write("\n  " + m_asha.token + "\n"));
    const std::optional<QByteArray> token = WindowSignIn::readTokenFile(path, &error);
    QCOMPARE(token, std::optional<QByteArray>(m_asha.token));

    // A token remembered for another person does not stand in for the file's.
    Settings settings;
    settings.setSignInToken(WindowSignIn::locationKey(m_database->path()), m_ravi.token);
    const QPointer<QTimer> watch
        = actOnNext<SignInDialog>([](SignInDialog *dialog) { dialog->reject(); });
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(token), WindowSignIn::Outcome::SignedIn);
    QCOMPARE(signIn.person()->name, QStringLiteral("Asha"));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_asha.person.id));

    // A token that signs nobody in is refused with why, and nobody is asked instead.
    m_database->setActingPerson(std::nullopt);
    QCOMPARE(signIn.signIn(QByteArray("not-anybody-s-token-at-all")),
             WindowSignIn::Outcome::Refused);
    QCOMPARE(signIn.error(), QStringLiteral("This token is not known."));
    QCOMPARE(signIn.signIn(m_ravi.token), WindowSignIn::Outcome::Refused);
    QCOMPARE(signIn.error(), QStringLiteral("This token has been revoked."));
    QTest::qWait(60);
    QVERIFY(watch); // no dialog came for it to close
    delete watch;
    QVERIFY(!signIn.person());
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>());

    QVERIFY(!WindowSignIn::readTokenFile(dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the token file")), qPrintable(error));
    QVERIFY(write(" \n"));
    QVERIFY(!WindowSignIn::readTokenFile(path, &error));
    QVERIFY2(error.endsWith(QStringLiteral("is empty.")), qPrintable(error));
}

void TestWindowSignIn::windowWritesAsTheSignedInPerson()
{
    m_asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value;
    DialogSeen seen;
    typeIntoNextDialog(m_asha.token, &seen);
    Settings settings;
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    openWindow();
    m_window->setSignedIn(signIn.person()->name, signIn.rememberedUnder());
    QCOMPARE(m_window->signedInText(), QStringLiteral("Signed in as Asha"));

    const qint64 id = editInTheWindow(QStringLiteral(" Asha's."));
    QVERIFY(id > 0);
    QCOMPARE(lastChangeBy(id), std::optional<qint64>(m_asha.person.id));
    QVERIFY2(m_window->detailPane()->changedText().endsWith(QStringLiteral(", by Asha")),
             qPrintable(m_window->detailPane()->changedText()));
    // Undone, the change back is hers too.
    const int before
        = RecordHistory(*m_database).of(RecordHistory::Kind::Interaction, id).value.size();
    m_window->undoStack()->undo();
    const QList<RecordHistory::Entry> after
        = RecordHistory(*m_database).of(RecordHistory::Kind::Interaction, id).value;
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().person, std::optional<qint64>(m_asha.person.id));
}

void TestWindowSignIn::signOutForgetsTheToken()
{
    m_asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value;
    Settings settings;
    const QString key = WindowSignIn::locationKey(m_database->path());
    settings.setSignInToken(key, m_asha.token);
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    openWindow();
    m_window->setSignedIn(signIn.person()->name, signIn.rememberedUnder());
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut->isVisible());
    signOut->trigger();
    QVERIFY(!m_window->isVisible());
    QCOMPARE(Settings().signInToken(key), QByteArray());
}

// Revoked by another connection (as `touchpoint users revoke` is), which the window hears nothing
// of: its own check finds it, says so, forgets the token and closes once the box is answered.
void TestWindowSignIn::revokedWhileOpenClosesTheWindow()
{
    m_asha = PersonStore(*m_database).add(QStringLiteral("Asha")).value;
    m_ravi = PersonStore(*m_database).add(QStringLiteral("Ravi")).value;
    Settings settings;
    const QString key = WindowSignIn::locationKey(m_database->path());
    settings.setSignInToken(key, m_asha.token);
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    openWindow();
    m_window->setSignedIn(signIn.person()->name, signIn.rememberedUnder());
    m_window->setRevocationCheckInterval(50);

    Database other;
    QVERIFY2(other.open(m_database.location()), qPrintable(other.errorMessage()));
    // Someone else revoked: the window stays.
    QVERIFY(PersonStore(other).revoke(QStringLiteral("Ravi")).ok());
    QTest::qWait(300);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("revokedMessage")));

    QVERIFY(PersonStore(other).revoke(QStringLiteral("Asha")).ok());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("revokedMessage"))));
    // A person answers the box once it is in front. Until the application has made it the active
    // window, Return is the main window's shortcut, not the box's.
    QTRY_COMPARE(QApplication::activeWindow(), box);
    QCOMPARE(Settings().signInToken(key), QByteArray());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!m_window->isVisible());
}

#ifdef TOUCHPOINT_HAS_REST_API
namespace {

int send(QNetworkAccessManager &network, const QByteArray &method, quint16 port,
         const QString &path, const QByteArray &token, const QByteArray &body, QByteArray *reply)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Token " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *answer = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(answer, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return -1;
    answer->deleteLater();
    *reply = answer->readAll();
    return answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// The window runs the API on its own Database: each request writes as the person whose token
// it carries (a new interaction through the group commit, a change without it), and the window
// writes as its own person again after it.
void TestWindowSignIn::localApiRequestsAreTheirSendersOwn()
{
    PersonStore people(*m_database);
    m_asha = people.add(QStringLiteral("Asha")).value;
    m_ravi = people.add(QStringLiteral("Ravi")).value;
    Settings settings;
    settings.setSignInToken(WindowSignIn::locationKey(m_database->path()), m_asha.token);
    WindowSignIn signIn(*m_database, settings);
    QCOMPARE(signIn.signIn(), WindowSignIn::Outcome::SignedIn);
    openWindow();
    LocalApiServer api(*m_database);
    m_window->setLocalApi(&api);
    QVERIFY2(api.start(0), qPrintable(api.errorString()));

    const Interaction any = InteractionStore(*m_database).list({}, 0, 1).value.first();
    QNetworkAccessManager network;
    QByteArray reply;
    QCOMPARE(send(network, "POST", api.port(), QStringLiteral("/track/interactions/"), m_ravi.token,
                  QStringLiteral(R"({"lead":%1,"contact":%2,"interaction_type":"CALL",)"
                                 R"("details":"Ravi called.","date":"2024-12-24T15:30:00Z"})")
                      .arg(any.lead)
                      .arg(any.contact)
                      .toUtf8(),
                  &reply),
             201);
    const qint64 created = RecordHistory::objectOf(reply).value(QStringLiteral("id")).toInteger();
    QVERIFY2(created > 0, reply.constData());
    QCOMPARE(lastChangeBy(created), std::optional<qint64>(m_ravi.person.id));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_asha.person.id));

    QCOMPARE(send(network, "PATCH", api.port(),
                  QStringLiteral("/track/interactions/%1/").arg(any.id), m_ravi.token,
                  R"({"details":"Changed by Ravi."})", &reply),
             200);
    QCOMPARE(lastChangeBy(any.id), std::optional<qint64>(m_ravi.person.id));
    QCOMPARE(m_database->actingPerson(), std::optional<qint64>(m_asha.person.id));

    // Then the window: Asha's.
    QVERIFY(m_window->selectInteraction(created));
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_Return);
    auto *dialog = m_window->findChild<InteractionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailsEdit")),
                     QStringLiteral(" Asha called back."));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(lastChangeBy(created), std::optional<qint64>(m_asha.person.id));
    api.stop();
}
#endif

QTEST_MAIN(TestWindowSignIn)
#include "tst_windowsignin.moc"
