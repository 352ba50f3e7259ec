#include "filterpanel.h"

#include "core/validationerrors.h"
#include "datetimefield.h"
#include "fieldproblemlabel.h"
#include "formrow.h"
#include "itemmodels/contactlistmodel.h"
#include "itemmodels/leadlistmodel.h"
#include "recordpicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

FilterPanel::FilterPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_leads(new LeadListModel(database, this))
    , m_contacts(new ContactListModel(database, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    setAccessibleName(tr("Filters"));

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setToolTip(tr("Finds text in the details, the names of leads and contacts, "
                                "and the products of orders"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")),
                            QLineEdit::LeadingPosition);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, &FilterPanel::clearSearch);

    m_leadPicker = new RecordPicker(m_leads, LeadListModel::IdRole, this);
    m_leadPicker->setObjectName(QStringLiteral("leadFilter"));
    m_leadPicker->setPlaceholderText(tr("All leads"));
    m_leadPicker->setAccessibleName(tr("Lead filter"));
    m_contactPicker = new RecordPicker(m_contacts, ContactListModel::IdRole, this);
    m_contactPicker->setObjectName(QStringLiteral("contactFilter"));
    m_contactPicker->setPlaceholderText(tr("All contacts"));
    m_contactPicker->setAccessibleName(tr("Contact filter"));

    auto *typesBox = new QGroupBox(tr("Types"), this);
    auto *typesLayout = new QVBoxLayout(typesBox);
    typesLayout->setSpacing(2);
    for (InteractionType type : InteractionTypes::all()) {
        auto *check = new QCheckBox(InteractionTypes::displayName(type), typesBox);
        check->setObjectName(QStringLiteral("typeFilter") + InteractionTypes::code(type));
        check->setProperty("typeCode", InteractionTypes::code(type));
        check->setAccessibleName(tr("Show %1").arg(InteractionTypes::displayName(type)));
        typesLayout->addWidget(check);
        m_typeChecks.append(check);
        connect(check, &QCheckBox::toggled, this, &FilterPanel::changed);
    }
    auto *typesHint = new QLabel(tr("None ticked: every type"), typesBox);
    typesHint->setEnabled(false);
    typesLayout->addWidget(typesHint);

    auto *datesBox = new QGroupBox(tr("Dates"), this);
    auto *datesLayout = new QFormLayout(datesBox);
    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("F&rom"), datesBox);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new DateTimeField(DateTimeField::Kind::DateOnly, datesBox);
    m_fromEdit->setDate(today.addMonths(-1));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_untilCheck = new QCheckBox(tr("&Until"), datesBox);
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    m_untilEdit = new DateTimeField(DateTimeField::Kind::DateOnly, datesBox);
    m_untilEdit->setDate(today);
    m_untilEdit->setObjectName(QStringLiteral("untilEdit"));
    m_untilEdit->setAccessibleName(tr("Until date"));
    auto *fromRow = new FormRow(tr("From date"), m_fromEdit);
    auto *untilRow = new FormRow(tr("Until date"), m_untilEdit);
    m_fromProblem = fromRow->problemLabel();
    m_untilProblem = untilRow->problemLabel();
    for (DateTimeField *edit : { m_fromEdit, m_untilEdit }) {
        edit->setEnabled(false);
        connect(edit, &DateTimeField::edited, this, &FilterPanel::changed);
    }
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &FilterPanel::changed);
    connect(m_untilCheck, &QCheckBox::toggled, this, &FilterPanel::changed);
    datesLayout->addRow(m_fromCheck, fromRow);
    datesLayout->addRow(m_untilCheck, untilRow);
    // Each bound's field comes right after its tick box (the rows took the fields as children).
    setTabOrder(m_fromCheck, m_fromEdit);
    setTabOrder(m_fromEdit, m_untilCheck);
    setTabOrder(m_untilCheck, m_untilEdit);

    m_ordersOnlyCheck = new QCheckBox(tr("&Orders only"), this);
    m_ordersOnlyCheck->setObjectName(QStringLiteral("ordersOnlyCheck"));
    connect(m_ordersOnlyCheck, &QCheckBox::toggled, this, &FilterPanel::changed);

    auto *clearButton = new QPushButton(tr("Clear Filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clearAll);

    auto *leadLabel = new QLabel(tr("Le&ad"), this);
    leadLabel->setBuddy(m_leadPicker);
    auto *contactLabel = new QLabel(tr("&Contact"), this);
    contactLabel->setBuddy(m_contactPicker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(leadLabel);
    layout->addWidget(m_leadPicker);
    layout->addWidget(contactLabel);
    layout->addWidget(m_contactPicker);
    layout->addWidget(typesBox);
    layout->addWidget(datesBox);
    layout->addWidget(m_ordersOnlyCheck);
    layout->addWidget(clearButton);
    layout->addStretch(1);

    // The search runs as the person types, once they pause: each keystroke would re-query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterPanel::changed);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &FilterPanel::changed);
    connect(m_leadPicker, &RecordPicker::selectionChanged, this, &FilterPanel::leadChanged);
    connect(m_contactPicker, &RecordPicker::selectionChanged, this, &FilterPanel::changed);
}

InteractionFilter FilterPanel::filter() const
{
    InteractionFilter result;
    result.lead = m_leadPicker->selectedId();
    result.contact = m_contactPicker->selectedId();
    for (QCheckBox *check : m_typeChecks) {
        if (check->isChecked())
            result.types.append(
                *InteractionTypes::fromCode(check->property("typeCode").toString()));
    }
    // Days are the person's own: from local midnight to the local midnight after "until".
    // A date that reads as no day does not filter (showDateProblems() says why).
    if (const std::optional<QDate> from = m_fromEdit->date(); from && m_fromCheck->isChecked())
        result.from = from->startOfDay().toUTC();
    if (const std::optional<QDate> until = m_untilEdit->date(); until && m_untilCheck->isChecked())
        result.until = until->addDays(1).startOfDay().toUTC();
    result.ordersOnly = m_ordersOnlyCheck->isChecked();
    result.text = m_searchEdit->text().trimmed();
    return result;
}

void FilterPanel::setLead(std::optional<qint64> lead)
{
    m_leadPicker->setSelectedId(lead);
}

void FilterPanel::leadChanged()
{
    const std::optional<qint64> lead = m_leadPicker->selectedId();
    // Typed text that names no lead yet: wait for the rest of the name.
    if (!lead && m_leadPicker->hasUnknownText())
        return;
    const std::optional<qint64> contact = m_contactPicker->selectedId();
    m_contacts->setLead(lead);
    if (contact && m_contacts->rowOf(*contact) < 0)
        m_contactPicker->setSelectedId(std::nullopt);
    changed();
}

void FilterPanel::showDateProblems()
{
    for (const auto &[check, edit, label] :
         { std::tuple(m_fromCheck, m_fromEdit, m_fromProblem),
           std::tuple(m_untilCheck, m_untilEdit, m_untilProblem) }) {
        QStringList problems;
        if (check->isChecked() && !edit->date()) {
            const TypedDateTime typed = edit->reading();
            problems.append(
                FieldProblem { {}, typed.problem(), typed.problemArguments() }.translated());
        }
        label->setProblems(problems);
    }
}

void FilterPanel::changed()
{
    if (m_restoring)
        return;
    showDateProblems();
    const InteractionFilter current = filter();
    if (current == m_lastFilter)
        return;
    m_lastFilter = current;
    emit filterChanged();
}

void FilterPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void FilterPanel::clearSearch()
{
    m_searchEdit->clear();
    m_searchDelay->stop();
    changed();
}

void FilterPanel::clearAll()
{
    m_restoring = true;
    m_leadPicker->setSelectedId(std::nullopt);
    m_contacts->setLead(std::nullopt);
    m_contactPicker->setSelectedId(std::nullopt);
    for (QCheckBox *check : m_typeChecks)
        check->setChecked(false);
    m_fromCheck->setChecked(false);
    m_untilCheck->setChecked(false);
    m_ordersOnlyCheck->setChecked(false);
    m_searchEdit->clear();
    m_searchDelay->stop();
    m_restoring = false;
    changed();
}

void FilterPanel::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("filters"));
    const InteractionFilter current = filter();
    settings.setValue(QStringLiteral("lead"), current.lead ? QVariant(*current.lead) : QVariant());
    settings.setValue(QStringLiteral("contact"),
                      current.contact ? QVariant(*current.contact) : QVariant());
    QStringList types;
    for (InteractionType type : current.types)
        types.append(InteractionTypes::code(type));
    settings.setValue(QStringLiteral("types"), types);
    settings.setValue(QStringLiteral("from"),
                      current.from ? QVariant(*m_fromEdit->date()) : QVariant());
    settings.setValue(QStringLiteral("until"),
                      current.until ? QVariant(*m_untilEdit->date()) : QVariant());
    settings.setValue(QStringLiteral("ordersOnly"), current.ordersOnly);
    settings.setValue(QStringLiteral("text"), current.text);
    settings.endGroup();
}

