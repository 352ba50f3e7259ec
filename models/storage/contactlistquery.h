#pragma once

// Reads the contacts by name, of one lead or of all, each with its lead's name: what the contact
// lists and pickers show.

#include "core/contact.h"
#include "storage/storeresult.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

class ContactListQuery final
{
public:
    // A contact with its lead's name.
    struct Row : Contact
    {
        QString leadName;
    };

    explicit ContactListQuery(const Database &database)
        : m_database(database)
    { }

    // The contacts of lead, or of every lead when it is empty, by name ignoring case, then id.
    StoreResult<QList<Row>> read(std::optional<qint64> lead) const;

private:
    const Database &m_database;
};
