#pragma once

// One call, email, meeting, visit or order with a lead's contact: the contract's fields.

#include "core/interactiontype.h"

#include <QDateTime>
#include <QString>

struct Interaction
{
    qint64 id = 0;
    qint64 lead = 0;
    qint64 contact = 0;
    InteractionType type = InteractionType::Call;
    QString details;
    bool orderPlaced = false;
    QDateTime date; // UTC, whole seconds

    friend bool operator==(const Interaction &a, const Interaction &b)
    {
        return a.id == b.id && a.lead == b.lead && a.contact == b.contact && a.type == b.type
            && a.details == b.details && a.orderPlaced == b.orderPlaced && a.date == b.date;
    }
};
