#pragma once

// Changes a lead's status (as chosen in the leads table) in redo(); undo sets the one it had.

#include "commands/recordcommand.h"
#include "commands/undofailure.h"
#include "core/leadstatus.h"

class Database;

class ChangeLeadStatus final : public RecordCommand
{
public:
    ChangeLeadStatus(Database &database, qint64 lead, LeadStatus from, LeadStatus to,
                     UndoFailure failure);

    QString whyItWouldFail() const override;
    void undo() override { set(m_from); }
    void redo() override { set(m_to); }

private:
    void set(LeadStatus status);

    Database &m_database;
    qint64 m_lead;
    LeadStatus m_from;
    LeadStatus m_to;
    UndoFailure m_failure;
};