void FilterPanel::restoreState(QSettings &settings)
{
    m_restoring = true;
    settings.beginGroup(QStringLiteral("filters"));
    const QVariant lead = settings.value(QStringLiteral("lead"));
    m_leadPicker->setSelectedId(lead.isValid() ? std::optional<qint64>(lead.toLongLong())
                                               : std::nullopt);
    m_contacts->setLead(m_leadPicker->selectedId());
    const QVariant contact = settings.value(QStringLiteral("contact"));
    m_contactPicker->setSelectedId(contact.isValid() ? std::optional<qint64>(contact.toLongLong())
                                                     : std::nullopt);
    const QStringList types = settings.value(QStringLiteral("types")).toStringList();
    for (QCheckBox *check : m_typeChecks)
        check->setChecked(types.contains(check->property("typeCode").toString()));
    const QDate from = settings.value(QStringLiteral("from")).toDate();
    m_fromCheck->setChecked(from.isValid());
    if (from.isValid())
        m_fromEdit->setDate(from);
    const QDate until = settings.value(QStringLiteral("until")).toDate();
    m_untilCheck->setChecked(until.isValid());
    if (until.isValid())
        m_untilEdit->setDate(until);
    m_ordersOnlyCheck->setChecked(settings.value(QStringLiteral("ordersOnly")).toBool());
    m_searchEdit->setText(settings.value(QStringLiteral("text")).toString());
    m_searchDelay->stop();
    settings.endGroup();
    m_restoring = false;
    changed();
}
