// The lead, contact and settings dialogs by keyboard: focus in the first field, Tab in reading
// order, one mnemonic per letter, Esc asks before changes are lost, and a name that exists is
// said (not refused).
#include "contactdialog.h"
#include "itemmodels/leadlistmodel.h"
#include "leaddialog.h"
#include "recordlabelmodel.h"
#include "recordpicker.h"
#include "sampledata/sampledata.h"
#include "settings.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"
#include "support/dialogkeys.h"
#include "support/testdatabase.h"
#include "support/testsamples.h"
#include "support/windowanswers.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every label's and button's Alt+letter in the dialog: "" when all differ, else the clash.
QString mnemonicClash(QDialog &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts.append(button->text());
    QHash<QString, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        if (seen.contains(key.toString()))
            return QStringLiteral("%1 is both \"%2\" and \"%3\"")
                .arg(key.toString(), seen.value(key.toString()), text);
        seen.insert(key.toString(), text);
    }
    return seen.size() < 3 ? QStringLiteral("too few mnemonics") : QString();
}

// The fields Tab visits from the focused one until it comes back, by object name.
QStringList tabChain()
{
    QStringList visited { focusName() };
    for (int presses = 0; presses < 30; ++presses) {
        press(Qt::Key_Tab);
        if (focusName() == visited.constFirst())
            break;
        visited.append(focusName());
    }
    return visited;
}

} // namespace

class TestRecordDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUnique();
    void leadDialogTakesTypingFromTheStart();
    void leadDialogTabOrder();
    void contactDialogFocusAndTabOrder();
    void settingsDialogFocusAndTabOrder();
    void leadDialogEscapeDiscards();
    void leadDialogEscapeKeepsEditing();
    void contactDialogEscapeDiscards();
    void contactDialogEscapeKeepsEditing();
    void unchangedDialogsCloseAtOnce();
    void leadDialogSaysTheNameExists();
    void contactDialogSaysTheNameExists();
    void pickerListShowsLabelsMatchesNames();
    void contactDialogAsksWhichLead();
    void settingsDialogEscapeAsks();

private:
    TestDatabase m_database;
    Lead m_lead;
};

void TestRecordDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecordDialogs::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(3, 2, 5)).ok());
    m_lead = LeadStore(*m_database).get(2).value;
}

void TestRecordDialogs::cleanup()
{
    forgetPendingAnswers();
    m_database.reset();
}

void TestRecordDialogs::mnemonicsAreUnique()
{
    {
        LeadDialog dialog(*m_database);
        QCOMPARE(mnemonicClash(dialog), QString());
    }
    {
        ContactDialog dialog(*m_database);
        QCOMPARE(mnemonicClash(dialog), QString());
    }
    {
        Settings settings;
        SettingsDialog dialog(settings, nullptr);
        QCOMPARE(mnemonicClash(dialog), QString());
    }
    {
        SignInDialog dialog(*m_database);
        QCOMPARE(mnemonicClash(dialog), QString());
    }
}

void TestRecordDialogs::leadDialogTakesTypingFromTheStart()
{
    // It opened with the focus on Cancel: the space of "Spice Garden" closed it.
    LeadDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Spice Garden"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Spice Garden"));
    // Enter saves.
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.saved().name, QStringLiteral("Spice Garden"));
}

void TestRecordDialogs::leadDialogTabOrder()
{
    LeadDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("Spice Garden")); // Save is then enabled, and in the chain
    QCOMPARE(tabChain().join(QLatin1Char(' ')),
             QStringLiteral("nameEdit statusPicker cityEdit phoneEdit emailEdit notesEdit "
                            "saveButton cancelButton"));
}

