// InteractionDialog: problems beside their fields as typed, Save only when valid, writes through
// the store, and stays open with its contents when the write fails.
#include "contactdialog.h"
#include "core/contactdraft.h"
#include "core/leaddraft.h"
#include "fieldproblemlabel.h"
#include "interactiondialog.h"
#include "leaddialog.h"
#include "recordpicker.h"
#include "sampledata/sampledata.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/dialogkeys.h"
#include "support/testdatabase.h"
#include "support/testsamples.h"
#include "support/windowanswers.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {

QStringList problemsOf(QWidget *field)
{
    // The FormRow around the field holds its problem label.
    const auto labels = field->parentWidget()->findChildren<FieldProblemLabel *>();
    if (labels.isEmpty() || !labels.first()->isVisibleTo(field->window()))
        return {};
    return labels.first()->problems();
}

} // namespace

class TestInteractionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithSaveDisabledAndNoNoise();
    void showsProblemsAsTyped();
    void orderDetailsAreCheckedToo();
    void createsAnInteraction();
    void editsAndRemovesTheOrder();
    void addsAContactFromThePicker();
    void aFailedWriteKeepsTheDialogOpen();
    void choosingALeadDoesNotFlagTheContact();
    void focusGoesToTheFirstFieldNeeded();
    void theOrderFieldsKeepTheWidth();
    void mnemonicsAreUnique();
    void tabGoesFieldToFieldInReadingOrder();
    void addButtonsHaveShortcutsNotTabStops();
    void tabFromTheLeadReachesTheContact();
    void tabAcceptsTheOnlyCompletion();
    void enterSaves();
    void enterChoosesInAnOpenCompletionFirst();
    void ctrlEnterSavesFromDetails();
    void escapeOnAnUnchangedDialogCloses();
    void escapeAsksAndSaves();
    void escapeAsksAndDiscards();
    void escapeAsksAndKeepsEditing();
    void saveInTheQuestionKeepsAnInvalidDialogOpen();
    void aWholeInteractionByKeyboard();
    void pickersTellSameNamesApart();
    void anAmbiguousNameIsAskedAbout();
    void aTypedDateIsSavedAsTyped_data();
    void aTypedDateIsSavedAsTyped();
    void aDateThatIsNoneIsRefused_data();
    void aDateThatIsNoneIsRefused();
    void aTypedOrderDateIsSavedAsTyped();
    void anEmptyContactSaysSo();
    void priceProblemsNameThemselves_data();
    void priceProblemsNameThemselves();
    void aProblemDoesNotMoveTheFields();
    void upDownAndTheCalendarPickADay();
    void aPhoneOfLettersIsRefused();
    void aGreyedSaveSaysWhatItWaitsFor();
    void theDialogFitsAShortScreen();

private:
    void fillValid(InteractionDialog &dialog);
    // Tabs from the type picker into the date field and types text over what it shows.
    void typeDate(InteractionDialog &dialog, const QString &text);
    template<typename T> T *field(InteractionDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    QLocale m_defaultLocale;
    TestDatabase m_database;
    Lead m_lead;
    Contact m_contact;
};

void TestInteractionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaultLocale = QLocale();
}

void TestInteractionDialog::init()
{
    QVERIFY2(m_database.open(), qPrintable(m_database.errorMessage()));
    QVERIFY(SampleData::fill(*m_database, testSamples(3, 2, 20)).ok());
    m_lead = LeadStore(*m_database).get(2).value;
    m_contact = ContactStore(*m_database).list(2).value.constLast();
}

void TestInteractionDialog::cleanup()
{
    forgetPendingAnswers();
    QLocale::setDefault(m_defaultLocale);
    m_database.reset();
}

void TestInteractionDialog::fillValid(InteractionDialog &dialog)
{
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), m_contact.name);
    // Typing into the details closes the pickers' lists, as it does on a screen.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->hide();
    // The offscreen platform does not give the activation back by itself.
    if (dialog.isVisible()) {
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }
    auto *details = field<QPlainTextEdit>(dialog, "detailsEdit");
    details->setFocus();
    QTest::keyClicks(details, QStringLiteral("Called back"));
}

void TestInteractionDialog::typeDate(InteractionDialog &dialog, const QString &text)
{
    auto *type = field<QComboBox>(dialog, "typePicker");
    type->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(type, Qt::Key_Tab);
    auto *date = field<QWidget>(dialog, "dateEdit");
    QVERIFY(date->hasFocus());
    QTest::keyClicks(date, text);
}

void TestInteractionDialog::startsWithSaveDisabledAndNoNoise()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problems().has(QStringLiteral("lead")));
    // Nothing typed yet: no "required" shouted at the person.
    QVERIFY(problemsOf(field<RecordPicker>(dialog, "leadPicker")).isEmpty());
}

