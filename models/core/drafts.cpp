// The small conversions between stored values and drafts, kept together as they are alike.
#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/leaddraft.h"
#include "core/orderdetailsdraft.h"

InteractionDraft InteractionDraft::from(const Interaction &interaction)
{
    return { interaction.lead,    interaction.contact,     interaction.type,
             interaction.details, interaction.orderPlaced, interaction.date };
}

InteractionDraft InteractionDraft::over(const Interaction &base) const
{
    InteractionDraft result = from(base);
    if (lead)
        result.lead = lead;
    if (contact)
        result.contact = contact;
    if (type)
        result.type = type;
    if (details)
        result.details = details;
    if (orderPlaced)
        result.orderPlaced = orderPlaced;
    if (date)
        result.date = date;
    return result;
}

LeadDraft LeadDraft::from(const Lead &lead)
{
    return { lead.name, lead.status, lead.city, lead.phone, lead.email, lead.notes };
}

LeadDraft LeadDraft::over(const Lead &base) const
{
    LeadDraft result = from(base);
    if (name)
        result.name = name;
    if (status)
        result.status = status;
    if (city)
        result.city = city;
    if (phone)
        result.phone = phone;
    if (email)
        result.email = email;
    if (notes)
        result.notes = notes;
    return result;
}

ContactDraft ContactDraft::from(const Contact &contact)
{
    return { contact.lead, contact.name, contact.role, contact.email, contact.phone };
}

ContactDraft ContactDraft::over(const Contact &base) const
{
    ContactDraft result = from(base);
    if (lead)
        result.lead = lead;
    if (name)
        result.name = name;
    if (role)
        result.role = role;
    if (email)
        result.email = email;
    if (phone)
        result.phone = phone;
    return result;
}

OrderDetailsDraft OrderDetailsDraft::from(const OrderDetails &details)
{
    return { details.productDetails, details.quantity, details.totalPrice, details.orderDate };
}