void TestRecordDialogs::contactDialogFocusAndTabOrder()
{
    {
        ContactDialog dialog(*m_database);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(focusName(), QStringLiteral("leadPicker"));
        QCOMPARE(tabChain().join(QLatin1Char(' ')),
                 QStringLiteral("leadPicker nameEdit roleEdit emailEdit phoneEdit cancelButton"));
    }
    {
        // The lead known (from its page): the name is the first field to type.
        ContactDialog dialog(*m_database);
        dialog.setLead(m_lead.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(focusName(), QStringLiteral("nameEdit"));
    }
}

void TestRecordDialogs::settingsDialogFocusAndTabOrder()
{
    Settings settings;
    SettingsDialog dialog(settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("languagePicker"));
    // Without a REST API in the build, its fields are disabled and Tab passes them.
    QCOMPARE(tabChain().join(QLatin1Char(' ')),
             QStringLiteral("languagePicker backupIntervalPicker okButton cancelButton")
                 .replace(QStringLiteral("backupIntervalPicker"),
                          settings.backupInterval() == Settings::BackupInterval::Off
                              ? QStringLiteral("backupIntervalPicker")
                              : QStringLiteral("backupIntervalPicker backupKeepSpin")));
}

void TestRecordDialogs::leadDialogEscapeDiscards()
{
    const qint64 before = LeadStore(*m_database).count().value;
    LeadDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("Spice Garden"));
    QString question;
    answerNextMessageBox(QMessageBox::Discard, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(LeadStore(*m_database).count().value, before);
}

void TestRecordDialogs::leadDialogEscapeKeepsEditing()
{
    LeadDialog dialog(*m_database);
    dialog.setLead(m_lead);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    press(Qt::Key_End);
    type(QStringLiteral(" Annexe"));
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             m_lead.name + QStringLiteral(" Annexe"));
    QCOMPARE(LeadStore(*m_database).get(m_lead.id).value.name, m_lead.name);
}

void TestRecordDialogs::contactDialogEscapeDiscards()
{
    const qint64 before = ContactStore(*m_database).count().value;
    ContactDialog dialog(*m_database);
    dialog.setLead(m_lead.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("Nisha Rao"));
    QString question;
    answerNextMessageBox(QMessageBox::Discard, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ContactStore(*m_database).count().value, before);
}

void TestRecordDialogs::contactDialogEscapeKeepsEditing()
{
    ContactDialog dialog(*m_database);
    dialog.setLead(m_lead.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("Nisha Rao"));
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    // The Cancel button asks as Esc does.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QVERIFY(!question.isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Nisha Rao"));
    // And Enter in the name still saves it (the offscreen platform gives the activation back
    // only when asked).
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::mouseClick(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::LeftButton);
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ContactStore(*m_database).get(dialog.saved().id).value.name,
             QStringLiteral("Nisha Rao"));
}

void TestRecordDialogs::unchangedDialogsCloseAtOnce()
{
    QString question;
    QPointer<QTimer> answering = answerNextMessageBox(QMessageBox::Cancel, &question);
    {
        // Opened with a name carried over from a picker: that is not a change of the dialog's.
        LeadDialog dialog(*m_database);
        dialog.setName(QStringLiteral("Spice Garden"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    {
        ContactDialog dialog(*m_database);
        dialog.setLead(m_lead.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
    QTest::qWait(60);
    QCOMPARE(question, QString());
    delete answering;
}

void TestRecordDialogs::leadDialogSaysTheNameExists()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    const Lead pune = LeadStore(*m_database).create(draft).value;

    LeadDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("sameNameNote"));
    QVERIFY(note);
    type(QStringLiteral("spice garde"));
    QVERIFY(!note->isVisible());
    type(QStringLiteral("n")); // the whole name, in another case
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("A lead named Spice Garden already exists in Pune."));
    // Said, not refused: another branch of the same name is saved.
    QVERIFY(dialog.saveButton()->isEnabled());
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.saved().id != pune.id);

    // The lead itself, edited, is not "another" of its name.
    LeadDialog editor(*m_database);
    editor.setLead(pune);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *editorNote = editor.findChild<QLabel *>(QStringLiteral("sameNameNote"));
    QCOMPARE(editorNote->text(), QStringLiteral("A lead named spice garden already exists."));
}

void TestRecordDialogs::contactDialogSaysTheNameExists()
{
    const Contact existing = ContactStore(*m_database).list(m_lead.id).value.constFirst();
    ContactDialog dialog(*m_database);
    dialog.setLead(m_lead.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("sameNameNote"));
    QVERIFY(note);
    type(existing.name);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("This lead already has 1 contact(s) named %1.").arg(existing.name));
    QVERIFY(dialog.saveButton()->isEnabled());

    // Another lead's contact of that name is no matter.
    const Lead other = LeadStore(*m_database).get(1).value;
    bool otherHasIt = false;
    for (const Contact &contact : ContactStore(*m_database).list(other.id).value)
        otherHasIt |= contact.name == existing.name;
    QVERIFY(!otherHasIt);
    auto *lead = dialog.findChild<RecordPicker *>(QStringLiteral("leadPicker"));
    lead->setFocus();
    lead->lineEdit()->selectAll();
    type(other.name);
    QVERIFY(!note->isVisible());
}

