#include "detailpane.h"

#include "storage/recordhistory.h"
#include "storage/replicastore.h"

#include "displaytext.h"
#include "headinglabel.h"
#include "recordhistorydialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and notes are never markup
    // A long word (an email address) must not widen the pane: the text wraps where it can and
    // the rest stays selectable, and whole in the tooltip.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                   | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

DetailPane::DetailPane(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Selected interaction"));

    auto *nothing = new QLabel(tr("Select an interaction to see it here."), m_pages);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setEnabled(false);

    auto *content = new QWidget(m_pages);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_leadLabel = valueLabel(content, tr("Lead"));
    m_leadLabel->setTextFormat(Qt::RichText);
    connect(m_leadLabel, &QLabel::linkActivated, this, [this] { emit leadRequested(m_lead); });
    m_contactLabel = valueLabel(content, tr("Contact"));
    m_dateLabel = valueLabel(content, tr("Date"));
    m_loggedLabel = valueLabel(content, tr("Logged"));
    m_loggedLabel->setObjectName(QStringLiteral("loggedLabel"));
    m_changedLabel = valueLabel(content, tr("Last changed"));
    m_changedLabel->setObjectName(QStringLiteral("changedLabel"));
    m_detailsLabel = valueLabel(content, tr("Details"));
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    m_form = form;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Lead:"), m_leadLabel);
    form->addRow(tr("Contact:"), m_contactLabel);
    form->addRow(tr("Date:"), m_dateLabel);
    form->addRow(tr("Logged:"), m_loggedLabel);
    form->addRow(tr("Last changed:"), m_changedLabel);
    m_conflictLabel = valueLabel(content, tr("Sync"));
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setText(
        tr("The team server has another version of this interaction: File > Conflicts."));
    form->addRow(tr("Sync:"), m_conflictLabel);

    // The order is a section like Details, under a heading of the same kind.
    m_orderGroup = new QWidget(content);
    m_orderGroup->setObjectName(QStringLiteral("orderSection"));
    m_orderGroup->setAccessibleName(tr("Order"));
    m_productLabel = valueLabel(m_orderGroup, tr("Product"));
    m_quantityLabel = valueLabel(m_orderGroup, tr("Quantity"));
    m_totalLabel = valueLabel(m_orderGroup, tr("Total price"));
    m_orderDateLabel = valueLabel(m_orderGroup, tr("Order date"));
    m_orderMissingLabel
        = new QLabel(tr("An order was placed; its details were not recorded."), m_orderGroup);
    m_orderMissingLabel->setWordWrap(true);
    auto *orderForm = new QFormLayout;
    orderForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_orderForm = orderForm;
    auto *orderColumn = new QVBoxLayout(m_orderGroup);
    orderColumn->setContentsMargins(0, 0, 0, 0);
    orderColumn->addWidget(new HeadingLabel(tr("Order"), m_orderGroup));
    orderColumn->addLayout(orderForm);
    orderForm->addRow(tr("Product:"), m_productLabel);
    orderForm->addRow(tr("Quantity:"), m_quantityLabel);
    orderForm->addRow(tr("Total price:"), m_totalLabel);
    orderForm->addRow(tr("Order date:"), m_orderDateLabel);
    orderForm->addRow(m_orderMissingLabel);

    auto *editButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("E&dit…"), content);
    editButton->setAccessibleName(tr("Edit this interaction"));
    auto *deleteButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), content);
    deleteButton->setAccessibleName(tr("Delete this interaction"));
    m_historyButton = new QPushButton(tr("History…"), content);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setAccessibleName(tr("Show every change of this interaction"));
    connect(editButton, &QPushButton::clicked, this, &DetailPane::editRequested);
    connect(deleteButton, &QPushButton::clicked, this, &DetailPane::deleteRequested);
    connect(m_historyButton, &QPushButton::clicked, this, &DetailPane::showHistory);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(editButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);
    // A row of its own: beside the other two it would not fit the pane's usual width.
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyButton);
    historyRow->addStretch(1);

    auto *detailsTitle = new HeadingLabel(tr("Details"), content);

    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addLayout(form);
    column->addWidget(detailsTitle);
    column->addWidget(m_detailsLabel);
    column->addSpacing(column->spacing());
    column->addWidget(m_orderGroup);
    column->addSpacing(column->spacing());
    column->addLayout(buttons);
    column->addLayout(historyRow);
    column->addStretch(1);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    m_pages->addWidget(nothing);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&m_database, &Database::changed, this, &DetailPane::reload);
}

void DetailPane::showInteraction(std::optional<qint64> id)
{
    m_interaction = id;
    reload();
}

