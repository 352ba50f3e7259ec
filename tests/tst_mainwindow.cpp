// MainWindow: add, edit, delete, undo and redo through its actions and the dialog; every filter
// narrowing the table; a live refresh after a write made elsewhere (as the REST API makes); the
// empty state; shortcuts; remembered filters; the in-window API's state in the status bar.
#include "amountdelegate.h"
#include "contactdialog.h"
#include "contactlistmodel.h"
#include "contactstore.h"
#include "database.h"
#include "detailpane.h"
#include "displaytext.h"
#include "fieldproblemlabel.h"
#include "filterpanel.h"
#include "interactiondialog.h"
#include "interactionstore.h"
#include "interactiontablemodel.h"
#include "leaddialog.h"
#include "leadlistmodel.h"
#include "leadpage.h"
#include "leadstore.h"
#include "leadsview.h"
#include "localapi.h"
#include "mainwindow.h"
#include "recordpicker.h"
#include "sampledata.h"
#include "settings.h"
#include "wrappedtextdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>

#include <ctime>
#include <functional>

namespace {

// Acts on the next top-level widget of type Widget once it shows (a modal dialog's exec() keeps
// the test from going on until it is closed).
template<typename Widget> void actOnNext(std::function<void(Widget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *found = qobject_cast<Widget *>(widget);
            if (!found || !found->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            act(found);
            return;
        }
    });
    timer->start();
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    actOnNext<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        if (QAbstractButton *answer = box->button(button))
            answer->click();
        else
            box->close();
    });
}

// Fills in the next dialog of type Dialog: the line edit named field gets text, then Save.
template<typename Dialog> void editNextDialog(const QString &field, const QString &text)
{
    actOnNext<Dialog>([field, text](Dialog *dialog) {
        if (auto *edit = dialog->template findChild<QLineEdit *>(field))
            edit->setText(text);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
}

// Stands in for app/'s ApiServer: the window only knows this face.
class FakeApi final : public LocalApi
{
public:
    bool start(quint16 port) override
    {
        if (port == refusedPort) {
            m_error = QStringLiteral("The address is already in use");
            return false;
        }
        m_port = port;
        return true;
    }
    void stop() override { m_port = 0; }
    bool isRunning() const override { return m_port != 0; }
    quint16 port() const override { return m_port; }
    QString address() const override { return QStringLiteral("127.0.0.1"); }
    QString errorString() const override { return m_error; }
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
        return key.size() < 16 ? QStringLiteral("too short") : QString();
    }
    quint16 refusedPort = 0;
    QByteArray token;

private:
    quint16 m_port = 0;
    QString m_error;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseShowsTheEmptyState();
    void addsThroughTheDialogAndUndoes();
    void editsThroughTheDialogAndUndoes();
    void deleteAsksFirstAndUndoes();
    void deleteCanBeDeclined();
    void eachFilterNarrowsTheTable_data();
    void eachFilterNarrowsTheTable();
    void refreshesAfterAWriteElsewhere();
    void detailPaneShowsTheSelection();
    void detailPaneShowsTheOrder();
    void detailsColumnStretches();
    void columnsFitANarrowWindow();
    void tableShowsLocalTime();
    void amountsAreWrittenTheLocalWay();
    void refreshKeepsSelectionAndScroll();
    void refreshesAfterAnotherProcessWrites();
    void searchShortcuts();
    void remembersFilters();
    void aFilterDateThatIsNoneSaysSo();
    void showsTheApiState();
    void leadDeletionSaysWhatGoesWithIt();
    void toolbarLabelsHaveNoMnemonics();
    void timelineItemsHaveRoomForEveryLine();
    void leadAndContactEditsUndo();

private:
    void fill();
    QAction *action(const char *name);
    InteractionDialog *openDialog();
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    Settings().store().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
    m_dir.reset();
}

void TestMainWindow::fill()
{
    SampleData::Options options;
    options.seed = 5;
    options.leads = 4;
    options.contactsPerLead = 2;
    options.interactions = 120;
    options.until = QDateTime(QDate(2024, 6, 30), QTime(12, 0), QTimeZone::utc());
    QVERIFY(SampleData::fill(*m_database, options).ok());
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QAction *TestMainWindow::action(const char *name)
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

InteractionDialog *TestMainWindow::openDialog()
{
    auto *dialog = m_window->findChild<InteractionDialog *>();
    if (dialog && !dialog->isVisible())
        return nullptr;
    return dialog;
}

void TestMainWindow::selectRow(int row)
{
    m_window->table()->setFocus();
    m_window->table()->selectRow(row);
}

void TestMainWindow::emptyDatabaseShowsTheEmptyState()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->show();
    QVERIFY(m_window->isShowingEmptyState());
    QCOMPARE(m_window->countText(), QStringLiteral("No interactions yet"));
    auto *load = m_window->findChild<QPushButton *>(QStringLiteral("loadSampleDataButton"));
    QVERIFY(load && load->isVisible());
    QVERIFY(
        m_window->findChild<QPushButton *>(QStringLiteral("addInteractionButton"))->isVisible());
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY(!m_window->isShowingEmptyState());
    QVERIFY(m_window->interactions()->rowCount() > 0);
    QVERIFY(m_window->table()->isVisible());
    // "Add Interaction" in the empty state opens the dialog.
    InteractionFilter none;
    const QList<Interaction> all = InteractionStore(*m_database).list(none).value;
    for (const Interaction &interaction : all)
        InteractionStore(*m_database).remove(interaction.id);
    QVERIFY(m_window->isShowingEmptyState());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("addInteractionButton")),
                      Qt::LeftButton);
    QVERIFY(openDialog());
    openDialog()->reject();
}

