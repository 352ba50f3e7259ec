#pragma once

// Adds, lists and revokes the people who reach the database through the API, and tells the API
// whose a token is. A token is made here, shown once, and only its SHA-256 is kept.

#include "core/person.h"
#include "storage/storeresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>

class Database;
class PreparedQueries;

class PersonStore final
{
public:
    struct Added
    {
        Person person;
        QByteArray token; // 256 random bits from the system's generator, base64url
    };
    // What changes when anyone is added or revoked (people are never deleted): cheap to ask, so
    // that a running server asks it often and reads the tokens again only when it changed.
    struct Census
    {
        qint64 people = 0;
        qint64 revoked = 0;
        friend bool operator==(const Census &a, const Census &b)
        {
            return a.people == b.people && a.revoked == b.revoked;
        }
        friend bool operator!=(const Census &a, const Census &b) { return !(a == b); }
    };

    explicit PersonStore(Database &database);

    // Invalid ("name") when the name breaks Rules::checkPersonName() or is taken, even by
    // someone revoked.
    StoreResult<Added> add(const QString &name);
    // In the order they were added.
    StoreResult<QList<Person>> list() const;
    // NotFound when nobody has the name; a second revocation keeps the first one's time.
    StoreResult<Person> revoke(const QString &name);
    StoreResult<Census> census() const;
    // Everyone's, revoked too, by the SHA-256 of their token (tokenHash()).
    StoreResult<QHash<QByteArray, Person>> byTokenHash() const;

    static QByteArray tokenHash(const QByteArray &token);

private:
    StoreResult<Person> find(const QString &name) const;

    Database &m_database;
    PreparedQueries &m_queries;
};
