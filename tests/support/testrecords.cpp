#include "testrecords.h"

#include "core/contactdraft.h"
#include "core/leaddraft.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"

#include <QSqlQuery>

qint64 addLead(Database &database, const QString &name)
{
    LeadDraft draft;
    draft.name = name;
    const StoreResult<Lead> created = LeadStore(database).create(draft);
    return created.ok() ? created.value.id : 0;
}

qint64 addContact(Database &database, qint64 lead, const QString &name)
{
    ContactDraft draft;
    draft.lead = lead;
    draft.name = name;
    const StoreResult<Contact> created = ContactStore(database).create(draft);
    return created.ok() ? created.value.id : 0;
}

qint64 rowCount(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

InteractionDraft interactionDraft(qint64 lead, qint64 contact, InteractionType type)
{
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = type;
    return draft;
}

OrderDetailsDraft orderDraft(const QString &products, qint64 quantity, qint64 totalCents)
{
    OrderDetailsDraft draft;
    draft.productDetails = products;
    draft.quantity = quantity;
    draft.totalPrice = Money::fromCents(totalCents);
    return draft;
}