void TestMainWindow::addsThroughTheDialogAndUndoes()
{
    fill();
    const int before = m_window->interactions()->rowCount();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    InteractionDialog *dialog = openDialog();
    QVERIFY(dialog);
    const Lead lead = LeadStore(*m_database).get(3).value;
    QTest::keyClicks(dialog->findChild<RecordPicker *>(QStringLiteral("leadPicker"))->lineEdit(),
                     lead.name);
    auto *contact = dialog->findChild<RecordPicker *>(QStringLiteral("contactPicker"));
    contact->setCurrentIndex(0);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailsEdit")),
                     QStringLiteral("Logged from the window"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(m_window->interactions()->rowCount(), before + 1);
    const std::optional<qint64> selected = m_window->selectedInteraction();
    QVERIFY(selected);
    QCOMPARE(InteractionStore(*m_database).get(*selected).value.details,
             QStringLiteral("Logged from the window"));
    QCOMPARE(action("undoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Add Interaction"));

    m_window->table()->setFocus(); // a text field would take Ctrl+Z for its own undo
    action("undoAction")->trigger();
    QCOMPARE(m_window->interactions()->rowCount(), before);
    QCOMPARE(InteractionStore(*m_database).get(*selected).status, StoreStatus::NotFound);
    QCOMPARE(action("redoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Redo Add Interaction"));
    QVERIFY(
        action("redoAction")->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
    action("redoAction")->trigger();
    QCOMPARE(m_window->lastFailure(), QString());
    QCOMPARE(m_window->interactions()->rowCount(), before + 1);
    QCOMPARE(InteractionStore(*m_database).get(*selected).value.details,
             QStringLiteral("Logged from the window"));
}

void TestMainWindow::editsThroughTheDialogAndUndoes()
{
    fill();
    selectRow(5);
    const qint64 id = *m_window->selectedInteraction();
    const Interaction original = InteractionStore(*m_database).get(id).value;
    QTest::keyClick(m_window->table(), Qt::Key_Return);
    InteractionDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto *details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailsEdit"));
    QCOMPARE(details->toPlainText(), original.details);
    details->clear();
    QTest::keyClicks(details, QStringLiteral("Edited in the dialog"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(InteractionStore(*m_database).get(id).value.details,
             QStringLiteral("Edited in the dialog"));
    QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(id));
    QCOMPARE(action("undoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Edit Interaction"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(InteractionStore(*m_database).get(id).value, original);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(InteractionStore(*m_database).get(id).value.details,
             QStringLiteral("Edited in the dialog"));
}

void TestMainWindow::deleteAsksFirstAndUndoes()
{
    fill();
    InteractionFilter orders;
    orders.ordersOnly = true;
    const Interaction target = InteractionStore(*m_database).list(orders).value.first();
    const OrderDetails order = InteractionStore(*m_database).orderDetails(target.id).value;
    QVERIFY(m_window->selectInteraction(target.id));
    m_window->table()->setFocus();
    const int before = m_window->interactions()->rowCount();
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QVERIFY2(question.startsWith(QStringLiteral("Delete the ")), qPrintable(question));
    QCOMPARE(m_window->interactions()->rowCount(), before - 1);
    QCOMPARE(InteractionStore(*m_database).get(target.id).status, StoreStatus::NotFound);
    QCOMPARE(action("undoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Delete Interaction"));
    action("undoAction")->trigger();
    QCOMPARE(m_window->interactions()->rowCount(), before);
    QCOMPARE(InteractionStore(*m_database).get(target.id).value, target);
    QCOMPARE(InteractionStore(*m_database).orderDetails(target.id).value, order);
    action("redoAction")->trigger();
    QCOMPARE(InteractionStore(*m_database).get(target.id).status, StoreStatus::NotFound);
}

void TestMainWindow::deleteCanBeDeclined()
{
    fill();
    selectRow(0);
    const qint64 id = *m_window->selectedInteraction();
    answerNextMessageBox(QMessageBox::Cancel);
    action("deleteInteractionAction")->trigger();
    QVERIFY(InteractionStore(*m_database).get(id).ok());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::eachFilterNarrowsTheTable_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which : { "lead", "contact", "types", "orders", "from", "until", "search" })
        QTest::newRow(which) << QString::fromLatin1(which);
}

void TestMainWindow::eachFilterNarrowsTheTable()
{
    QFETCH(QString, which);
    fill();
    FilterPanel *panel = m_window->filterPanel();
    const int all = m_window->interactions()->rowCount();
    InteractionFilter expected;
    if (which == QLatin1String("lead") || which == QLatin1String("contact")) {
        auto *lead = panel->findChild<RecordPicker *>(QStringLiteral("leadFilter"));
        const Lead chosen = LeadStore(*m_database).get(2).value;
        QTest::keyClicks(lead->lineEdit(), chosen.name);
        expected.lead = chosen.id;
        if (which == QLatin1String("contact")) {
            auto *contact = panel->findChild<RecordPicker *>(QStringLiteral("contactFilter"));
            // Only the chosen lead's contacts are offered.
            QCOMPARE(contact->count(), 2);
            contact->setCurrentIndex(1);
            expected.contact = contact->selectedId();
            QVERIFY(expected.contact);
        }
    } else if (which == QLatin1String("types")) {
        panel->findChild<QCheckBox *>(QStringLiteral("typeFilterCALL"))->setChecked(true);
        panel->findChild<QCheckBox *>(QStringLiteral("typeFilterEMAIL"))->setChecked(true);
        expected.types = { InteractionType::Call, InteractionType::Email };
    } else if (which == QLatin1String("orders")) {
        auto *check = panel->findChild<QCheckBox *>(QStringLiteral("ordersOnlyCheck"));
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        expected.ordersOnly = true;
    } else if (which == QLatin1String("from") || which == QLatin1String("until")) {
        const QDate day(2024, 5, 15);
        const bool from = which == QLatin1String("from");
        // Tick the bound, Tab into its field (the whole text selected) and type the day.
        auto *check = panel->findChild<QCheckBox *>(from ? QStringLiteral("fromCheck")
                                                         : QStringLiteral("untilCheck"));
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(check->isChecked());
        QTest::keyClick(check, Qt::Key_Tab);
        auto *edit = panel->findChild<QLineEdit *>(from ? QStringLiteral("fromEdit")
                                                        : QStringLiteral("untilEdit"));
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("2024-05-15"));
        if (from)
            expected.from = day.startOfDay().toUTC();
        else
            expected.until = day.addDays(1).startOfDay().toUTC();
    } else {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel->searchEdit()->hasFocus());
        QTest::keyClicks(panel->searchEdit(), QStringLiteral("invoice"));
        expected.text = QStringLiteral("invoice");
        QTRY_COMPARE(m_window->interactions()->filter().text, expected.text);
    }
    const qint64 count = InteractionStore(*m_database).count(expected).value;
    QVERIFY(count > 0);
    QVERIFY(count < all);
    QCOMPARE(m_window->interactions()->rowCount(), count);
    QCOMPARE(m_window->countText(),
             QStringLiteral("Showing %1 of %2 interactions").arg(count).arg(all));
    // And the rows shown are those the store lists under that filter.
    expected.sortKey = m_window->interactions()->filter().sortKey;
    expected.sortOrder = m_window->interactions()->filter().sortOrder;
    QCOMPARE(m_window->interactions()->filter(), expected);
    QCOMPARE(m_window->interactions()->idAt(0),
             InteractionStore(*m_database).list(expected, 0, 1).value.first().id);
}

void TestMainWindow::refreshesAfterAWriteElsewhere()
{
    fill();
    const int before = m_window->interactions()->rowCount();
    selectRow(3);
    const qint64 selected = *m_window->selectedInteraction();
    // What an API client writes goes through the same stores on the same Database.
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Email;
    draft.details = QStringLiteral("Written through the REST API");
    draft.date = QDateTime(QDate(2024, 1, 2), QTime(9, 0), QTimeZone::utc());
    QVERIFY(InteractionStore(*m_database).create(draft).ok());
    QCOMPARE(m_window->interactions()->rowCount(), before + 1);
    QCOMPARE(m_window->countText(), QStringLiteral("Showing all %1 interactions").arg(before + 1));
    // The selection stays on the same interaction.
    QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(selected));
    // And the detail pane follows a change of the one shown.
    InteractionDraft change;
    change.details = QStringLiteral("Changed by another tool");
    QVERIFY(InteractionStore(*m_database).update(selected, change).ok());
    QCOMPARE(m_window->detailPane()->detailsText(), QStringLiteral("Changed by another tool"));
}

void TestMainWindow::detailPaneShowsTheSelection()
{
    fill();
    // The newest is chosen on opening, so that the pane has something to show at once.
    QCOMPARE(m_window->selectedInteraction(),
             std::optional<qint64>(m_window->interactions()->idAt(0)));
    QCOMPARE(m_window->detailPane()->interaction(), m_window->selectedInteraction());
    selectRow(7);
    const Interaction shown
        = InteractionStore(*m_database).get(*m_window->selectedInteraction()).value;
    QCOMPARE(m_window->detailPane()->interaction(), std::optional<qint64>(shown.id));
    QCOMPARE(m_window->detailPane()->detailsText(),
             shown.details.isEmpty() ? QStringLiteral("(none)") : shown.details);
}

void TestMainWindow::detailPaneShowsTheOrder()
{
    fill();
    InteractionFilter orders;
    orders.types = { InteractionType::Order };
    const Interaction order = InteractionStore(*m_database).list(orders, 0, 1).value.first();
    const OrderDetails details = InteractionStore(*m_database).orderDetails(order.id).value;
    QVERIFY(m_window->selectInteraction(order.id));
    QCOMPARE(m_window->detailPane()->interaction(), std::optional<qint64>(order.id));
    QCOMPARE(m_window->detailPane()->orderTexts(),
             (QStringList { details.productDetails, QLocale().toString(details.quantity),
                            details.totalPrice.toLocaleText(QLocale()),
                            DisplayText::longDateTime(details.orderDate) }));
    // An interaction without an order shows no order section.
    InteractionFilter calls;
    calls.types = { InteractionType::Call };
    const Interaction call = InteractionStore(*m_database).list(calls, 0, 1).value.first();
    QVERIFY(!call.orderPlaced);
    QVERIFY(m_window->selectInteraction(call.id));
    QCOMPARE(m_window->detailPane()->interaction(), std::optional<qint64>(call.id));
    QCOMPARE(m_window->detailPane()->orderTexts(), QStringList());
}

void TestMainWindow::detailsColumnStretches()
{
    fill();
    m_window->resize(1280, 800);
    QHeaderView *header = m_window->table()->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(InteractionTableModel::DetailsColumn), QHeaderView::Stretch);
    QTRY_VERIFY(header->length() == m_window->table()->viewport()->width());
    const QList<int> before = m_window->columnWidths();
    for (int column : { InteractionTableModel::DateColumn, InteractionTableModel::LeadColumn,
                        InteractionTableModel::ContactColumn, InteractionTableModel::TypeColumn,
                        InteractionTableModel::OrderColumn })
        QVERIFY2(before.at(InteractionTableModel::DetailsColumn) > before.at(column),
                 qPrintable(QStringLiteral("column %1").arg(column)));
    // A wider window widens Details alone.
    m_window->resize(1600, 800);
    QTRY_VERIFY(m_window->columnWidths().at(InteractionTableModel::DetailsColumn)
                > before.at(InteractionTableModel::DetailsColumn));
    const QList<int> after = m_window->columnWidths();
    for (int column = 0; column < InteractionTableModel::columnTotal; ++column) {
        if (column != InteractionTableModel::DetailsColumn)
            QCOMPARE(after.at(column), before.at(column));
    }
    // A layout saved by a build where Details did not stretch still gets it stretched.
    header->setSectionResizeMode(InteractionTableModel::DetailsColumn, QHeaderView::Interactive);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_database);
    QCOMPARE(m_window->table()->horizontalHeader()->sectionResizeMode(
                 InteractionTableModel::DetailsColumn),
             QHeaderView::Stretch);
}