void TestInteractionDialog::showsProblemsAsTyped()
{
    // A contact of another lead, with a name no contact of this lead has (sample names repeat).
    ContactDraft strangerDraft;
    strangerDraft.lead = 1;
    strangerDraft.name = QStringLiteral("Zubin of Another Lead");
    const StoreResult<Contact> stranger = ContactStore(*m_database).create(strangerDraft);
    QVERIFY(stranger.ok());
    QVERIFY(stranger.value.lead != m_lead.id);

    InteractionDialog dialog(*m_database);
    dialog.show();
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QTest::keyClicks(lead->lineEdit(), QStringLiteral("Nobody's Diner"));
    QCOMPARE(problemsOf(lead), QStringList { QStringLiteral("No lead has that name.") });
    QVERIFY(!dialog.saveButton()->isEnabled());
    lead->lineEdit()->clear();
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    QVERIFY(problemsOf(lead).isEmpty());
    QVERIFY(!dialog.saveButton()->isEnabled()); // the contact is still missing

    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), QStringLiteral("x"));
    QCOMPARE(problemsOf(contact),
             QStringList { QStringLiteral("No contact of this lead has that name.") });
    contact->lineEdit()->clear();
    QCOMPARE(problemsOf(contact),
             QStringList { QStringLiteral("Choose a contact, or add a new one.") });
    QTest::keyClicks(contact->lineEdit(), m_contact.name);
    QVERIFY(problemsOf(contact).isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());

    // A contact of another lead is no contact of this one: Save is off and the problem is said
    // beside the contact.
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), stranger.value.name);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(problemsOf(contact),
             QStringList { QStringLiteral("No contact of this lead has that name.") });
}

void TestInteractionDialog::orderDetailsAreCheckedToo()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    fillValid(dialog);
    QVERIFY(dialog.saveButton()->isEnabled());
    auto *typePicker = field<QComboBox>(dialog, "typePicker");
    typePicker->setCurrentIndex(typePicker->findData(QStringLiteral("ORDER")));
    // Choosing the Order type ticks "order placed" and asks for the order's details.
    QVERIFY(field<QCheckBox>(dialog, "orderPlacedCheck")->isChecked());
    QVERIFY(field<QWidget>(dialog, "orderGroup")->isVisible());
    QVERIFY(!dialog.saveButton()->isEnabled());
    auto *product = field<QLineEdit>(dialog, "productEdit");
    QTest::keyClicks(product, QStringLiteral("Basmati rice"));
    product->clear();
    QTest::keyClicks(product, QStringLiteral(" "));
    QCOMPARE(problemsOf(product), QStringList { QStringLiteral("This field may not be blank.") });
    QTest::keyClicks(product, QStringLiteral("Basmati rice"));
    QVERIFY(problemsOf(product).isEmpty());
    auto *price = field<QLineEdit>(dialog, "totalPriceEdit");
    QTest::keyClicks(price, QStringLiteral("12.345"));
    QCOMPARE(problemsOf(price),
             QStringList {
                 QStringLiteral("Enter an amount with at most two decimals, such as 1250.50.") });
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClick(price, Qt::Key_Backspace);
    QVERIFY(problemsOf(price).isEmpty());
    auto *quantity = field<QSpinBox>(dialog, "quantitySpin");
    quantity->setValue(0);
    QCOMPARE(problemsOf(quantity),
             QStringList { QStringLiteral("Ensure this value is greater than or equal to 1.") });
    QVERIFY(!dialog.saveButton()->isEnabled());
    quantity->setValue(3);
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestInteractionDialog::createsAnInteraction()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    fillValid(dialog);
    field<QCheckBox>(dialog, "orderPlacedCheck")->setChecked(true);
    QTest::keyClicks(field<QLineEdit>(dialog, "productEdit"), QStringLiteral("Paneer"));
    field<QSpinBox>(dialog, "quantitySpin")->setValue(4);
    QTest::keyClicks(field<QLineEdit>(dialog, "totalPriceEdit"), QStringLiteral("1,520.50"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before + 1);
    const Interaction stored = InteractionStore(*m_database).get(dialog.saved().id).value;
    QCOMPARE(stored, dialog.saved());
    QCOMPARE(stored.lead, m_lead.id);
    QCOMPARE(stored.contact, m_contact.id);
    QCOMPARE(stored.details, QStringLiteral("Called back"));
    QVERIFY(stored.orderPlaced);
    const OrderDetails order = InteractionStore(*m_database).orderDetails(stored.id).value;
    QCOMPARE(order.totalPrice, Money::fromCents(152050));
    QCOMPARE(order.quantity, 4);
    QCOMPARE(dialog.savedOrder(), std::optional<OrderDetails>(order));
}

