#include "leadsview.h"

#include "deletionquestion.h"
#include "itemmodels/leadtablemodel.h"
#include "leaddialog.h"
#include "leadpage.h"
#include "leadstatusdelegate.h"
#include "rowtextdelegate.h"
#include "storage/leadstore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

LeadsView::LeadsView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_leads(new LeadTableModel(database, this))
{
    setObjectName(QStringLiteral("leadsView"));
    auto *listBox = new QWidget(this);
    m_searchEdit = new QLineEdit(listBox);
    m_searchEdit->setObjectName(QStringLiteral("leadSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find a lead"));
    m_searchEdit->setAccessibleName(tr("Find a lead by name"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")),
                            QLineEdit::LeadingPosition);
    connect(m_searchEdit, &QLineEdit::textChanged, m_leads, &LeadTableModel::setNameFilter);

    m_statusFilter = new QComboBox(listBox);
    m_statusFilter->setObjectName(QStringLiteral("leadStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show leads of status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (LeadStatus status : LeadStatuses::all())
        m_statusFilter->addItem(LeadStatuses::displayName(status), int(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_leads->setStatusFilter(status < 0 ? std::nullopt
                                            : std::optional<LeadStatus>(LeadStatus(status)));
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_statusFilter);

    m_table = new QTableView(listBox);
    m_table->setObjectName(QStringLiteral("leadsTable"));
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_leads);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Only the status is editable: double-click, F2 or typing the first letters of a status.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Statuses in Hindi sit level with the names and cities beside them, clear of the grid.
    m_table->setItemDelegate(new RowTextDelegate(m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(RowTextDelegate::rowHeight(m_table->font()));
    auto *statusDelegate = new LeadStatusDelegate(m_table);
    m_table->setItemDelegateForColumn(LeadTableModel::StatusColumn, statusDelegate);
    // Queued: the change rewrites the table, which must not happen while its editor commits.
    connect(statusDelegate, &LeadStatusDelegate::statusChosen, this,
            &LeadsView::statusChangeRequested, Qt::QueuedConnection);
    // A write elsewhere (an API client logging a call) must not close the editor; the table
    // catches up once it is closed, after the chosen status is written.
    connect(statusDelegate, &LeadStatusDelegate::editingStarted, m_leads,
            [this] { m_leads->setRefreshHeld(true); });
    connect(
        statusDelegate, &LeadStatusDelegate::editingEnded, m_leads,
        [this] { m_leads->setRefreshHeld(false); }, Qt::QueuedConnection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::NameColumn, Qt::AscendingOrder);
    // The name takes the room; the other columns are short and shown whole.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeadTableModel::NameColumn,
                                                      QHeaderView::Stretch);

    auto *addButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Lead…"), listBox);
    addButton->setObjectName(QStringLiteral("newLeadButton"));
    m_editButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit…"), listBox);
    m_editButton->setAccessibleName(tr("Edit the selected lead"));
    m_deleteButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), listBox);
    m_deleteButton->setAccessibleName(tr("Delete the selected lead"));
    connect(addButton, &QPushButton::clicked, this, &LeadsView::addLead);
    connect(m_editButton, &QPushButton::clicked, this, &LeadsView::editLead);
    connect(m_deleteButton, &QPushButton::clicked, this, &LeadsView::deleteLead);
    // Delete in the list deletes the lead (after asking), as it does in the interactions table.
    auto *deleteAction = new QAction(tr("Delete Lead…"), m_table);
    deleteAction->setObjectName(QStringLiteral("deleteLeadAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &LeadsView::deleteLead);
    m_table->addAction(deleteAction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);

    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table);
    listLayout->addLayout(buttons);

    m_page = new LeadPage(database, this);
    connect(m_page, &LeadPage::contactDeletionConfirmed, this,
            &LeadsView::contactDeletionConfirmed);
    connect(m_page, &LeadPage::interactionOpenRequested, this,
            &LeadsView::interactionOpenRequested);
    connect(m_page, &LeadPage::newInteractionRequested, this, &LeadsView::newInteractionRequested);
    connect(m_page, &LeadPage::editLeadRequested, this, &LeadsView::editLead);
    connect(m_page, &LeadPage::deleteLeadRequested, this, &LeadsView::deleteLead);

    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("leadsSplitter"));
    m_split->addWidget(listBox);
    // Scrolled when the window is too short for it under the table, rather than squeezing the
    // table to a row.
    auto *pageScroll = new QScrollArea(m_split);
    pageScroll->setObjectName(QStringLiteral("leadPageScroll"));
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setWidgetResizable(true);
    pageScroll->setWidget(m_page);
    m_split->addWidget(pageScroll);
    // The table's six columns want more of the width than the page beside it.
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    m_split->installEventFilter(this);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_handleMoved = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadsView::selectionChanged);
    // A reset (any write to the leads) must not lose the lead being looked at.
    connect(m_leads, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptLead = selectedLead(); });
    connect(m_leads, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptLead && m_leads->rowOf(*m_keptLead) >= 0)
            selectLead(*m_keptLead);
        else
            selectionChanged();
    });
    selectionChanged();
}