void TestMainWindow::columnsFitANarrowWindow()
{
    fill();
    m_window->resize(1024, 700);
    QTableView *table = m_window->table();
    QTRY_VERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QList<int> narrow = m_window->columnWidths();
    // Lead and Contact gave way to Details, and get their room back in a wide window.
    QVERIFY(narrow.at(InteractionTableModel::DetailsColumn)
            >= narrow.at(InteractionTableModel::LeadColumn));
    m_window->resize(1600, 800);
    QTRY_VERIFY(m_window->columnWidths().at(InteractionTableModel::LeadColumn)
                > narrow.at(InteractionTableModel::LeadColumn));
}

void TestMainWindow::tableShowsLocalTime()
{
    // India has no daylight saving: 09:00 UTC is 14:30 there all year.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    fill();
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Call;
    draft.date = QDateTime(QDate(2030, 1, 2), QTime(9, 0), QTimeZone::utc());
    const Interaction created = InteractionStore(*m_database).create(draft).value;
    QVERIFY(m_window->selectInteraction(created.id));
    const QModelIndex date
        = m_window->table()->currentIndex().siblingAtColumn(InteractionTableModel::DateColumn);
    const QString shown = date.data().toString();
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    QCOMPARE(shown, QStringLiteral("2030-01-02 14:30"));
}

