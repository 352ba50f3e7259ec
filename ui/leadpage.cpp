#include "leadpage.h"

#include "contactdialog.h"
#include "deletionquestion.h"
#include "headinglabel.h"
#include "itemmodels/contactlistmodel.h"
#include "itemmodels/leadtimelinemodel.h"
#include "recordhistorydialog.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"
#include "storage/replicastore.h"
#include "wrappedtextdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

QPushButton *button(const QString &icon, const QString &text, const QString &accessibleName,
                    QWidget *parent)
{
    auto *result = new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    result->setAccessibleName(accessibleName);
    return result;
}

} // namespace

LeadPage::LeadPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_contacts(new ContactListModel(database, this))
    , m_timeline(new LeadTimelineModel(database, this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("leadPage"));
    setAccessibleName(tr("Lead page"));
    m_contacts->setLead(-1); // nothing until a lead is chosen

    auto *nothing = new QLabel(tr("Choose a lead to see its contacts and interactions."), m_pages);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setEnabled(false);

    auto *content = new QWidget(m_pages);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("leadTitle"));
    m_facts = new QLabel(content);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(content);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflict = new QLabel(
        tr("The team server has another version of this lead or of one of its contacts: File > "
           "Conflicts."),
        content);
    m_conflict->setObjectName(QStringLiteral("leadConflictLabel"));
    m_conflict->setWordWrap(true);
    m_conflict->setVisible(false);

    auto *editLead
        = button(QStringLiteral("edit"), tr("Edit Lead…"), tr("Edit this lead"), content);
    auto *deleteLead
        = button(QStringLiteral("delete"), tr("Delete Lead…"), tr("Delete this lead"), content);
    auto *newInteraction = button(QStringLiteral("new"), tr("New Interaction…"),
                                  tr("New interaction with this lead"), content);
    auto *leadHistory = new QPushButton(tr("History…"), content);
    leadHistory->setObjectName(QStringLiteral("leadHistoryButton"));
    leadHistory->setAccessibleName(tr("Show every change of this lead"));
    connect(leadHistory, &QPushButton::clicked, this, [this] {
        if (m_lead)
            showHistory(RecordHistory::Kind::Lead, *m_lead);
    });
    connect(editLead, &QPushButton::clicked, this, &LeadPage::editLeadRequested);
    connect(deleteLead, &QPushButton::clicked, this, &LeadPage::deleteLeadRequested);
    connect(newInteraction, &QPushButton::clicked, this, [this] {
        if (m_lead)
            emit newInteractionRequested(*m_lead);
    });
    auto *leadButtons = new QHBoxLayout;
    leadButtons->addWidget(newInteraction);
    leadButtons->addWidget(editLead);
    leadButtons->addWidget(deleteLead);
    leadButtons->addWidget(leadHistory);
    leadButtons->addStretch(1);

    // Contacts
    auto *contactsBox = new QWidget(content);
    m_contactsView = new QTableView(contactsBox);
    m_contactsView->setObjectName(QStringLiteral("contactsView"));
    m_contactsView->setAccessibleName(tr("Contacts of this lead"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->verticalHeader()->hide();
    // A lead has a few contacts: each column shows its longest entry whole, but for the email,
    // which takes the room left and gives way when the page is narrow; a phone number cut short
    // is no use, an address cut short still says whose it is.
    m_contactsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contactsView->horizontalHeader()->setSectionResizeMode(ContactListModel::EmailColumn,
                                                             QHeaderView::Stretch);
    m_contactsView->horizontalHeader()->setStretchLastSection(false);
    m_contactsView->setColumnHidden(ContactListModel::LeadColumn, true);
    m_contactsView->setAlternatingRowColors(true);
    auto *addContactButton
        = button(QStringLiteral("add"), tr("Add Contact…"), tr("Add a contact"), contactsBox);
    addContactButton->setObjectName(QStringLiteral("addContactButton"));
    m_editContactButton = button(QStringLiteral("edit"), tr("Edit Contact…"),
                                 tr("Edit the selected contact"), contactsBox);
    m_deleteContactButton = button(QStringLiteral("delete"), tr("Delete Contact…"),
                                   tr("Delete the selected contact"), contactsBox);
    m_deleteContactButton->setObjectName(QStringLiteral("deleteContactButton"));
    m_contactHistoryButton = new QPushButton(tr("Contact History…"), contactsBox);
    m_contactHistoryButton->setObjectName(QStringLiteral("contactHistoryButton"));
    m_contactHistoryButton->setAccessibleName(tr("Show every change of the selected contact"));
    connect(m_contactHistoryButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> contact = selectedContact())
            showHistory(RecordHistory::Kind::Contact, *contact);
    });
    connect(addContactButton, &QPushButton::clicked, this, &LeadPage::addContact);
    connect(m_editContactButton, &QPushButton::clicked, this, &LeadPage::editContact);
    connect(m_deleteContactButton, &QPushButton::clicked, this, &LeadPage::deleteContact);
    // Double-click or Enter edits a contact; Delete deletes it (after asking).
    connect(m_contactsView, &QTableView::activated, this, &LeadPage::editContact);
    auto *deleteAction = new QAction(tr("Delete Contact…"), m_contactsView);
    deleteAction->setObjectName(QStringLiteral("deleteContactAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &LeadPage::deleteContact);
    m_contactsView->addAction(deleteAction);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadPage::updateButtons);
    connect(m_contacts, &QAbstractItemModel::modelReset, this, &LeadPage::updateButtons);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContactButton);
    contactButtons->addWidget(m_editContactButton);
    contactButtons->addWidget(m_deleteContactButton);
    contactButtons->addWidget(m_contactHistoryButton);
    contactButtons->addStretch(1);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->addWidget(new HeadingLabel(tr("Contacts"), contactsBox));
    contactsLayout->addWidget(m_contactsView);
    contactsLayout->addLayout(contactButtons);

    // Timeline
    auto *timelineBox = new QWidget(content);
    m_timelineTitle = new HeadingLabel(QString(), timelineBox);
    m_timelineView = new QListView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Interactions with this lead, newest first"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setUniformItemSizes(false);
    m_timelineView->setSpacing(2);
    m_timelineView->setItemDelegate(new WrappedTextDelegate(m_timelineView));
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_timelineView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit interactionOpenRequested(index.data(LeadTimelineModel::IdRole).toLongLong());
    });
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineTitle);
    timelineLayout->addWidget(m_timelineView);

    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(contactsBox);
    split->addWidget(timelineBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addWidget(m_notes);
    column->addWidget(m_conflict);
    column->addLayout(leadButtons);
    column->addWidget(split, 1);

    m_pages->addWidget(nothing);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // A write anywhere (another process too) resets these models: keep what was chosen and
    // where the timeline was scrolled to, so that a change elsewhere does not move the page.
    connect(m_contacts, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptContact = selectedContact(); });
    connect(m_contacts, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptContact ? m_contacts->rowOf(*m_keptContact) : -1;
        if (row >= 0)
            m_contactsView->selectRow(row);
        m_keptContact.reset();
    });
    connect(m_timeline, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex top = m_timelineView->indexAt(QPoint(1, 1));
        m_keptTimeline
            = { m_timeline->lead(),
                m_timelineView->currentIndex().data(LeadTimelineModel::IdRole).toLongLong(),
                top.data(LeadTimelineModel::IdRole).toLongLong(), m_timeline->rowCount() };
    });
    // The timeline refreshes itself on the same signal, and was connected first.
    connect(&m_database, &Database::changed, this, [this](Database::Changes changes) {
        if (changes & Database::Change::Leads)
            reload();
        else if (m_lead)
            m_timelineTitle->setText(
                tr("Interactions (%1)").arg(QLocale().toString(m_timeline->totalCount())));
        restoreTimeline();
    });
    updateButtons();
}