std::optional<qint64> LeadsView::selectedLead() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(LeadTableModel::IdRole).toLongLong();
}

void LeadsView::selectLead(qint64 lead)
{
    int row = m_leads->rowOf(lead);
    if (row < 0 && !m_searchEdit->text().isEmpty()) {
        m_searchEdit->clear();
        row = m_leads->rowOf(lead);
    }
    if (row < 0 && m_statusFilter->currentIndex() > 0) {
        m_statusFilter->setCurrentIndex(0);
        row = m_leads->rowOf(lead);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_leads->index(row, 0));
    }
    selectionChanged();
}

void LeadsView::selectionChanged()
{
    const std::optional<qint64> lead = selectedLead();
    m_editButton->setEnabled(lead.has_value());
    m_deleteButton->setEnabled(lead.has_value());
    if (lead != m_page->lead())
        m_page->showLead(lead);
}

void LeadsView::setContactWrite(ContactDialog::Write write)
{
    m_page->setContactWrite(std::move(write));
}

void LeadsView::addLead()
{
    LeadDialog dialog(m_database, this);
    dialog.setWrite(m_leadWrite);
    if (dialog.exec() == QDialog::Accepted)
        selectLead(dialog.saved().id);
}

void LeadsView::editLead()
{
    RecordDialog::editStored<LeadStore>(m_database, selectedLead(), this, &LeadDialog::setLead,
                                        m_leadWrite);
}

void LeadsView::deleteLead()
{
    const std::optional<qint64> id = selectedLead();
    if (!id)
        return;
    LeadStore store(m_database);
    const StoreResult<Lead> lead = store.get(*id);
    const StoreResult<LeadStore::Dependents> dependents = store.dependents(*id);
    if (!lead.ok() || !dependents.ok())
        return;
    const QString question
        = tr("Delete %1? Its contacts (%2) and interactions (%3) will be deleted with it.")
              .arg(lead.value.name, QLocale().toString(dependents.value.contacts),
                   QLocale().toString(dependents.value.interactions));
    DeletionQuestion box(QMessageBox::Warning, tr("Delete Lead"), question,
                         QKeySequence(QKeySequence::Undo), QMessageBox::Cancel, this);
    if (!box.confirmed())
        return;
    emit leadDeletionConfirmed(lead.value);
}

bool LeadsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_split && event->type() == QEvent::Resize)
        placePage();
    return QWidget::eventFilter(watched, event);
}

// Side by side while the table shows every column whole with room for a name, beside a page
// wide enough for a contact's row; else the page goes under the table, and both have the
// view's width (headings in Hindi are longer than in English and need it sooner).
void LeadsView::placePage()
{
    const int character = m_table->fontMetrics().averageCharWidth();
    const QHeaderView *header = m_table->horizontalHeader();
    int tableWidth = character * 20 + m_table->frameWidth() * 2
        + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < LeadTableModel::columnTotal; ++column) {
        if (column != LeadTableModel::NameColumn && !header->isSectionHidden(column))
            tableWidth += header->sectionSize(column);
    }
    const int pageWidth = character * 50;
    const Qt::Orientation orientation
        = m_split->width() >= tableWidth + m_split->handleWidth() + pageWidth ? Qt::Horizontal
                                                                              : Qt::Vertical;
    const bool under = orientation == Qt::Vertical;
    if (orientation != m_split->orientation()) {
        m_split->setOrientation(orientation);
        // Under the table, the page (contacts and timeline) wants more of the height than the
        // table with its few leads; beside it, the table's columns want more of the width.
        m_split->setStretchFactor(0, under ? 2 : 3);
        m_split->setStretchFactor(1, under ? 3 : 2);
        m_handleMoved = false;
    } else if (m_handleMoved) {
        return; // what the person chose holds
    }
    const int length = under ? m_split->height() : m_split->width();
    m_split->setSizes({ length * (under ? 2 : 3) / 5, length * (under ? 3 : 2) / 5 });
}