void TestMainWindow::amountsAreWrittenTheLocalWay()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AmountDelegate delegate;
    const QLocale viewLocale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale omitting = viewLocale;
    omitting.setNumberOptions(QLocale::OmitGroupSeparator); // as item views hand it over
    QCOMPARE(delegate.displayText(QStringLiteral("21720.00"), omitting),
             QStringLiteral("21,720.00"));
    QCOMPARE(delegate.displayText(QStringLiteral("-1234567.05"), omitting),
             QStringLiteral("-1,234,567.05"));
    QCOMPARE(delegate.displayText(QStringLiteral("Yes"), omitting), QStringLiteral("Yes"));
    QCOMPARE(Money::fromCents(5).toLocaleText(QLocale()), QStringLiteral("0.05"));
    QLocale::setDefault(before);
}

void TestMainWindow::refreshKeepsSelectionAndScroll()
{
    fill();
    QTableView *table = m_window->table();
    table->scrollTo(m_window->interactions()->index(60, 0), QAbstractItemView::PositionAtTop);
    const int topRow = table->rowAt(0);
    QVERIFY(topRow > 30);
    const qint64 topId = m_window->interactions()->idAt(topRow);
    table->setFocus();
    table->selectRow(topRow + 3);
    const qint64 selected = *m_window->selectedInteraction();
    // A newer interaction written elsewhere lands above what is being read.
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Call;
    draft.details = QStringLiteral("Written while the person reads further down");
    draft.date = QDateTime(QDate(2024, 6, 30), QTime(11, 0), QTimeZone::utc());
    QVERIFY(InteractionStore(*m_database).create(draft).ok());
    QCOMPARE(m_window->interactions()->rowCount(), 121);
    QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(selected));
    QCOMPARE(m_window->detailPane()->interaction(), std::optional<qint64>(selected));
    // The same interaction is still the first one in view: nothing moved under the reader.
    QCOMPARE(m_window->interactions()->idAt(table->rowAt(0)), topId);
    QCOMPARE(table->rowAt(0), topRow + 1);
}

