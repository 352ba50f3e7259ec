#include "commands/addremoverecord.h"

template<> AddRemoveRecord<LeadStore>::Messages AddRemoveRecord<LeadStore>::messages()
{
    return { QCoreApplication::translate("Undo", "Add Lead"),
             QCoreApplication::translate("Undo", "Delete Lead"),
             QCoreApplication::translate("Undo", "Edit Lead"),
             QCoreApplication::translate("Undo", "The lead no longer exists."),
             QCoreApplication::translate("Undo",
                                         "%1 has been given contacts since it was added, so it "
                                         "is kept. Its addition can no longer be undone."),
             QCoreApplication::translate("Undo", "The lead could not be put back as it was.") };
}

template<> AddRemoveRecord<ContactStore>::Messages AddRemoveRecord<ContactStore>::messages()
{
    return { QCoreApplication::translate("Undo", "Add Contact"),
             QCoreApplication::translate("Undo", "Delete Contact"),
             QCoreApplication::translate("Undo", "Edit Contact"),
             QCoreApplication::translate("Undo", "The contact no longer exists."),
             QCoreApplication::translate("Undo",
                                         "Interactions with %1 have been logged since the "
                                         "contact was added, so it is kept. Its addition can no "
                                         "longer be undone."),
             QCoreApplication::translate("Undo", "Its lead no longer exists.") };
}