void LeadPage::showLead(std::optional<qint64> lead)
{
    m_lead = lead;
    m_contacts->setLead(lead.value_or(-1));
    m_timeline->setLead(lead);
    m_keptTimeline = {}; // another lead's page starts at its newest interaction
    reload();
}

void LeadPage::restoreTimeline()
{
    const KeptTimeline kept = std::exchange(m_keptTimeline, KeptTimeline {});
    if (!kept.lead || kept.lead != m_timeline->lead())
        return;
    // As many entries as were loaded, so that the kept ones can be found and scrolled to.
    while (m_timeline->rowCount() < kept.rows && m_timeline->canFetchMore({}))
        m_timeline->fetchMore({});
    auto rowOf = [this](qint64 id) {
        for (int row = 0; id && row < m_timeline->rowCount(); ++row) {
            if (m_timeline->index(row).data(LeadTimelineModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    };
    const int current = rowOf(kept.current);
    if (current >= 0) {
        m_timelineView->setCurrentIndex(m_timeline->index(current));
        m_timelineView->selectionModel()->select(m_timeline->index(current),
                                                 QItemSelectionModel::ClearAndSelect);
    }
    const int top = rowOf(kept.top);
    m_timelineView->doItemsLayout();
    if (top >= 0)
        m_timelineView->scrollTo(m_timeline->index(top), QAbstractItemView::PositionAtTop);
}

void LeadPage::reload()
{
    const StoreResult<Lead> found
        = m_lead ? LeadStore(m_database).get(*m_lead) : StoreResult<Lead>::notFound();
    if (!found.ok()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const Lead &lead = found.value;
    m_title->setText(lead.name);
    QStringList facts { LeadStatuses::displayName(lead.status) };
    for (const QString &part : { lead.city, lead.phone, lead.email }) {
        if (!part.isEmpty())
            facts.append(part);
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_notes->setText(lead.notes);
    m_notes->setVisible(!lead.notes.isEmpty());
    // On a replica: a conflict of the lead, or of one of its contacts, waits for a person.
    const StoreResult<qint64> open = ReplicaStore(m_database).openConflictsOfLead(lead.id);
    m_conflict->setVisible(open.ok() && open.value > 0);
    m_timelineTitle->setText(
        tr("Interactions (%1)").arg(QLocale().toString(m_timeline->totalCount())));
    m_pages->setCurrentIndex(1);
}

std::optional<qint64> LeadPage::selectedContact() const
{
    const QModelIndexList rows = m_contactsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(ContactListModel::IdRole).toLongLong();
}

void LeadPage::updateButtons()
{
    const bool selected = selectedContact().has_value();
    m_editContactButton->setEnabled(selected);
    m_deleteContactButton->setEnabled(selected);
    m_contactHistoryButton->setEnabled(selected);
}

void LeadPage::showHistory(RecordHistory::Kind kind, qint64 id)
{
    auto *dialog = new RecordHistoryDialog(m_database, kind, id, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LeadPage::addContact()
{
    if (!m_lead)
        return;
    ContactDialog dialog(m_database, this);
    dialog.setLead(*m_lead);
    dialog.setWrite(m_contactWrite);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_contacts->rowOf(dialog.saved().id);
        if (row >= 0)
            m_contactsView->selectRow(row);
    }
}

void LeadPage::editContact()
{
    RecordDialog::editStored<ContactStore>(m_database, selectedContact(), this,
                                           &ContactDialog::setContact, m_contactWrite);
}

void LeadPage::deleteContact()
{
    const std::optional<qint64> id = selectedContact();
    if (!id)
        return;
    ContactStore store(m_database);
    const StoreResult<Contact> contact = store.get(*id);
    if (!contact.ok())
        return;
    const qint64 interactions = store.interactionCount(*id).value;
    const QString question = interactions > 0
        ? tr("Delete %1? Their interactions (%2) will be deleted with them.")
              .arg(contact.value.name, QLocale().toString(interactions))
        : tr("Delete %1?").arg(contact.value.name);
    DeletionQuestion box(QMessageBox::Warning, tr("Delete Contact"), question,
                         QKeySequence(QKeySequence::Undo), QMessageBox::Cancel, this);
    if (!box.confirmed())
        return;
    emit contactDeletionConfirmed(contact.value);
}
