#pragma once

// A person at a lead whom the key account manager talks to.

#include <QString>

struct Contact
{
    qint64 id = 0;
    qint64 lead = 0;
    QString name;
    QString role;
    QString email;
    QString phone;

    friend bool operator==(const Contact &a, const Contact &b)
    {
        return a.id == b.id && a.lead == b.lead && a.name == b.name && a.role == b.role
            && a.email == b.email && a.phone == b.phone;
    }
};