void TestMainWindow::refreshesAfterAnotherProcessWrites()
{
    fill();
    selectRow(4);
    const qint64 selected = *m_window->selectedInteraction();
    const int before = m_window->interactions()->rowCount();
    // Another connection to the same file stands in for another process.
    Database other;
    QVERIFY(other.open(m_database->path()));
    InteractionDraft draft;
    draft.lead = 2;
    draft.contact = ContactStore(other).list(2).value.first().id;
    draft.type = InteractionType::Visit;
    draft.details = QStringLiteral("Logged by another Touchpoint");
    draft.date = QDateTime(QDate(2024, 2, 3), QTime(10, 0), QTimeZone::utc());
    QVERIFY(InteractionStore(other).create(draft).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->interactions()->rowCount(), before + 1, 5000);
    QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(selected));
    InteractionDraft change;
    change.details = QStringLiteral("Changed by another process");
    QVERIFY(InteractionStore(other).update(selected, change).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->detailsText(),
                              QStringLiteral("Changed by another process"), 5000);
    QCOMPARE(m_window->selectedInteraction(), std::optional<qint64>(selected));
    // The filters are as they were: the lead and contact pickers keep their (empty) choice
    // through the reset of their lists.
    QVERIFY(m_window->filterPanel()->filter().isEmpty());
    QVERIFY(m_window->interactions()->filter().isEmpty());

    // And a chosen lead filter survives a change of the leads made elsewhere.
    m_window->filterPanel()->setLead(2);
    const int ofLead = m_window->interactions()->rowCount();
    QVERIFY(ofLead < before);
    LeadDraft moved;
    moved.city = QStringLiteral("Mysuru");
    QVERIFY(LeadStore(other).update(1, moved).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->leadsView()->leads()->leadAt(m_window->leadsView()->leads()->rowOf(1)).city,
        QStringLiteral("Mysuru"), 5000);
    QCOMPARE(m_window->interactions()->filter().lead, std::optional<qint64>(2));
    QCOMPARE(m_window->interactions()->rowCount(), ofLead);
    QCOMPARE(m_window->filterPanel()
                 ->findChild<RecordPicker *>(QStringLiteral("leadFilter"))
                 ->currentText(),
             LeadStore(*m_database).get(2).value.name);
}

