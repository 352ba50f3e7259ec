#pragma once

// The one way generated rows, large or small, reach the database: each row checked by the rules
// first, then written under the caller's transaction, the interactions many to a statement.

#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/leaddraft.h"
#include "core/orderdetailsdraft.h"
#include "core/referencelookup.h"
#include "sampledata/datasetgenerator.h"
#include "storage/storeresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <optional>
#include <vector>

class GeneratedRows final
{
    Q_DISABLE_COPY_MOVE(GeneratedRows)

public:
    explicit GeneratedRows(const QSqlDatabase &db);

    // The new row's id, or why it was not written: the rules' words or the database's.
    StoreResult<qint64> addLead(const LeadDraft &lead);
    StoreResult<qint64> addContact(const ContactDraft &contact);
    // Checked now and written with the next full statement, or by finish(). Empty when all went
    // well, else the rules' words or the database's.
    QString addInteraction(const InteractionDraft &interaction,
                           const std::optional<OrderDetailsDraft> &order);
    // Writes the interactions still waiting; empty when all went well.
    QString finish();

    // What has been taken so far, orders being the interactions with one.
    const DatasetGenerator::Summary &taken() const { return m_taken; }

private:
    // The rules ask whether a lead or contact exists; the answer is already here, and asking
    // SQLite for every generated row would double the time taken.
    class References final : public ReferenceLookup
    {
    public:
        void addLead(qint64 lead) { m_leads.insert(lead, true); }
        void addContact(qint64 contact, qint64 lead) { m_contactLeads.insert(contact, lead); }
        bool leadExists(qint64 lead) const override { return m_leads.contains(lead); }
        std::optional<qint64> leadOfContact(qint64 contact) const override;
        // Asked only when a contact moves to another lead, which generating never does; the
        // answer is the one for a question that cannot be told.
        bool contactHasInteractions(qint64) const override { return true; }

    private:
        QHash<qint64, bool> m_leads;
        QHash<qint64, qint64> m_contactLeads;
    };

    struct PendingRow
    {
        qint64 lead;
        qint64 contact;
        const QString *typeCode;
        QString details;
        qint64 when;
        std::optional<OrderDetailsDraft> order;
    };

    QString writePending();

    QSqlDatabase m_db;
    QSqlQuery m_insertLead;
    QSqlQuery m_insertContact;
    QSqlQuery m_insertFull; // a full statement's worth of interactions
    QSqlQuery m_insertOrder;
    std::array<QString, 5> m_typeCodes; // by InteractionType, made once rather than per row
    std::vector<PendingRow> m_pending;
    References m_references;
    DatasetGenerator::Summary m_taken;
};
