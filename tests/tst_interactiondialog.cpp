// InteractionDialog: problems beside their fields as typed, Save only when valid, writes through
// the store, and stays open with its contents when the write fails.
#include "contactdialog.h"
#include "contactstore.h"
#include "database.h"
#include "fieldproblemlabel.h"
#include "interactiondialog.h"
#include "interactionstore.h"
#include "leaddialog.h"
#include "leadstore.h"
#include "recordpicker.h"
#include "sampledata.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

namespace {

// Answers the next message box, whichever dialog's event loop shows it; returns its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            if (text)
                *text = box->text();
            timer->stop();
            timer->deleteLater();
            if (QAbstractButton *answer = box->button(button))
                answer->click();
            else
                box->close();
            return;
        }
    });
    timer->start();
}

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
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
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
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    SampleData::Options options;
    options.leads = 3;
    options.contactsPerLead = 2;
    options.interactions = 20;
    options.until = QDateTime(QDate(2024, 6, 30), QTime(12, 0), QTimeZone::utc());
    QVERIFY(SampleData::fill(*m_database, options).ok());
    m_lead = LeadStore(*m_database).get(2).value;
    m_contact = ContactStore(*m_database).list(2).value.constLast();
}

void TestInteractionDialog::cleanup()
{
    QLocale::setDefault(m_defaultLocale);
    m_database.reset();
    m_dir.reset();
}

void TestInteractionDialog::fillValid(InteractionDialog &dialog)
{
    auto *lead = field<RecordPicker>(dialog, "leadPicker");
    QTest::keyClicks(lead->lineEdit(), m_lead.name);
    auto *contact = field<RecordPicker>(dialog, "contactPicker");
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), m_contact.name);
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "detailsEdit"), QStringLiteral("Called back"));
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

    // A contact of another lead is the rules' problem, said beside the contact.
    const Contact stranger = ContactStore(*m_database).list(1).value.first();
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), stranger.name);
    QVERIFY(!dialog.saveButton()->isEnabled() || stranger.name == m_contact.name);
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
    // The file turns read-only under us, as a full disk or a lost mount would.
    QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
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
    QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA query_only = OFF"));
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

QTEST_MAIN(TestInteractionDialog)
#include "tst_interactiondialog.moc"