void TestRecordDialogs::pickerListShowsLabelsMatchesNames()
{
    LeadListModel leads(*m_database);
    RecordLabelModel model(&leads);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    const Lead pune = LeadStore(*m_database).create(draft).value; // a reset under the tester
    const int row = leads.rowOf(pune.id);
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Spice Garden — Pune"));
    QCOMPARE(model.index(row, 0).data(Qt::EditRole).toString(),
             QStringLiteral("Spice Garden — Pune"));
    QCOMPARE(model.index(row, 0).data(RecordLabelModel::NameRole).toString(),
             QStringLiteral("Spice Garden"));
    QCOMPARE(model.nameAt(row), QStringLiteral("Spice Garden"));
    // Other columns and roles are the source's.
    QCOMPARE(model.index(row, LeadListModel::CityColumn).data().toString(), QStringLiteral("Pune"));
    QCOMPARE(model.index(row, 0).data(LeadListModel::IdRole).toLongLong(), pune.id);
    // Found by what it shows, as a combo box's findText() looks.
    const QModelIndexList found
        = model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("spice garden — pune"), 1,
                      Qt::MatchFixedString);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().row(), row);
    QVERIFY(model
                .match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("Spice Garden"), 1,
                       Qt::MatchFixedString)
                .isEmpty());
}

void TestRecordDialogs::contactDialogAsksWhichLead()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    QVERIFY(LeadStore(*m_database).create(draft).ok());
    draft.city = QStringLiteral("Mumbai");
    const Lead mumbai = LeadStore(*m_database).create(draft).value;

    ContactDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("leadPicker"));
    type(QStringLiteral("Spice Garden"));
    // Not taken silently: no lead yet, and the field says why.
    auto *picker = dialog.findChild<RecordPicker *>(QStringLiteral("leadPicker"));
    QCOMPARE(picker->selectedId(), std::nullopt);
    QVERIFY(dialog.problems().has(QStringLiteral("lead")));
    QStringList offered;
    chooseNext(QStringLiteral("Spice Garden — Mumbai"), &offered);
    press(Qt::Key_Tab);
    auto *lead = dialog.findChild<RecordPicker *>(QStringLiteral("leadPicker"));
    QTRY_COMPARE(lead->selectedId(), std::optional<qint64>(mumbai.id));
    // In the pickers' order: by name, then as they were added.
    QCOMPARE(offered,
             QStringList({ QStringLiteral("Spice Garden — Pune"),
                           QStringLiteral("Spice Garden — Mumbai") }));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Kavya Iyer"));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ContactStore(*m_database).get(dialog.saved().id).value.lead, mumbai.id);
}

void TestRecordDialogs::settingsDialogEscapeAsks()
{
    Settings settings;
    const QString language = settings.language();
    SettingsDialog dialog(settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("languagePicker"));
    press(Qt::Key_Down); // another language
    QString question;
    answerNextMessageBox(QMessageBox::Discard, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(settings.language(), language);
}

QTEST_MAIN(TestRecordDialogs)
#include "tst_recorddialogs.moc"