void TestMainWindow::searchShortcuts()
{
    fill();
    QLineEdit *search = m_window->filterPanel()->searchEdit();
    action("findAction")->trigger();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zzzz no such text"));
    QTRY_COMPARE(m_window->interactions()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_window->interactions()->rowCount(), 120);
    // Delete in the search field edits the text; it never deletes an interaction.
    selectRow(0);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(m_window->interactions()->rowCount(), 120);
}

void TestMainWindow::remembersFilters()
{
    fill();
    m_window->filterPanel()
        ->findChild<QCheckBox *>(QStringLiteral("ordersOnlyCheck"))
        ->setChecked(true);
    const int shown = m_window->interactions()->rowCount();
    m_window->table()->sortByColumn(InteractionTableModel::LeadColumn, Qt::AscendingOrder);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_database);
    QVERIFY(m_window->filterPanel()->filter().ordersOnly);
    QCOMPARE(m_window->interactions()->rowCount(), shown);
    QCOMPARE(m_window->interactions()->filter().sortKey, InteractionFilter::SortKey::Lead);
}

void TestMainWindow::aFilterDateThatIsNoneSaysSo()
{
    fill();
    FilterPanel *panel = m_window->filterPanel();
    const int all = m_window->interactions()->rowCount();
    auto *check = panel->findChild<QCheckBox *>(QStringLiteral("fromCheck"));
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QTest::keyClick(check, Qt::Key_Tab);
    auto *edit = panel->findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    QVERIFY(edit->hasFocus());
    // Before, the field rolled 30 February over to a day of March and filtered on it.
    QTest::keyClicks(edit, QStringLiteral("2024-02-30"));
    const auto *problem = edit->parentWidget()->findChild<FieldProblemLabel *>();
    QVERIFY(problem && problem->isVisibleTo(m_window.get()));
    QCOMPARE(problem->problems(),
             QStringList { QStringLiteral("There is no day 30 in February 2024.") });
    QVERIFY(!panel->filter().from);
    QCOMPARE(m_window->interactions()->rowCount(), all);
    // Mended, it filters and the message goes.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("29"));
    QVERIFY(!problem->isVisibleTo(m_window.get()));
    QCOMPARE(panel->filter().from, QDate(2024, 2, 29).startOfDay().toUTC());
    QVERIFY(m_window->interactions()->rowCount() < all);
}