void TestInteractionDialog::editsAndRemovesTheOrder()
{
    InteractionDraft draft;
    draft.lead = m_lead.id;
    draft.contact = m_contact.id;
    draft.type = InteractionType::Order;
    draft.date = QDateTime(QDate(2024, 3, 1), QTime(10, 30), QTimeZone::utc());
    OrderDetailsDraft orderDraft;
    orderDraft.productDetails = QStringLiteral("Toor dal");
    orderDraft.quantity = 2;
    orderDraft.totalPrice = Money::fromCents(72400);
    const Interaction original = InteractionStore(*m_database).create(draft, orderDraft).value;
    const OrderDetails order = InteractionStore(*m_database).orderDetails(original.id).value;
    QCOMPARE(order.productDetails, QStringLiteral("Toor dal"));
    InteractionDialog dialog(*m_database);
    dialog.setInteraction(original, order);
    dialog.show();
    QCOMPARE(field<QLineEdit>(dialog, "productEdit")->text(), order.productDetails);
    QVERIFY(dialog.saveButton()->isEnabled());
    field<QCheckBox>(dialog, "orderPlacedCheck")->setChecked(false);
    auto *details = field<QPlainTextEdit>(dialog, "detailsEdit");
    details->clear();
    QTest::keyClicks(details, QStringLiteral("No order after all"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Interaction stored = InteractionStore(*m_database).get(original.id).value;
    QCOMPARE(stored.details, QStringLiteral("No order after all"));
    QVERIFY(!stored.orderPlaced);
    QCOMPARE(InteractionStore(*m_database).orderDetails(original.id).status, StoreStatus::NotFound);
    QCOMPARE(stored.date, original.date);
}

void TestInteractionDialog::addsAContactFromThePicker()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QTest::keyClicks(field<RecordPicker>(dialog, "leadPicker")->lineEdit(), m_lead.name);
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), QStringLiteral("Nisha Rao"));
    QTimer::singleShot(50, [] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal && modal->objectName() == QLatin1String("contactDialog"));
        // The typed name is carried over; the lead is the dialog's.
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Nisha Rao"));
        auto *buttons = modal->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(field<QWidget>(dialog, "addContactButton"), Qt::LeftButton);
    const std::optional<qint64> picked = contact->selectedId();
    QVERIFY(picked);
    const Contact created = ContactStore(*m_database).get(*picked).value;
    QCOMPARE(created.name, QStringLiteral("Nisha Rao"));
    QCOMPARE(created.lead, m_lead.id);
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestInteractionDialog::aFailedWriteKeepsTheDialogOpen()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    fillValid(dialog);
    QVERIFY(dialog.saveButton()->isEnabled());
    // The database turns read-only under us, as a full disk or a lost mount would.
    QSqlQuery(m_database->connection())
        .exec(TestDatabase::onPostgres() ? QStringLiteral("SET default_transaction_read_only = on")
                                         : QStringLiteral("PRAGMA query_only = ON"));
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(message.contains(QStringLiteral("could not be saved")), qPrintable(message));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    QCOMPARE(field<QPlainTextEdit>(dialog, "detailsEdit")->toPlainText(),
             QStringLiteral("Called back"));
    QCOMPARE(field<RecordPicker>(dialog, "leadPicker")->selectedId(),
             std::optional<qint64>(m_lead.id));
    QSqlQuery(m_database->connection())
        .exec(TestDatabase::onPostgres() ? QStringLiteral("SET default_transaction_read_only = off")
                                         : QStringLiteral("PRAGMA query_only = OFF"));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before);
    // Once the problem is gone, the same contents save.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before + 1);
}

void TestInteractionDialog::choosingALeadDoesNotFlagTheContact()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    QCOMPARE(lead->selectedId(), std::optional<qint64>(m_lead.id));
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    QVERIFY(!contact->selectedId()); // two contacts: none is picked for the person
    // The contact is still to be chosen: not a problem to show before it is reached.
    QVERIFY(dialog.problems().has(QStringLiteral("contact")));
    QCOMPARE(problemsOf(contact), QStringList());
    // Once the person has been there and left it empty, it is.
    QTest::keyClicks(contact->lineEdit(), QStringLiteral("x"));
    QTest::keyClick(contact->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(problemsOf(contact),
             QStringList { QStringLiteral("Choose a contact, or add a new one.") });
}

void TestInteractionDialog::focusGoesToTheFirstFieldNeeded()
{
    {
        InteractionDialog dialog(*m_database);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(field<RecordPicker>(dialog, "leadPicker")->hasFocus());
    }
    {
        // Started from a lead's page: the contact is next.
        InteractionDialog dialog(*m_database);
        dialog.setLead(m_lead.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(field<RecordPicker>(dialog, "contactPicker")->hasFocus());
    }
    {
        // Lead and contact known (the filters' or a stored interaction's): the details.
        InteractionDialog dialog(*m_database);
        dialog.setLead(m_lead.id);
        dialog.setContact(m_contact.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(field<QPlainTextEdit>(dialog, "detailsEdit")->hasFocus());
    }
}

void TestInteractionDialog::theOrderFieldsKeepTheWidth()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(700, dialog.height());
    const int shortHeight = dialog.height();
    auto *placed = field<QCheckBox>(dialog, "orderPlacedCheck");
    placed->setChecked(true);
    QVERIFY(field<QWidget>(dialog, "orderGroup")->isVisible());
    QCOMPARE(dialog.width(), 700);
    QVERIFY(dialog.height() > shortHeight);
    placed->setChecked(false);
    QCOMPARE(dialog.width(), 700);
    QCOMPARE(dialog.height(), shortHeight);
}

void TestInteractionDialog::mnemonicsAreUnique()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QHash<QString, QString> seen; // mnemonic -> text
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QString &text : std::as_const(texts)) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        const QString name = key.toString();
        QVERIFY2(
            !seen.contains(name),
            qPrintable(
                QStringLiteral("%1 is both \"%2\" and \"%3\"").arg(name, seen.value(name), text)));
        seen.insert(name, text);
    }
    // The order's fields and the check box have theirs too.
    QVERIFY(seen.size() >= 10);
}

