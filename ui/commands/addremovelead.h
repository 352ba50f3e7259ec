#pragma once

// Adding a lead and deleting one, with its contacts, their interactions and order details, as
// undo commands (AddRemoveRecord run one way or the other).

#include "addremoverecord.h"
#include "core/lead.h"
#include "storage/leadstore.h"

// The lead was written by its dialog before the push: the first redo finds it stored. Undo takes
// it out unless an API client has given it contacts meanwhile.
class AddLead final : public AddRemoveRecord<LeadStore>
{
public:
    AddLead(Database &database, const Lead &added, UndoFailure failure);

    void undo() override { removeRecord(LeadStore::Cascade::Refused); }
    void redo() override { addRecord(); }
};

// Deletes the lead in redo(), at the push too; undo puts it all back under the old ids.
class DeleteLead final : public AddRemoveRecord<LeadStore>
{
public:
    DeleteLead(Database &database, const Lead &lead, UndoFailure failure);

    void undo() override { addRecord(); }
    void redo() override { removeRecord(LeadStore::Cascade::Allowed); }
};
