#pragma once

// The domain's rules, in one place for every front end: each check returns all problems at once.

#include "core/contactdraft.h"
#include "core/interactiondraft.h"
#include "core/leaddraft.h"
#include "core/money.h"
#include "core/orderdetailsdraft.h"
#include "core/referencelookup.h"
#include "core/validationerrors.h"

namespace Rules {
constexpr int maxNameLength = 200;
constexpr int maxShortTextLength = 200; // city, role, phone
constexpr int maxEmailLength = 254;
constexpr int maxLongTextLength = 10000; // details, notes, product details
constexpr qint64 maxQuantity = 1'000'000'000;

// Each takes a complete draft: a new one with the defaults applied, or a change laid over the
// stored row. A field left out is reported as required.
ValidationErrors checkInteraction(const InteractionDraft &draft, const ReferenceLookup &references);
ValidationErrors checkLead(const LeadDraft &draft);
ValidationErrors checkContact(const ContactDraft &draft, const ReferenceLookup &references);
// checkContact() for a change laid over the stored contact, and more: a contact with
// interactions keeps its lead.
ValidationErrors checkContactChange(const ContactDraft &draft, const Contact &stored,
                                    const ReferenceLookup &references);
ValidationErrors checkOrderDetails(const OrderDetailsDraft &draft);
// A person's name (`touchpoint users add`): as a lead's name, and no line breaks or other control
// characters, as it is printed in lists and logs.
ValidationErrors checkPersonName(const QString &name);

bool isPlausibleEmail(const QString &email);
// Digits, perhaps with + ( ) - . and spaces: "+91 (20) 5555-0101".
bool isPlausiblePhone(const QString &phone);

// The window's words where the API's would not help a person, marked in "Rules" as the rest:
// beside a picker left empty, where the API says "This field is required."
const char *chooseLead();
const char *chooseContact();
// An amount as a person types it ("1,250.50", " 1250.5 "); when it is none, the reason is added
// to errors under field: not a number, too many decimals, or more than Money can hold.
std::optional<Money> readTypedAmount(const QString &text, const QString &field,
                                     ValidationErrors &errors);
} // namespace Rules