void TestInteractionDialog::tabGoesFieldToFieldInReadingOrder()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // With the order's fields shown: the whole chain.
    QTest::mouseClick(field<QCheckBox>(dialog, "orderPlacedCheck"), Qt::LeftButton, Qt::NoModifier,
                      QPoint(5, 5));
    QVERIFY(field<QWidget>(dialog, "orderGroup")->isVisible());
    field<RecordPicker>(dialog, "leadPicker")->setFocus();
    QStringList visited { focusName() };
    // A date field may walk its own parts with Tab: each field is counted once.
    for (int presses = 0; presses < 40; ++presses) {
        press(Qt::Key_Tab);
        if (focusName() == QLatin1String("leadPicker"))
            break;
        if (visited.constLast() != focusName())
            visited.append(focusName());
    }
    const QStringList readingOrder {
        QStringLiteral("leadPicker"),     QStringLiteral("contactPicker"),
        QStringLiteral("typePicker"),     QStringLiteral("dateEdit"),
        QStringLiteral("detailsEdit"),    QStringLiteral("orderPlacedCheck"),
        QStringLiteral("productEdit"),    QStringLiteral("quantitySpin"),
        QStringLiteral("totalPriceEdit"), QStringLiteral("orderDateEdit"),
        QStringLiteral("cancelButton")
    };
    QCOMPARE(visited.join(QLatin1Char(' ')), readingOrder.join(QLatin1Char(' ')));
}

void TestInteractionDialog::addButtonsHaveShortcutsNotTabStops()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QList<QToolButton *> buttons = dialog.findChildren<QToolButton *>();
    // A line edit's own buttons (the date fields' calendar) are the field's, not the form's.
    buttons.removeIf(
        [](QToolButton *button) { return qobject_cast<QLineEdit *>(button->parentWidget()); });
    QCOMPARE(buttons.size(), 2);
    for (QToolButton *button : buttons) {
        QVERIFY2(!(button->focusPolicy() & Qt::TabFocus), qPrintable(button->toolTip()));
        QVERIFY(!button->shortcut().isEmpty());
        // The tooltip says which.
        QVERIFY2(button->toolTip().contains(button->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(button->toolTip()));
    }
    // Ctrl+Shift+L opens New Lead, from whatever field has the focus.
    bool opened = false;
    whenModalNamed(QStringLiteral("leadDialog"), [&opened](QWidget *modal) {
        opened = true;
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(opened);
    QVERIFY(dialog.isVisible());
}

void TestInteractionDialog::tabFromTheLeadReachesTheContact()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("leadPicker"));
    type(m_lead.name);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("contactPicker"));
    // A name with a space: typed into the contact, no New Lead opened at the space.
    type(QStringLiteral("Nobody Here"));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(dialog.isVisible());
    QCOMPARE(field<RecordPicker>(dialog, "contactPicker")->currentText(),
             QStringLiteral("Nobody Here"));
    QCOMPARE(field<RecordPicker>(dialog, "leadPicker")->selectedId(),
             std::optional<qint64>(m_lead.id));
}

void TestInteractionDialog::tabAcceptsTheOnlyCompletion()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Part of the name, one lead has it: the list opens, and Tab takes the one it shows.
    const QString part = m_lead.name.left(m_lead.name.size() - 2);
    int matches = 0;
    for (const Lead &lead : LeadStore(*m_database).list().value)
        matches += lead.name.contains(part, Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(matches, 1);
    type(part);
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("contactPicker"));
    QCOMPARE(QApplication::activePopupWidget(), nullptr);
    QCOMPARE(lead->selectedId(), std::optional<qint64>(m_lead.id));
}

void TestInteractionDialog::enterSaves()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    QVERIFY(dialog.saveButton()->isEnabled());
    // From a single-line field (the contact picker), its list closed by Esc: Esc closes the
    // list, not the dialog.
    field<RecordPicker>(dialog, "contactPicker")->setFocus();
    if (QApplication::activePopupWidget())
        press(Qt::Key_Escape);
    QCOMPARE(QApplication::activePopupWidget(), nullptr);
    QVERIFY(dialog.isVisible());
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(InteractionStore(*m_database).count({}).value, before + 1);
}

