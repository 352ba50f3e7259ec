#include "interactiondialog.h"

#include "contactdialog.h"
#include "core/rules.h"
#include "datetimefield.h"
#include "fieldproblemlabel.h"
#include "formrow.h"
#include "itemmodels/contactlistmodel.h"
#include "itemmodels/leadlistmodel.h"
#include "leaddialog.h"
#include "recordpicker.h"
#include "storage/database.h"
#include "storage/interactionstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

const QString leadField = QStringLiteral("lead");
const QString contactField = QStringLiteral("contact");
const QString typeField = QStringLiteral("interaction_type");
const QString dateField = QStringLiteral("date");
const QString detailsField = QStringLiteral("details");
const QString orderPlacedField = QStringLiteral("order_placed");
const QString productField = QStringLiteral("product_details");
const QString quantityField = QStringLiteral("quantity");
const QString totalPriceField = QStringLiteral("total_price");
const QString orderDateField = QStringLiteral("order_date");

// The form's fields top to bottom: a field edited marks those above it as passed, so that one
// left empty on the way says so (rather than only greying out Save).
const QStringList fieldOrder { leadField,       contactField,     typeField,    dateField,
                               detailsField,    orderPlacedField, productField, quantityField,
                               totalPriceField, orderDateField };

// Problems with a date field's text, under field, when it reads as no date.
void addDateProblem(ValidationErrors &errors, const QString &field, const DateTimeField *edit)
{
    if (edit->dateTime())
        return;
    const TypedDateTime typed = edit->reading();
    errors.add(field, typed.problem(), typed.problemArguments());
}

