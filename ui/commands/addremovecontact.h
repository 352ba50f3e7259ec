#pragma once

// Adding a contact and deleting one, with its interactions and their order details, as undo
// commands (AddRemoveRecord run one way or the other).

#include "addremoverecord.h"
#include "core/contact.h"
#include "storage/contactstore.h"

// The contact was written by its dialog before the push: the first redo finds it stored. Undo
// takes it out unless an API client has logged interactions with it meanwhile.
class AddContact final : public AddRemoveRecord<ContactStore>
{
public:
    AddContact(Database &database, const Contact &added, UndoFailure failure);

    void undo() override { removeRecord(ContactStore::Cascade::Refused); }
    void redo() override { addRecord(); }
};

// Deletes the contact in redo(), at the push too; undo puts it back with its interactions under
// the old ids.
class DeleteContact final : public AddRemoveRecord<ContactStore>
{
public:
    DeleteContact(Database &database, const Contact &contact, UndoFailure failure);

    void undo() override { addRecord(); }
    void redo() override { removeRecord(ContactStore::Cascade::Allowed); }
};