void TestInteractionDialog::enterChoosesInAnOpenCompletionFirst()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(m_lead.name);
    press(Qt::Key_Tab);
    type(m_contact.name.left(3));
    QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    // Down to the entry and Enter: the entry is taken, the dialog stays.
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    QVERIFY(contact->selectedId().has_value());
    QCOMPARE(QApplication::activePopupWidget(), nullptr);
    // The second Enter saves.
    QVERIFY(dialog.saveButton()->isEnabled());
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestInteractionDialog::ctrlEnterSavesFromDetails()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    auto *details = field<QPlainTextEdit>(dialog, "detailsEdit");
    details->setFocus();
    details->moveCursor(QTextCursor::End);
    // Enter is a new line there.
    press(Qt::Key_Return);
    type(QStringLiteral("Second line"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(details->toPlainText(), QStringLiteral("Called back\nSecond line"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(InteractionStore(*m_database).get(dialog.saved().id).value.details,
             QStringLiteral("Called back\nSecond line"));
}

void TestInteractionDialog::escapeOnAnUnchangedDialogCloses()
{
    InteractionDialog dialog(*m_database);
    dialog.setLead(m_lead.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QString question;
    QPointer<QTimer> answering = answerNextMessageBox(QMessageBox::Cancel, &question);
    press(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The timer would have answered a question: none was asked.
    QTest::qWait(60);
    QCOMPARE(question, QString());
    delete answering;
}

void TestInteractionDialog::escapeAsksAndSaves()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    QString question;
    answerNextMessageBox(QMessageBox::Save, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(InteractionStore(*m_database).count({}).value, before + 1);
    QCOMPARE(InteractionStore(*m_database).get(dialog.saved().id).value.details,
             QStringLiteral("Called back"));
}

void TestInteractionDialog::escapeAsksAndDiscards()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    QString question;
    answerNextMessageBox(QMessageBox::Discard, &question);
    press(Qt::Key_Escape);
    QVERIFY(!question.isEmpty());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before);
}

void TestInteractionDialog::escapeAsksAndKeepsEditing()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    // Esc from the details, Cancel from the button and the window's close: each asks.
    for (int way = 0; way < 3; ++way) {
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        if (way == 0)
            QTest::keyClick(field<QPlainTextEdit>(dialog, "detailsEdit"), Qt::Key_Escape);
        else if (way == 1)
            QTest::mouseClick(field<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        else
            dialog.close();
        QVERIFY2(!question.isEmpty(), qPrintable(QString::number(way)));
        QVERIFY(dialog.isVisible());
    }
    QCOMPARE(field<QPlainTextEdit>(dialog, "detailsEdit")->toPlainText(),
             QStringLiteral("Called back"));
    QCOMPARE(field<RecordPicker>(dialog, "leadPicker")->selectedId(),
             std::optional<qint64>(m_lead.id));
    QVERIFY(dialog.saveButton()->isEnabled());
}

void TestInteractionDialog::saveInTheQuestionKeepsAnInvalidDialogOpen()
{
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Details typed, no lead: Save cannot save it.
    auto *details = field<QPlainTextEdit>(dialog, "detailsEdit");
    QTest::keyClicks(details, QStringLiteral("Half an entry"));
    answerNextMessageBox(QMessageBox::Save);
    QTest::keyClick(details, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(problemsOf(field<RecordPicker>(dialog, "leadPicker")),
             QStringList { QStringLiteral("Choose a lead, or add a new one.") });
    QCOMPARE(details->toPlainText(), QStringLiteral("Half an entry"));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before);
}

void TestInteractionDialog::aWholeInteractionByKeyboard()
{
    LeadDraft leadDraft;
    leadDraft.name = QStringLiteral("Spice Garden");
    leadDraft.city = QStringLiteral("Pune");
    const Lead lead = LeadStore(*m_database).create(leadDraft).value;
    ContactDraft contactDraft;
    contactDraft.lead = lead.id;
    contactDraft.name = QStringLiteral("Kavya Iyer");
    const Contact kavya = ContactStore(*m_database).create(contactDraft).value;
    contactDraft.name = QStringLiteral("Arjun Mehta");
    QVERIFY(ContactStore(*m_database).create(contactDraft).ok());

    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focusName(), QStringLiteral("leadPicker"));
    type(QStringLiteral("Spice Garden"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("contactPicker"));
    type(QStringLiteral("Kavya Iyer"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("typePicker"));
    type(QStringLiteral("M")); // Meeting
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("dateEdit"));
    type(QStringLiteral("2026-11-28 15:30"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("detailsEdit"));
    type(QStringLiteral("Tasting menu agreed"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("orderPlacedCheck"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("productEdit"));
    type(QStringLiteral("Basmati rice"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("quantitySpin"));
    type(QStringLiteral("12"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("totalPriceEdit"));
    type(QStringLiteral("1,520.50"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("orderDateEdit"));
    type(QStringLiteral("2026-11-29 10:00"));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Interaction stored = InteractionStore(*m_database).get(dialog.saved().id).value;
    QCOMPARE(stored.lead, lead.id);
    QCOMPARE(stored.contact, kavya.id);
    QCOMPARE(stored.type, InteractionType::Meeting);
    QCOMPARE(stored.details, QStringLiteral("Tasting menu agreed"));
    QVERIFY(stored.orderPlaced);
    const OrderDetails order = InteractionStore(*m_database).orderDetails(stored.id).value;
    QCOMPARE(order.productDetails, QStringLiteral("Basmati rice"));
    QCOMPARE(order.quantity, 12);
    QCOMPARE(order.totalPrice, Money::fromCents(152050));
    // The dates last: the field that takes them is another piece of work.
    QCOMPARE(stored.date, QDateTime(QDate(2026, 11, 28), QTime(15, 30)).toUTC());
    QCOMPARE(order.orderDate, QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toUTC());
}

void TestInteractionDialog::pickersTellSameNamesApart()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    const Lead pune = LeadStore(*m_database).create(draft).value;
    draft.city = QStringLiteral("Mumbai");
    const Lead mumbai = LeadStore(*m_database).create(draft).value;
    ContactDraft contact;
    contact.name = QStringLiteral("Kavya Iyer");
    contact.lead = pune.id;
    QVERIFY(ContactStore(*m_database).create(contact).ok());
    contact.lead = mumbai.id;
    QVERIFY(ContactStore(*m_database).create(contact).ok());

    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *leads = field<RecordPicker>(dialog, "leadPicker");
    QStringList leadTexts;
    for (int row = 0; row < leads->count(); ++row)
        leadTexts.append(leads->itemText(row));
    QVERIFY2(leadTexts.contains(QStringLiteral("Spice Garden — Pune")),
             qPrintable(leadTexts.join('|')));
    QVERIFY(leadTexts.contains(QStringLiteral("Spice Garden — Mumbai")));
    QCOMPARE(leadTexts.count(QStringLiteral("Spice Garden")), 0);
    // No lead yet: the contacts of every lead, each with its lead.
    auto *contacts = field<RecordPicker>(dialog, "contactPicker");
    QStringList contactTexts;
    for (int row = 0; row < contacts->count(); ++row)
        contactTexts.append(contacts->itemText(row));
    const QStringList kavyas
        = contactTexts.filter(QStringLiteral("Kavya Iyer — Spice Garden"), Qt::CaseSensitive);
    QCOMPARE(kavyas.size(), 2);
    // Never two entries that read alike.
    QCOMPARE(QSet<QString>(contactTexts.cbegin(), contactTexts.cend()).size(), contactTexts.size());
    // Typing a whole label names that one.
    leads->setFocus();
    type(QStringLiteral("Spice Garden — Mumbai"));
    QCOMPARE(leads->selectedId(), std::optional<qint64>(mumbai.id));
}

void TestInteractionDialog::anAmbiguousNameIsAskedAbout()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Spice Garden");
    draft.city = QStringLiteral("Pune");
    const Lead pune = LeadStore(*m_database).create(draft).value;
    draft.city = QStringLiteral("Mumbai");
    const Lead mumbai = LeadStore(*m_database).create(draft).value;
    ContactDraft contact;
    contact.name = QStringLiteral("Kavya Iyer");
    contact.lead = mumbai.id;
    QVERIFY(ContactStore(*m_database).create(contact).ok());

    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    type(QStringLiteral("Spice Garden"));
    // Both are "Spice Garden": not the first taken silently.
    QCOMPARE(lead->selectedId(), std::nullopt);
    QStringList offered;
    chooseNext(QStringLiteral("Spice Garden — Pune"), &offered);
    press(Qt::Key_Tab);
    QTRY_COMPARE(lead->selectedId(), std::optional<qint64>(pune.id));
    QCOMPARE(offered.size(), 2);
    QVERIFY(offered.contains(QStringLiteral("Spice Garden — Mumbai")));
    QCOMPARE(lead->currentText(), QStringLiteral("Spice Garden — Pune"));
    // Tab went on to the contact (the offscreen platform gives the window no focus back after
    // the question: the dialog's own focus is what it will be).
    QVERIFY(dialog.focusWidget());
    QCOMPARE(dialog.focusWidget()->objectName(), QStringLiteral("contactPicker"));
}

void TestInteractionDialog::aTypedDateIsSavedAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime afternoon(QDate(2026, 11, 28), QTime(15, 30));
    const QDateTime midnight(QDate(2026, 11, 28), QTime(0, 0));
    // The issue's: typed over the selected year, this was saved as 2026-12-11 21:53.
    QTest::newRow("ISO") << "en_GB"
                         << "2026-11-28 15:30" << afternoon;
    QTest::newRow("ISO date only") << "en_GB"
                                   << "2026-11-28" << midnight;
    QTest::newRow("en_GB short") << "en_GB"
                                 << "28/11/2026 15:30" << afternoon;
    QTest::newRow("en_US short") << "en_US"
                                 << "11/28/26 3:30 PM" << afternoon;
    QTest::newRow("hi_IN short") << "hi_IN"
                                 << "28/11/26 15:30" << afternoon;
    // Ignored without a word before.
    QTest::newRow("de_DE short") << "de_DE"
                                 << "28.11.2026" << midnight;
}

void TestInteractionDialog::aTypedDateIsSavedAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QLocale::setDefault(QLocale(locale));
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    typeDate(dialog, text);
    QVERIFY(problemsOf(field<QWidget>(dialog, "dateEdit")).isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Interaction stored = InteractionStore(*m_database).get(dialog.saved().id).value;
    QCOMPARE(stored.date, expected.toUTC());
}

void TestInteractionDialog::aDateThatIsNoneIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    // The issue's: saved as 2026-02-03 00:30 before.
    QTest::newRow("30 February") << "2026-02-30"
                                 << "There is no day 30 in February 2026.";
    QTest::newRow("month 13") << "2026-13-01 10:00"
                              << "There is no month 13.";
    QTest::newRow("hour 24") << "2026-11-28 24:00"
                             << "There is no time 24:00 in a day.";
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("words") << "next Tuesday"
                           << QStringLiteral("Type the date as %1 15:30 or %2 15:30.")
                                  .arg(today,
                                       QLocale(QStringLiteral("en_US"))
                                           .toString(QDate::currentDate(), QLocale::ShortFormat));
    QTest::newRow("emptied")
        << "" << QStringLiteral("Enter a date and time, such as %1 15:30.").arg(today);
}

void TestInteractionDialog::aDateThatIsNoneIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const qint64 before = InteractionStore(*m_database).count({}).value;
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    typeDate(dialog, text);
    if (text.isEmpty())
        QTest::keyClick(field<QWidget>(dialog, "dateEdit"), Qt::Key_Backspace);
    auto *date = field<QWidget>(dialog, "dateEdit");
    QCOMPARE(problemsOf(date), QStringList { message });
    QVERIFY(dialog.problems().has(QStringLiteral("date")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClick(date, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(InteractionStore(*m_database).count({}).value, before);
    // What was typed stays as typed, for the person to mend.
    QCOMPARE(date->property("text").toString(), text);
}

void TestInteractionDialog::aTypedOrderDateIsSavedAsTyped()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    typeDate(dialog, QStringLiteral("2026-11-28 15:30"));
    QTest::keyClick(field<QWidget>(dialog, "dateEdit"), Qt::Key_Tab);
    field<QCheckBox>(dialog, "orderPlacedCheck")->setChecked(true);
    QTest::keyClicks(field<QLineEdit>(dialog, "productEdit"), QStringLiteral("Paneer"));
    auto *price = field<QLineEdit>(dialog, "totalPriceEdit");
    QTest::mouseClick(price, Qt::LeftButton);
    QTest::keyClicks(price, QStringLiteral("1250"));
    // The order date followed the interaction's; the person Tabs there and moves it on a day.
    QTest::keyClick(price, Qt::Key_Tab);
    auto *orderDate = field<QWidget>(dialog, "orderDateEdit");
    QVERIFY(orderDate->hasFocus());
    QCOMPARE(orderDate->property("text").toString(), QStringLiteral("2026-11-28 15:30"));
    QTest::keyClicks(orderDate, QStringLiteral("2026-02-30 10:00"));
    QCOMPARE(problemsOf(orderDate),
             QStringList { QStringLiteral("There is no day 30 in February 2026.") });
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClick(orderDate, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(orderDate, QStringLiteral("2026-11-29 09:15"));
    QVERIFY(problemsOf(orderDate).isEmpty());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedOrder());
    QCOMPARE(dialog.saved().date, QDateTime(QDate(2026, 11, 28), QTime(15, 30)).toUTC());
    QCOMPARE(dialog.savedOrder()->orderDate, QDateTime(QDate(2026, 11, 29), QTime(9, 15)).toUTC());
}

void TestInteractionDialog::anEmptyContactSaysSo()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    QVERIFY(!contact->selectedId()); // the lead has two
    // The person goes on to the details: Save stays grey, and the contact says why.
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "detailsEdit"), QStringLiteral("Called back"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(problemsOf(contact),
             QStringList { QStringLiteral("Choose a contact, or add a new one.") });
    QVERIFY(problemsOf(lead).isEmpty());
}

void TestInteractionDialog::priceProblemsNameThemselves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("currency") << "Rs 1250"
                              << "Type the amount as a number, such as 1250.50.";
    QTest::newRow("letters") << "abc"
                             << "Type the amount as a number, such as 1250.50.";
    QTest::newRow("eleven digits") << "12345678901"
                                   << "This is too large: the most is 99,999,999.99.";
    QTest::newRow("three decimals")
        << "12.345"
        << "Enter an amount with at most two decimals, such as 1250.50.";
}

void TestInteractionDialog::priceProblemsNameThemselves()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    InteractionDialog dialog(*m_database);
    dialog.show();
    fillValid(dialog);
    field<QCheckBox>(dialog, "orderPlacedCheck")->setChecked(true);
    QTest::keyClicks(field<QLineEdit>(dialog, "productEdit"), QStringLiteral("Paneer"));
    auto *price = field<QLineEdit>(dialog, "totalPriceEdit");
    QTest::keyClicks(price, text);
    QCOMPARE(problemsOf(price), QStringList { message });
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestInteractionDialog::aProblemDoesNotMoveTheFields()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog);
    field<QCheckBox>(dialog, "orderPlacedCheck")->setChecked(true);
    QTest::keyClicks(field<QLineEdit>(dialog, "productEdit"), QStringLiteral("Paneer"));
    QApplication::processEvents();
    QList<QWidget *> fields;
    for (const char *name :
         { "leadPicker", "contactPicker", "typePicker", "dateEdit", "detailsEdit",
           "orderPlacedCheck", "productEdit", "quantitySpin", "totalPriceEdit", "orderDateEdit" })
        fields.append(field<QWidget>(dialog, name));
    auto places = [&dialog, &fields] {
        QList<QRect> result;
        for (QWidget *widget : fields)
            result.append(QRect(widget->mapTo(&dialog, QPoint(0, 0)), widget->size()));
        return result;
    };
    const QList<QRect> before = places();
    // A problem appears beside the price and beside the date: nothing under the pointer moves.
    auto *price = field<QLineEdit>(dialog, "totalPriceEdit");
    QTest::keyClicks(price, QStringLiteral("Rs 1250"));
    QVERIFY(!problemsOf(price).isEmpty());
    QApplication::processEvents();
    QCOMPARE(places(), before);
    typeDate(dialog, QStringLiteral("2026-02-30"));
    QVERIFY(!problemsOf(field<QWidget>(dialog, "dateEdit")).isEmpty());
    QApplication::processEvents();
    QCOMPARE(places(), before);
}

void TestInteractionDialog::upDownAndTheCalendarPickADay()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    fillValid(dialog);
    typeDate(dialog, QStringLiteral("2026-11-28 15:30"));
    auto *date = field<QLineEdit>(dialog, "dateEdit");
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->text(), QStringLiteral("2026-11-29 15:30"));
    QTest::keyClick(date, Qt::Key_Down);
    QTest::keyClick(date, Qt::Key_Down);
    QCOMPARE(date->text(), QStringLiteral("2026-11-27 15:30"));
    // Alt+Down opens the calendar on that day; Right and Enter pick the next, at the same time.
    QTest::keyClick(date, Qt::Key_Down, Qt::AltModifier);
    auto *calendar = date->findChild<QCalendarWidget *>(QStringLiteral("calendarPopup"));
    QVERIFY(calendar && calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 11, 27));
    auto *days = calendar->findChild<QAbstractItemView *>();
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    QCOMPARE(date->text(), QStringLiteral("2026-11-28 15:30"));
    QTRY_VERIFY(!date->findChild<QCalendarWidget *>());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.saved().date, QDateTime(QDate(2026, 11, 28), QTime(15, 30)).toUTC());
}

