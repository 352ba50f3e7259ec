#pragma once

// Reads and writes contacts; removing one removes its interactions with it.

#include "contactdraft.h"
#include "storeresult.h"

#include <QList>

#include <optional>

class Database;

class ContactStore final
{
public:
    explicit ContactStore(Database &database)
        : m_database(database)
    { }

    ValidationErrors check(const ContactDraft &draft, std::optional<qint64> id = {}) const;
    StoreResult<Contact> create(const ContactDraft &draft);
    StoreResult<Contact> update(qint64 id, const ContactDraft &change);
    StoreResult<Contact> remove(qint64 id);

    StoreResult<Contact> get(qint64 id) const;
    // In id order, of one lead or of all.
    StoreResult<QList<Contact>> list(std::optional<qint64> lead = {}, qint64 offset = 0,
                                     qint64 limit = -1) const;
    StoreResult<qint64> count(std::optional<qint64> lead = {}) const;
    StoreResult<qint64> interactionCount(qint64 id) const;

private:
    static ContactDraft withDefaults(const ContactDraft &draft);
    Database &m_database;
};
