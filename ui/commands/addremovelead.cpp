#include "addremovelead.h"

namespace {

AddRemoveRecord<LeadStore>::Messages leadMessages()
{
    return { QCoreApplication::translate("Undo", "The lead no longer exists."),
             QCoreApplication::translate("Undo",
                                         "%1 has been given contacts since it was added, so it "
                                         "is kept. Its addition can no longer be undone."),
             QCoreApplication::translate("Undo", "The lead could not be put back as it was.") };
}

} // namespace

AddLead::AddLead(Database &database, const Lead &added, UndoFailure failure)
    : AddRemoveRecord(database, added.id, added.name,
                      QCoreApplication::translate("Undo", "Add Lead"), leadMessages(),
                      std::move(failure))
{ }

DeleteLead::DeleteLead(Database &database, const Lead &lead, UndoFailure failure)
    : AddRemoveRecord(database, lead.id, lead.name,
                      QCoreApplication::translate("Undo", "Delete Lead"), leadMessages(),
                      std::move(failure))
{ }