void TestMainWindow::showsTheApiState()
{
    fill();
    FakeApi api;
    m_window->setLocalApi(&api);
    QCOMPARE(m_window->apiStatusText(), QStringLiteral("REST API: off")); // off by default
    QVERIFY(!api.isRunning());
    Settings settings;
    settings.setApiEnabled(true);
    settings.setApiPort(8123);
    settings.store().sync();
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setLocalApi(&api);
    QVERIFY(api.isRunning());
    QCOMPARE(api.port(), 8123);
    QCOMPARE(m_window->apiStatusText(), QStringLiteral("REST API: on, http://127.0.0.1:8123"));
    m_window->close();
    QVERIFY(!api.isRunning());
    api.refusedPort = 8123;
    m_window = std::make_unique<MainWindow>(*m_database);
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    m_window->setLocalApi(&api);
    QCOMPARE(m_window->apiStatusText(), QStringLiteral("REST API: could not start on port 8123"));
    QTRY_VERIFY(message.contains(QStringLiteral("already in use")));
}

void TestMainWindow::leadDeletionSaysWhatGoesWithIt()
{
    fill();
    const LeadStore::Dependents dependents = LeadStore(*m_database).dependents(2).value;
    QVERIFY(dependents.interactions > 0);
    action("showLeadsAction")->trigger();
    m_window->leadsView()->selectLead(2);
    QCOMPARE(m_window->leadsView()->leadPage()->lead(), std::optional<qint64>(2));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    // Delete in the leads list asks, as the Delete Lead button does.
    m_window->leadsView()->leadsTable()->setFocus();
    QTest::keyClick(m_window->leadsView()->leadsTable(), Qt::Key_Delete);
    QVERIFY2(
        question.contains(QStringLiteral("contacts (%1)").arg(dependents.contacts))
            && question.contains(QStringLiteral("interactions (%1)").arg(dependents.interactions)),
        qPrintable(question));
    QCOMPARE(LeadStore(*m_database).get(2).status, StoreStatus::NotFound);
    QCOMPARE(m_window->interactions()->totalCount(), 120 - dependents.interactions);
}

// A toolbar button shows an action's text without its mnemonic: neither "&New" nor the "(&N)"
// that Hindi adds after a word without the letter, and without "…".
void TestMainWindow::toolbarLabelsHaveNoMnemonics()
{
    QTranslator hindi;
    QVERIFY2(hindi.load(QStringLiteral(TOUCHPOINT_HINDI_QM)), TOUCHPOINT_HINDI_QM);
    for (QTranslator *translator : { static_cast<QTranslator *>(nullptr), &hindi }) {
        if (translator)
            QVERIFY(QCoreApplication::installTranslator(translator));
        m_window = std::make_unique<MainWindow>(*m_database);
        const QList<QToolBar *> toolbars = m_window->findChildren<QToolBar *>();
        QVERIFY(!toolbars.isEmpty());
        int labels = 0;
        for (const QToolBar *toolbar : toolbars) {
            for (const QAction *action : toolbar->actions()) {
                if (action->isSeparator())
                    continue;
                const QString label = action->iconText();
                QVERIFY2(!label.isEmpty(), qPrintable(action->objectName()));
                QVERIFY2(!label.contains(QLatin1Char('&')) && !label.contains(QLatin1Char('('))
                             && !label.contains(QStringLiteral("…")),
                         qPrintable(label));
                ++labels;
            }
        }
        QVERIFY(labels >= 5);
        if (translator) {
            // The check above ran on Hindi text, not on English left untranslated.
            QVERIFY(action("newInteractionAction")->text().contains(QStringLiteral("(&")));
            QVERIFY(QCoreApplication::removeTranslator(translator));
        }
        m_window.reset();
    }
}