void DetailPane::showHistory()
{
    if (!m_interaction)
        return;
    auto *dialog = new RecordHistoryDialog(m_database, RecordHistory::Kind::Interaction,
                                           *m_interaction, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString DetailPane::loggedText() const
{
    return m_pages->currentIndex() == 1 && m_loggedLabel->isVisibleTo(this) ? m_loggedLabel->text()
                                                                            : QString();
}

QString DetailPane::changedText() const
{
    return m_pages->currentIndex() == 1 && m_changedLabel->isVisibleTo(this)
        ? m_changedLabel->text()
        : QString();
}

QString DetailPane::detailsText() const
{
    return m_pages->currentIndex() == 1 ? m_detailsLabel->text() : QString();
}

QStringList DetailPane::orderTexts() const
{
    if (m_pages->currentIndex() != 1 || !m_orderGroup->isVisibleTo(this)
        || !m_productLabel->isVisibleTo(this))
        return {};
    return { m_productLabel->text(), m_quantityLabel->text(), m_totalLabel->text(),
             m_orderDateLabel->text() };
}

void DetailPane::reload()
{
    const InteractionStore store(m_database);
    const StoreResult<Interaction> found
        = m_interaction ? store.get(*m_interaction) : StoreResult<Interaction>::notFound();
    if (!found.ok()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const Interaction &interaction = found.value;
    const Lead lead = LeadStore(m_database).get(interaction.lead).value;
    const Contact contact = ContactStore(m_database).get(interaction.contact).value;
    m_lead = lead.id;
    m_title->setText(
        tr("%1 with %2").arg(InteractionTypes::displayName(interaction.type), contact.name));
    m_leadLabel->setText(QStringLiteral("<a href=\"lead\">%1</a>").arg(lead.name.toHtmlEscaped()));
    m_leadLabel->setToolTip(tr("Open the lead's page"));
    // Who, then how to reach them, a line each: a phone number is never broken in two.
    QStringList about {
        contact.role.isEmpty()
            ? contact.name
            : tr("%1 · %2", "contact's name · role").arg(contact.name, contact.role)
    };
    if (!contact.phone.isEmpty())
        about.append(QString(contact.phone).replace(QLatin1Char(' '), QChar::Nbsp));
    if (!contact.email.isEmpty())
        about.append(contact.email);
    m_contactLabel->setText(about.join(QLatin1Char('\n')));
    m_contactLabel->setToolTip(m_contactLabel->text());
    m_dateLabel->setText(DisplayText::longDateTime(interaction.date));
    // Who and when, from the history (none for what was logged before it was kept). A change
    // by a command, the shared token or a window without people names nobody.
    const StoreResult<QList<RecordHistory::Entry>> history
        = RecordHistory(m_database).of(RecordHistory::Kind::Interaction, interaction.id);
    const auto describe = [](const RecordHistory::Entry &entry) {
        const QString when = DisplayText::longDateTime(entry.at);
        return entry.personName.isEmpty()
            ? when
            : tr("%1, by %2", "when, by whom").arg(when, entry.personName);
    };
    std::optional<RecordHistory::Entry> logged;
    std::optional<RecordHistory::Entry> changed;
    for (const RecordHistory::Entry &entry : history.value) {
        if (entry.change == RecordHistory::Change::Created)
            logged = entry;
        else if (entry.change == RecordHistory::Change::Changed)
            changed = entry;
    }
    if (logged)
        m_loggedLabel->setText(describe(*logged));
    m_form->setRowVisible(m_loggedLabel, logged.has_value());
    if (changed)
        m_changedLabel->setText(describe(*changed));
    m_form->setRowVisible(m_changedLabel, changed.has_value());
    m_detailsLabel->setText(interaction.details.isEmpty() ? tr("(none)") : interaction.details);
    // On a replica: a conflict the team server answered waits for a person.
    const StoreResult<qint64> conflicts
        = ReplicaStore(m_database).openConflicts(RecordHistory::Kind::Interaction, interaction.id);
    m_form->setRowVisible(m_conflictLabel, conflicts.ok() && conflicts.value > 0);

    const StoreResult<OrderDetails> order = store.orderDetails(interaction.id);
    m_orderGroup->setVisible(interaction.orderPlaced || order.ok());
    const bool hasOrder = order.ok();
    for (QLabel *label : { m_productLabel, m_quantityLabel, m_totalLabel, m_orderDateLabel })
        m_orderForm->setRowVisible(label, hasOrder);
    m_orderForm->setRowVisible(m_orderMissingLabel, !hasOrder);
    if (hasOrder) {
        m_productLabel->setText(order.value.productDetails);
        m_quantityLabel->setText(QLocale().toString(order.value.quantity));
        m_totalLabel->setText(order.value.totalPrice.toLocaleText(QLocale()));
        m_orderDateLabel->setText(DisplayText::longDateTime(order.value.orderDate));
    }
    m_pages->setCurrentIndex(1);
}
