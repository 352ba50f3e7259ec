#pragma once

// The leads and contacts a test starts from, written through the stores (so through the rules),
// the drafts of interactions and orders a test writes, and the count of rows a test checks after
// a write.

#include "core/interactiondraft.h"
#include "core/orderdetailsdraft.h"

#include <QString>

class Database;

// The new row's id, or 0 when it was refused.
qint64 addLead(Database &database, const QString &name);
qint64 addContact(Database &database, qint64 lead, const QString &name);

// A draft of an interaction with these, the rest left out (the store's defaults).
InteractionDraft interactionDraft(qint64 lead, qint64 contact, InteractionType type);
// A draft of order details, its date left out (the interaction's).
OrderDetailsDraft orderDraft(const QString &products, qint64 quantity, qint64 totalCents);

// The rows of a table as the file holds them, or -1 when they cannot be counted.
qint64 rowCount(Database &database, const QString &table);