// The lead's timeline: a Devanagari line is taller than the Latin font's, and Qt's own size hint
// for such an item is short of what its painter needs (it then shows only an elided first line).
void TestMainWindow::timelineItemsHaveRoomForEveryLine()
{
    QListView view;
    view.resize(700, 300);
    QStandardItemModel items;
    items.appendRow(new QStandardItem(QStringLiteral(
        "2026-11-23 05:18 · Priya Menon के साथ ईमेल\nShared delivery schedule for the month.")));
    view.setModel(&items);
    view.setWordWrap(true);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.features |= QStyleOptionViewItem::WrapText;
    const QModelIndex index = items.index(0, 0);
    const QSize plain = QStyledItemDelegate().sizeHint(option, index);
    WrappedTextDelegate delegate;
    const QSize roomy = delegate.sizeHint(option, index);
    QVERIFY2(roomy.height() > plain.height(),
             qPrintable(QStringLiteral("%1 against %2").arg(roomy.height()).arg(plain.height())));
    QVERIFY(roomy.height() < 3 * plain.height()); // room, not waste
    fill();
    m_window->showLead(1);
    auto *timeline = m_window->findChild<QListView *>(QStringLiteral("timelineView"));
    QVERIFY(timeline);
    QVERIFY(qobject_cast<WrappedTextDelegate *>(timeline->itemDelegate()));
}

// An edit of a lead or a contact through its dialog is on the window's undo stack, named.
void TestMainWindow::leadAndContactEditsUndo()
{
    fill();
    const Lead lead = LeadStore(*m_database).get(2).value;
    action("showLeadsAction")->trigger();
    m_window->leadsView()->selectLead(2);
    editNextDialog<LeadDialog>(QStringLiteral("nameEdit"), QStringLiteral("Renamed Kitchen"));
    m_window->leadsView()->editLead();
    QCOMPARE(LeadStore(*m_database).get(2).value.name, QStringLiteral("Renamed Kitchen"));
    QCOMPARE(action("undoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Edit Lead"));
    action("undoAction")->trigger();
    QCOMPARE(LeadStore(*m_database).get(2).value, lead);
    action("redoAction")->trigger();
    QCOMPARE(LeadStore(*m_database).get(2).value.name, QStringLiteral("Renamed Kitchen"));

    LeadPage *page = m_window->leadsView()->leadPage();
    QVERIFY(page->contactsView()->model()->rowCount() > 0);
    page->contactsView()->selectRow(0);
    const qint64 contactId
        = page->contactsView()->model()->index(0, 0).data(ContactListModel::IdRole).toLongLong();
    const Contact contact = ContactStore(*m_database).get(contactId).value;
    editNextDialog<ContactDialog>(QStringLiteral("nameEdit"), QStringLiteral("Renamed Person"));
    page->editContact();
    QCOMPARE(ContactStore(*m_database).get(contactId).value.name, QStringLiteral("Renamed Person"));
    QCOMPARE(action("undoAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Edit Contact"));
    action("undoAction")->trigger();
    QCOMPARE(ContactStore(*m_database).get(contactId).value, contact);
    // Both edits undone, in order; a dialog closed without a change leaves nothing to undo.
    action("undoAction")->trigger();
    QCOMPARE(LeadStore(*m_database).get(2).value, lead);
    editNextDialog<LeadDialog>(QStringLiteral("nameEdit"), lead.name);
    m_window->leadsView()->editLead();
    QVERIFY(m_window->undoStack()->canRedo()); // the unchanged save pushed nothing over them
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