// Reached by the mouse or by its own shortcut, never by Tab: Tab from a picker goes to the next
// field, where a name's space would otherwise press the button.
QToolButton *addButton(const QString &text, const QString &accessibleName, const QKeySequence &keys,
                       QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    button->setText(text);
    button->setShortcut(keys);
    button->setToolTip(QCoreApplication::translate("InteractionDialog", "%1 (%2)")
                           .arg(text, keys.toString(QKeySequence::NativeText)));
    button->setAccessibleName(accessibleName);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

InteractionDialog::InteractionDialog(Database &database, QWidget *parent)
    : RecordDialog(parent)
    , m_database(database)
    , m_leads(new LeadListModel(database, this))
    , m_contacts(new ContactListModel(database, this))
{
    setWindowTitle(tr("New Interaction"));
    setObjectName(QStringLiteral("interactionDialog"));

    m_leadPicker = new RecordPicker(m_leads, LeadListModel::IdRole, this);
    m_leadPicker->setObjectName(QStringLiteral("leadPicker"));
    m_leadPicker->setPlaceholderText(tr("Type a lead's name"));
    m_addLeadButton = addButton(tr("New lead…"), tr("Add a new lead"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    m_addLeadButton->setObjectName(QStringLiteral("addLeadButton"));
    m_contactPicker = new RecordPicker(m_contacts, ContactListModel::IdRole, this);
    m_contactPicker->setObjectName(QStringLiteral("contactPicker"));
    m_contactPicker->setPlaceholderText(tr("Type a contact's name"));
    m_addContactButton = addButton(tr("New contact…"), tr("Add a new contact"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    m_addContactButton->setObjectName(QStringLiteral("addContactButton"));

    m_typePicker = new QComboBox(this);
    m_typePicker->setObjectName(QStringLiteral("typePicker"));
    for (InteractionType type : InteractionTypes::all())
        m_typePicker->addItem(InteractionTypes::displayName(type), InteractionTypes::code(type));

    m_dateEdit = new DateTimeField(DateTimeField::Kind::DateAndTime, this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    // Now to the minute, as it is shown: what is saved is what the person sees.
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_dateEdit->setDateTime(now);

    m_detailsEdit = new QPlainTextEdit(this);
    m_detailsEdit->setObjectName(QStringLiteral("detailsEdit"));
    m_detailsEdit->setTabChangesFocus(true);
    m_detailsEdit->setPlaceholderText(tr("What was said or agreed"));
    m_detailsEdit->setMinimumHeight(80);

    m_orderPlacedCheck = new QCheckBox(tr("An &order was placed"), this);
    m_orderPlacedCheck->setObjectName(QStringLiteral("orderPlacedCheck"));

    m_orderGroup = new QGroupBox(tr("Order details"), this);
    m_orderGroup->setObjectName(QStringLiteral("orderGroup"));
    m_productEdit = new QLineEdit(m_orderGroup);
    m_productEdit->setObjectName(QStringLiteral("productEdit"));
    m_productEdit->setPlaceholderText(tr("What was ordered"));
    m_quantitySpin = new QSpinBox(m_orderGroup);
    m_quantitySpin->setObjectName(QStringLiteral("quantitySpin"));
    m_quantitySpin->setRange(0, int(Rules::maxQuantity));
    m_quantitySpin->setValue(1);
    m_totalPriceEdit = new QLineEdit(m_orderGroup);
    m_totalPriceEdit->setObjectName(QStringLiteral("totalPriceEdit"));
    m_totalPriceEdit->setPlaceholderText(tr("e.g. 1250.50"));
    m_orderDateEdit = new DateTimeField(DateTimeField::Kind::DateAndTime, m_orderGroup);
    m_orderDateEdit->setObjectName(QStringLiteral("orderDateEdit"));
    m_orderDateEdit->setDateTime(now);

    auto rowFor = [this](const QString &field, const QString &name, QWidget *widget,
                         const QList<QWidget *> &beside = {}) {
        auto *row = new FormRow(name, widget, beside);
        problemLabels().insert(field, row->problemLabel());
        return row;
    };

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Lead:"), rowFor(leadField, tr("Lead"), m_leadPicker, { m_addLeadButton }));
    form->addRow(tr("Co&ntact:"),
                 rowFor(contactField, tr("Contact"), m_contactPicker, { m_addContactButton }));
    form->addRow(tr("&Type:"), rowFor(typeField, tr("Type"), m_typePicker));
    form->addRow(tr("&Date and time:"), rowFor(dateField, tr("Date and time"), m_dateEdit));
    form->addRow(tr("Deta&ils:"), rowFor(detailsField, tr("Details"), m_detailsEdit));
    form->addRow(QString(), rowFor(orderPlacedField, tr("Order placed"), m_orderPlacedCheck));
    // Each label is its field's buddy, so that Alt+letter reaches it.
    const QList<QWidget *> buddies { m_leadPicker, m_contactPicker, m_typePicker, m_dateEdit,
                                     m_detailsEdit };
    for (int row = 0; row < buddies.size(); ++row) {
        if (auto *label
            = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddies.at(row));
    }

    auto *orderForm = new QFormLayout(m_orderGroup);
    orderForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    orderForm->addRow(tr("&Product:"), rowFor(productField, tr("Product"), m_productEdit));
    orderForm->addRow(tr("&Quantity:"), rowFor(quantityField, tr("Quantity"), m_quantitySpin));
    orderForm->addRow(tr("Total p&rice:"),
                      rowFor(totalPriceField, tr("Total price"), m_totalPriceEdit));
    orderForm->addRow(tr("Order d&ate:"),
                      rowFor(orderDateField, tr("Order date"), m_orderDateEdit));
    const QList<QWidget *> orderBuddies { m_productEdit, m_quantitySpin, m_totalPriceEdit,
                                          m_orderDateEdit };
    for (int row = 0; row < orderBuddies.size(); ++row) {
        if (auto *label
            = qobject_cast<QLabel *>(orderForm->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setBuddy(orderBuddies.at(row));
    }

    QDialogButtonBox *buttons = makeButtons();

    // The fields scroll when the screen is too short for them (a small laptop's screen with
    // the order's fields shown); the buttons stay in sight.
    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("interactionFields"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_orderGroup);
    fieldsLayout->addStretch(1);
    m_fieldsScroll = new QScrollArea(this);
    m_fieldsScroll->setObjectName(QStringLiteral("fieldsScroll"));
    m_fieldsScroll->setWidget(fields);
    m_fieldsScroll->setWidgetResizable(true);
    m_fieldsScroll->setFrameShape(QFrame::NoFrame);
    m_fieldsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fieldsScroll->setFocusPolicy(Qt::NoFocus);
    // Whatever brings a field the focus (Tab, its Alt+letter, a picker moving on) brings it
    // into sight; the scroll area alone does so only for some of them.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_fieldsScroll->widget()->isAncestorOf(now))
            m_fieldsScroll->ensureWidgetVisible(now, 0, fontMetrics().height());
    });

    m_stillNeeded = new QLabel(this);
    m_stillNeeded->setObjectName(QStringLiteral("stillNeededLabel"));
    m_stillNeeded->setWordWrap(true);
    m_stillNeeded->setTextFormat(Qt::PlainText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_stillNeeded, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fieldsScroll, 1);
    layout->addLayout(bottom);
    // Reading order; the "+" buttons are left out (their shortcuts reach them).
    chainTabOrder({ m_leadPicker, m_contactPicker, m_typePicker, m_dateEdit, m_detailsEdit,
                    m_orderPlacedCheck, m_productEdit, m_quantitySpin, m_totalPriceEdit,
                    m_orderDateEdit, saveButton(), buttons->button(QDialogButtonBox::Cancel) });

    // A picker is touched when the person types or picks in it, not when the dialog fills it
    // (a lead's change empties its contact: no "required" before they reach that field).
    for (const auto &[picker, field] :
         { std::pair(m_leadPicker, leadField), std::pair(m_contactPicker, contactField) }) {
        auto touchAndCheck = [this, field = field] {
            touchThrough(field);
            validate();
        };
        connect(picker->lineEdit(), &QLineEdit::textEdited, this, touchAndCheck);
        connect(picker, &QComboBox::activated, this, touchAndCheck);
    }
    connect(m_leadPicker, &RecordPicker::selectionChanged, this, &InteractionDialog::leadChanged);
    connect(m_contactPicker, &RecordPicker::selectionChanged, this, [this] {
        // Picking a contact first picks its lead too.
        if (!m_leadPicker->selectedId() && !m_leadPicker->hasUnknownText()) {
            const int row = m_contacts->rowOf(m_contactPicker->selectedId().value_or(0));
            if (row >= 0)
                m_leadPicker->setSelectedId(m_contacts->contactAt(row).lead);
        }
        validate();
    });
    connect(m_addLeadButton, &QToolButton::clicked, this, &InteractionDialog::addLead);
    connect(m_addContactButton, &QToolButton::clicked, this, &InteractionDialog::addContact);
    connect(m_typePicker, &QComboBox::currentIndexChanged, this, [this] {
        touchThrough(typeField);
        if (m_typePicker->currentData().toString() == InteractionTypes::code(InteractionType::Order)
            && !m_orderPlacedCheck->isChecked())
            m_orderPlacedCheck->setChecked(true);
        validate();
    });
    connect(m_dateEdit, &DateTimeField::edited, this, [this] {
        touchThrough(dateField);
        if (const std::optional<QDateTime> time = m_dateEdit->dateTime();
            time && m_orderDateFollowsDate)
            m_orderDateEdit->setDateTime(*time);
        validate();
    });
    connect(m_detailsEdit, &QPlainTextEdit::textChanged, this, [this] {
        touchThrough(detailsField);
        validate();
    });
    connect(m_orderPlacedCheck, &QCheckBox::toggled, this, [this] {
        touchThrough(orderPlacedField);
        validate(); // first: the line of what Save waits for is part of the height
        updateOrderGroup();
    });
    connect(m_productEdit, &QLineEdit::textEdited, this, [this] {
        touchThrough(productField);
        validate();
    });
    connect(m_quantitySpin, &QSpinBox::valueChanged, this, [this] {
        touchThrough(quantityField);
        validate();
    });
    connect(m_totalPriceEdit, &QLineEdit::textEdited, this, [this] {
        touchThrough(totalPriceField);
        validate();
    });
    connect(m_orderDateEdit, &DateTimeField::edited, this, [this] {
        m_orderDateFollowsDate = false;
        touchThrough(orderDateField);
        validate();
    });

    updateOrderGroup();
    validate();
    resize(fontMetrics().averageCharWidth() * 75, height());
    fitToScreen();
    focusFirstNeeded();
}

void InteractionDialog::focusFirstNeeded()
{
    // Lead and contact first; once they are known, what was said is what is left to type.
    if (!m_leadPicker->selectedId())
        m_leadPicker->setFocus();
    else if (!m_contactPicker->selectedId())
        m_contactPicker->setFocus();
    else {
        m_detailsEdit->setFocus();
        m_detailsEdit->moveCursor(QTextCursor::End);
    }
}

InteractionDialog::~InteractionDialog()
{
    // QDialog's destructor hides the window, and a picker losing the focus then says its text
    // changed: not to this dialog's slots, whose members are gone by then.
    disconnect(m_leadPicker, nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr); // the focus moving as the window goes
    disconnect(m_contactPicker, nullptr, this, nullptr);
}

void InteractionDialog::setInteraction(const Interaction &interaction,
                                       const std::optional<OrderDetails> &order)
{
    m_original = interaction;
    m_originalOrder = order;
    setWindowTitle(tr("Edit Interaction"));
    m_leadPicker->setSelectedId(interaction.lead);
    m_contacts->setLead(interaction.lead);
    m_contactPicker->setSelectedId(interaction.contact);
    m_typePicker->setCurrentIndex(m_typePicker->findData(InteractionTypes::code(interaction.type)));
    m_dateEdit->setDateTime(interaction.date.toLocalTime());
    m_detailsEdit->setPlainText(interaction.details);
    m_orderPlacedCheck->setChecked(interaction.orderPlaced);
    if (order) {
        m_productEdit->setText(order->productDetails);
        m_quantitySpin->setValue(int(order->quantity));
        m_totalPriceEdit->setText(order->totalPrice.toDecimalText());
        m_orderDateEdit->setDateTime(order->orderDate.toLocalTime());
    }
    m_orderDateFollowsDate = !order;
    // A stored interaction shows every problem at once: nothing of it is new.
    touchEveryField();
    updateOrderGroup();
    validate();
    focusFirstNeeded();
}

void InteractionDialog::setLead(qint64 lead)
{
    m_leadPicker->setSelectedId(lead);
    untouch(leadField);
    validate();
    focusFirstNeeded();
}

void InteractionDialog::setContact(qint64 contact)
{
    m_contactPicker->setSelectedId(contact);
    untouch(contactField);
    validate();
    focusFirstNeeded();
}

QVariantList InteractionDialog::fieldValues() const
{
    QVariantList values { m_leadPicker->currentText(),  m_contactPicker->currentText(),
                          m_typePicker->currentIndex(), m_dateEdit->text(),
                          m_detailsEdit->toPlainText(), m_orderPlacedCheck->isChecked() };
    // Order fields hidden with the box unticked are not what would be saved.
    if (m_orderPlacedCheck->isChecked())
        values << m_productEdit->text() << m_quantitySpin->value() << m_totalPriceEdit->text()
               << m_orderDateEdit->text();
    return values;
}

void InteractionDialog::touchThrough(const QString &field)
{
    touch(field);
    for (const QString &above : fieldOrder) {
        if (above == field)
            break;
        touch(above);
    }
}

void InteractionDialog::leadChanged()
{
    const std::optional<qint64> lead = m_leadPicker->selectedId();
    const std::optional<qint64> contact = m_contactPicker->selectedId();
    m_contacts->setLead(lead);
    if (lead) {
        // A contact of another lead cannot stay; a lead's only contact is the likely one.
        if (contact && m_contacts->rowOf(*contact) < 0)
            m_contactPicker->setSelectedId(std::nullopt);
        if (!m_contactPicker->selectedId() && m_contacts->rowCount() == 1)
            m_contactPicker->setSelectedId(m_contacts->contactAt(0).id);
    }
    m_addContactButton->setEnabled(lead.has_value());
    validate();
}

void InteractionDialog::addLead()
{
    LeadDialog dialog(m_database, this);
    if (!m_leadPicker->hasUnknownText())
        dialog.setName(QString());
    else
        dialog.setName(m_leadPicker->currentText().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_leads->refresh();
    m_leadPicker->setSelectedId(dialog.saved().id);
    m_contactPicker->setFocus();
}

void InteractionDialog::addContact()
{
    const std::optional<qint64> lead = m_leadPicker->selectedId();
    if (!lead)
        return;
    ContactDialog dialog(m_database, this);
    dialog.setLead(*lead);
    if (m_contactPicker->hasUnknownText())
        dialog.setName(m_contactPicker->currentText().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_contacts->refresh();
    m_contactPicker->setSelectedId(dialog.saved().id);
    m_typePicker->setFocus();
}

void InteractionDialog::updateOrderGroup()
{
    m_orderGroup->setVisible(m_orderPlacedCheck->isChecked());
    // Taller or shorter by the order's fields; the width the person gave the dialog stays.
    if (isVisible())
        fitToScreen();
}

void InteractionDialog::fitToScreen()
{
    QWidget *fields = m_fieldsScroll->widget();
    fields->layout()->activate();
    // Wrapped lines (a problem's message) are taller when narrower: the height at the width the
    // fields get beside a scroll bar.
    const int besideBar
        = m_fieldsScroll->width() - m_fieldsScroll->verticalScrollBar()->sizeHint().width();
    const int wanted = fields->hasHeightForWidth()
        ? qMax(fields->sizeHint().height(), fields->heightForWidth(besideBar))
        : fields->sizeHint().height();
    // A scroll area asks for no width of its own: the fields' least, and room for the bar.
    m_fieldsScroll->setMinimumWidth(fields->minimumSizeHint().width()
                                    + m_fieldsScroll->verticalScrollBar()->sizeHint().width());
    m_fieldsScroll->setMinimumHeight(fontMetrics().height() * 8);
    layout()->activate();
    // Every field in sight if the screen has room for them, less the window's frame and title;
    // else as tall as the screen, and the fields scroll. The person may make it smaller still.
    const int besides = sizeHint().height() - m_fieldsScroll->sizeHint().height();
    const QScreen *where = screen();
    const int room = where
        ? where->availableGeometry().height() - style()->pixelMetric(QStyle::PM_TitleBarHeight) * 2
        : besides + wanted;
    resize(width(), qMax(minimumSizeHint().height(), qMin(besides + wanted, room)));
}

InteractionDraft InteractionDialog::draft() const
{
    InteractionDraft result;
    result.lead = m_leadPicker->selectedId();
    result.contact = m_contactPicker->selectedId();
    result.type = InteractionTypes::fromCode(m_typePicker->currentData().toString());
    result.details = m_detailsEdit->toPlainText();
    result.orderPlaced = m_orderPlacedCheck->isChecked();
    if (const std::optional<QDateTime> date = m_dateEdit->dateTime())
        result.date = date->toUTC();
    return result;
}

std::optional<OrderDetailsDraft> InteractionDialog::orderDraft() const
{
    if (!m_orderPlacedCheck->isChecked())
        return std::nullopt;
    OrderDetailsDraft result;
    result.productDetails = m_productEdit->text().trimmed();
    result.quantity = m_quantitySpin->value();
    ValidationErrors unread; // problems() says why
    result.totalPrice = Rules::readTypedAmount(m_totalPriceEdit->text(), totalPriceField, unread);
    if (const std::optional<QDateTime> date = m_orderDateEdit->dateTime())
        result.orderDate = date->toUTC();
    return result;
}

ValidationErrors InteractionDialog::problems() const
{
    ValidationErrors errors;
    // What the person typed but we could not read says so, before the rules' "required".
    if (m_leadPicker->hasUnknownText())
        errors.add(leadField, QT_TRANSLATE_NOOP("Rules", "No lead has that name."));
    if (m_contactPicker->hasUnknownText())
        errors.add(contactField,
                   QT_TRANSLATE_NOOP("Rules", "No contact of this lead has that name."));
    if (m_leadPicker->isAmbiguous())
        errors.add(leadField,
                   QT_TRANSLATE_NOOP("Rules", "More than one lead has that name: choose one."));
    if (m_contactPicker->isAmbiguous())
        errors.add(contactField,
                   QT_TRANSLATE_NOOP("Rules", "More than one contact has that name: choose one."));
    // An empty picker asks for a choice, in the window's words rather than the API's.
    if (!m_leadPicker->selectedId() && !m_leadPicker->hasUnknownText())
        errors.add(leadField, Rules::chooseLead());
    if (!m_contactPicker->selectedId() && !m_contactPicker->hasUnknownText())
        errors.add(contactField, Rules::chooseContact());
    addDateProblem(errors, dateField, m_dateEdit);
    if (m_orderPlacedCheck->isChecked()) {
        if (!m_totalPriceEdit->text().trimmed().isEmpty())
            Rules::readTypedAmount(m_totalPriceEdit->text(), totalPriceField, errors);
        addDateProblem(errors, orderDateField, m_orderDateEdit);
    }
    const std::optional<qint64> id
        = m_original ? std::optional<qint64>(m_original->id) : std::nullopt;
    errors.merge(InteractionStore(m_database).check(draft(), id, orderDraft()));
    return errors;
}

void InteractionDialog::validate()
{
    const ValidationErrors errors = problems();
    showProblems(errors);
    saveButton()->setToolTip(errors.isEmpty() ? QString()
                                              : tr("Fill in the fields above to save."));
    // A greyed Save says what it waits for: the fields whose problem is not shown yet.
    QStringList waitingFor;
    for (const QString &field : fieldOrder) {
        const FieldProblemLabel *label = problemLabels().value(field);
        if (label && errors.has(field) && label->problems().isEmpty())
            waitingFor << label->field();
    }
    m_stillNeeded->setText(
        waitingFor.isEmpty()
            ? QString()
            : tr("To save, fill in: %1.").arg(QLocale().createSeparatedList(waitingFor)));
}

void InteractionDialog::accept()
{
    // A name several share was typed and not picked: ask, rather than take the first.
    if (!m_leadPicker->chooseAmongSameNames() || !m_contactPicker->chooseAmongSameNames())
        return;
    const ValidationErrors errors = problems();
    if (!errors.isEmpty()) {
        for (const QString &field : errors.fields())
            touch(field);
        validate();
        return;
    }
    InteractionStore store(m_database);
    const std::optional<OrderDetailsDraft> order = orderDraft();
    const StoreResult<Interaction> result = m_write ? m_write(draft(), order)
        : m_original                                ? store.replace(m_original->id, draft(), order)
                                                    : store.create(draft(), order);
    if (!written(result,
                 tr("This interaction was deleted meanwhile, perhaps through the REST API, so "
                    "the changes could not be saved."),
                 tr("The interaction could not be saved: %1\n\nEverything you entered is "
                    "still here; try again once the problem is solved.")))
        return;
    m_saved = result.value;
    m_savedOrder.reset();
    if (const StoreResult<OrderDetails> stored = store.orderDetails(m_saved.id); stored.ok())
        m_savedOrder = stored.value;
    QDialog::accept();
}