void TestInteractionDialog::aPhoneOfLettersIsRefused()
{
    const QString message
        = QStringLiteral("Enter a phone number: digits, perhaps with + ( ) - . and spaces.");
    {
        LeadDialog dialog(*m_database);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Chai Corner"));
        QLineEdit *phone = nullptr;
        for (auto *edit : dialog.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QLatin1String("Phone"))
                phone = edit;
        QVERIFY(phone);
        QTest::keyClicks(phone, QStringLiteral("abc"));
        QCOMPARE(problemsOf(phone), QStringList { message });
        QVERIFY(!dialog.saveButton()->isEnabled());
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+91 (20) 5555-0101"));
        QVERIFY(problemsOf(phone).isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
    }
    {
        ContactDialog dialog(*m_database);
        dialog.setLead(m_lead.id);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Ravi"));
        QLineEdit *phone = nullptr;
        for (auto *edit : dialog.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QLatin1String("Phone"))
                phone = edit;
        QVERIFY(phone);
        QTest::keyClicks(phone, QStringLiteral("abc"));
        QCOMPARE(problemsOf(phone), QStringList { message });
        QVERIFY(!dialog.saveButton()->isEnabled());
    }
}

// Save greyed with no word was a riddle: the line beside it names the fields it waits for that
// say nothing yet.
void TestInteractionDialog::aGreyedSaveSaysWhatItWaitsFor()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *stillNeeded = field<QLabel>(dialog, "stillNeededLabel");
    QVERIFY(!dialog.saveButton()->isEnabled());
    const QLocale locale;
    QCOMPARE(stillNeeded->text(),
             QStringLiteral("To save, fill in: %1.")
                 .arg(locale.createSeparatedList(
                     { QStringLiteral("Lead"), QStringLiteral("Contact") })));

    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    lead->setFocus();
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), m_contact.name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(stillNeeded->text().isEmpty(), qPrintable(stillNeeded->text()));
    QVERIFY(dialog.saveButton()->isEnabled());

    auto *placed = field<QCheckBox>(dialog, "orderPlacedCheck");
    placed->setFocus();
    QTest::keyClick(placed, Qt::Key_Space);
    QVERIFY(placed->isChecked());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(stillNeeded->text(),
             QStringLiteral("To save, fill in: %1.")
                 .arg(locale.createSeparatedList(
                     { QStringLiteral("Product"), QStringLiteral("Total price") })));
    // A field typed into says its own problem beside it, and so does the one passed over on
    // the way to it: neither is left to the line.
    auto *price = field<QLineEdit>(dialog, "totalPriceEdit");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("Rs 1250"));
    QVERIFY(!problemsOf(price).isEmpty());
    QVERIFY(!problemsOf(field<QLineEdit>(dialog, "productEdit")).isEmpty());
    QVERIFY2(stillNeeded->text().isEmpty(), qPrintable(stillNeeded->text()));
    QVERIFY(!dialog.saveButton()->isEnabled());
}

