#pragma once

// The leads tab: the leads by name with a type-ahead search, added, edited and deleted here,
// beside the chosen lead's page.

#include "contact.h"
#include "lead.h"

#include <QWidget>

#include <optional>

class Database;
class LeadListModel;
class LeadPage;
class QLineEdit;
class QPushButton;
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
    LeadListModel *leads() const { return m_leads; }

public slots:
    void addLead();
    void editLead();
    void deleteLead();

signals:
    void interactionOpenRequested(qint64 interaction);
    void newInteractionRequested(qint64 lead);
    // A dialog changed a lead or a contact: what it was before, for the window's undo.
    void leadEdited(const Lead &before);
    void contactEdited(const Contact &before);

private:
    void selectionChanged();

    Database &m_database;
    LeadListModel *m_leads;
    QLineEdit *m_searchEdit;
    QTableView *m_table;
    LeadPage *m_page;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    std::optional<qint64> m_keptLead;
};
