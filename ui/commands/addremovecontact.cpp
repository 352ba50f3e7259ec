#include "addremovecontact.h"

namespace {

AddRemoveRecord<ContactStore>::Messages contactMessages()
{
    return { QCoreApplication::translate("Undo", "The contact no longer exists."),
             QCoreApplication::translate("Undo",
                                         "Interactions with %1 have been logged since the "
                                         "contact was added, so it is kept. Its addition can no "
                                         "longer be undone."),
             QCoreApplication::translate("Undo", "Its lead no longer exists.") };
}

} // namespace

AddContact::AddContact(Database &database, const Contact &added, UndoFailure failure)
    : AddRemoveRecord(database, added.id, added.name,
                      QCoreApplication::translate("Undo", "Add Contact"), contactMessages(),
                      std::move(failure))
{ }

DeleteContact::DeleteContact(Database &database, const Contact &contact, UndoFailure failure)
    : AddRemoveRecord(database, contact.id, contact.name,
                      QCoreApplication::translate("Undo", "Delete Contact"), contactMessages(),
                      std::move(failure))
{ }