// With the order's fields the dialog is taller than a small screen (800x600 here, a laptop's
// 768 lines elsewhere): it stays on the screen, the fields scroll, and Tab shows each field.
void TestInteractionDialog::theDialogFitsAShortScreen()
{
    InteractionDialog dialog(*m_database);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *placed = field<QCheckBox>(dialog, "orderPlacedCheck");
    placed->setFocus();
    QTest::keyClick(placed, Qt::Key_Space);
    QVERIFY(placed->isChecked());
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.frameGeometry().height() <= available.height(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(dialog.frameGeometry().height())
                            .arg(available.height())));
    // As short as a laptop's screen leaves it, or as a person drags it.
    dialog.resize(dialog.width(), 420);
    QTest::qWait(0);
    QCOMPARE(dialog.height(), 420);
    auto *scroll = field<QScrollArea>(dialog, "fieldsScroll");
    for (const char *name : { "productEdit", "quantitySpin", "totalPriceEdit", "orderDateEdit" }) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::qWait(0); // the layout's pass that a person's next key would wait for
        QWidget *focused = QApplication::focusWidget();
        QCOMPARE(focused->objectName(), QString::fromLatin1(name));
        const QRect shown(focused->mapTo(scroll->viewport(), QPoint(0, 0)), focused->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown), name);
    }
    QVERIFY(dialog.saveButton()->isVisible());
}

QTEST_MAIN(TestInteractionDialog)
#include "tst_interactiondialog.moc"
