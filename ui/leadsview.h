#pragma once

// The leads tab: the leads in a table sorted by any column, narrowed by status and by a
// type-ahead search, their status changed in place; added, edited and deleted here, beside the
// chosen lead's page.

#include "contactdialog.h"
#include "core/contact.h"
#include "core/lead.h"
#include "leaddialog.h"

#include <QWidget>

#include <optional>

class Database;
class LeadPage;
class LeadStatusDelegate;
class LeadTableModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

class LeadsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsView)

public:
    explicit LeadsView(Database &database, QWidget *parent = nullptr);

    std::optional<qint64> selectedLead() const;
    void selectLead(qint64 lead);
    LeadPage *leadPage() const { return m_page; }
    QTableView *leadsTable() const { return m_table; }
    LeadTableModel *leads() const { return m_leads; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    // How the lead and contact dialogs save; see LeadDialog::setWrite().
    void setLeadWrite(LeadDialog::Write write) { m_leadWrite = std::move(write); }
    void setContactWrite(ContactDialog::Write write);

public slots:
    void addLead();
    void editLead();
    void deleteLead();

signals:
    void interactionOpenRequested(qint64 interaction);
    void newInteractionRequested(qint64 lead);
    // For the window's undo: the person confirmed a deletion, which the window's command makes;
    // a status was chosen in the table.
    void leadDeletionConfirmed(const Lead &lead);
    void contactDeletionConfirmed(const Contact &contact);
    void statusChangeRequested(qint64 lead, LeadStatus from, LeadStatus to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectionChanged();
    void placePage();

    Database &m_database;
    LeadTableModel *m_leads;
    QLineEdit *m_searchEdit;
    QComboBox *m_statusFilter;
    QTableView *m_table;
    LeadPage *m_page;
    QSplitter *m_split;
    bool m_handleMoved = false; // the person moved the splitter's handle
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    std::optional<qint64> m_keptLead;
    LeadDialog::Write m_leadWrite;
};
