#pragma once

// A business the key account manager looks after, such as a restaurant.

#include "core/leadstatus.h"

#include <QString>

struct Lead
{
    qint64 id = 0;
    QString name;
    LeadStatus status = LeadStatus::New;
    QString city;
    QString phone;
    QString email;
    QString notes;

    friend bool operator==(const Lead &a, const Lead &b)
    {
        return a.id == b.id && a.name == b.name && a.status == b.status && a.city == b.city
            && a.phone == b.phone && a.email == b.email && a.notes == b.notes;
    }
};
