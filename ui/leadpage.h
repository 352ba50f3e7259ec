#pragma once

// One lead's page: who and where it is, its contacts (added, edited and deleted here) and its
// interactions as a timeline, newest first.

#include "contactdialog.h"
#include "core/contact.h"
#include "storage/recordhistory.h"

#include <QWidget>

#include <optional>

class ContactListModel;
class Database;
class LeadTimelineModel;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

class LeadPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadPage)

public:
    explicit LeadPage(Database &database, QWidget *parent = nullptr);

    std::optional<qint64> lead() const { return m_lead; }
    void showLead(std::optional<qint64> lead);
    QTableView *contactsView() const { return m_contactsView; }
    QListView *timelineView() const { return m_timelineView; }
    LeadTimelineModel *timeline() const { return m_timeline; }
    // How the contact dialog saves; see ContactDialog::setWrite().
    void setContactWrite(ContactDialog::Write write) { m_contactWrite = std::move(write); }

public slots:
    void addContact();
    void editContact();
    void deleteContact();

signals:
    void interactionOpenRequested(qint64 interaction);
    void newInteractionRequested(qint64 lead);
    void editLeadRequested();
    void deleteLeadRequested();
    // For the window's undo: the person confirmed a deletion, which the window's command makes.
    void contactDeletionConfirmed(const Contact &contact);

private:
    void reload();
    std::optional<qint64> selectedContact() const;
    void updateButtons();
    void showHistory(RecordHistory::Kind kind, qint64 id);
    void restoreTimeline();

    Database &m_database;
    std::optional<qint64> m_lead;
    ContactListModel *m_contacts;
    LeadTimelineModel *m_timeline;
    ContactDialog::Write m_contactWrite;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_notes;
    QLabel *m_conflict;
    QTableView *m_contactsView;
    QListView *m_timelineView;
    QLabel *m_timelineTitle;
    QPushButton *m_editContactButton;
    QPushButton *m_deleteContactButton;
    QPushButton *m_contactHistoryButton;
    std::optional<qint64> m_keptContact;
    // What the timeline showed before a reset: its lead, chosen and first visible entries.
    struct KeptTimeline
    {
        std::optional<qint64> lead;
        qint64 current = 0;
        qint64 top = 0;
        int rows = 0;
    };
    KeptTimeline m_keptTimeline;
};
