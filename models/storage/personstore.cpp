#include "storage/personstore.h"

#include "core/rules.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/sqltransaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <array>

namespace {

const QString columns = QStringLiteral("id, name, added_at, revoked_at");

Person personFrom(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.name = query.value(1).toString();
    person.added = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc());
    if (!query.value(3).isNull())
        person.revoked
            = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
    return person;
}

QByteArray newToken()
{
    std::array<quint32, 8> bits; // 256
    QRandomGenerator::system()->fillRange(bits.data(), bits.size());
    return QByteArray(reinterpret_cast<const char *>(bits.data()), sizeof bits)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

PersonStore::PersonStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

QByteArray PersonStore::tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

StoreResult<PersonStore::Added> PersonStore::add(const QString &name)
{
    ValidationErrors errors = Rules::checkPersonName(name);
    if (!errors.isEmpty())
        return StoreResult<Added>::invalid(errors);
    // No Change to announce: nothing a view shows is about people.
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> StoreResult<Added> {
        const StoreResult<Person> existing = find(name);
        if (existing.ok()) {
            ValidationErrors taken;
            taken.add(QStringLiteral("name"),
                      QT_TRANSLATE_NOOP("Rules", "Someone named \"%1\" is already there."),
                      { name });
            return StoreResult<Added>::invalid(taken);
        }
        if (existing.status != StoreStatus::NotFound)
            return StoreResult<Added>::from(existing);
        Added added;
        added.token = newToken();
        added.person.name = name;
        added.person.added
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
        QSqlQuery &query = m_queries.get(
            QStringLiteral("INSERT INTO people (name, token_sha256, added_at) VALUES (?, ?, ?)"
                           " RETURNING id"));
        query.addBindValue(name);
        query.addBindValue(QString::fromLatin1(tokenHash(added.token)));
        query.addBindValue(added.person.added.toSecsSinceEpoch());
        if (!query.exec())
            return StoreResult<Added>::failed(query.lastError().text());
        added.person.id = PreparedQueries::insertedId(query);
        return StoreResult<Added>::success(added);
    });
}

StoreResult<Person> PersonStore::find(const QString &name) const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT %1 FROM people WHERE name = ?").arg(columns));
    query.addBindValue(name);
    if (!query.exec())
        return StoreResult<Person>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<Person>::notFound();
    const Person found = personFrom(query);
    query.finish();
    return StoreResult<Person>::success(found);
}

StoreResult<QList<Person>> PersonStore::list() const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT %1 FROM people ORDER BY id").arg(columns));
    if (!query.exec())
        return StoreResult<QList<Person>>::failed(query.lastError().text());
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    query.finish();
    return StoreResult<QList<Person>>::success(people);
}

StoreResult<Person> PersonStore::revoke(const QString &name)
{
    return SqlTransaction::write(m_database, {}, [&](SqlTransaction &) -> StoreResult<Person> {
        StoreResult<Person> found = find(name);
        if (!found.ok() || found.value.isRevoked())
            return found;
        const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
        QSqlQuery &query = m_queries.get(
            QStringLiteral("UPDATE people SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
        query.addBindValue(now.toSecsSinceEpoch());
        query.addBindValue(found.value.id);
        if (!query.exec())
            return StoreResult<Person>::failed(query.lastError().text());
        found.value.revoked = now;
        return found;
    });
}

StoreResult<PersonStore::Census> PersonStore::census() const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT count(*), count(revoked_at) FROM people"));
    if (!query.exec() || !query.next())
        return StoreResult<Census>::failed(query.lastError().text());
    const Census census { query.value(0).toLongLong(), query.value(1).toLongLong() };
    query.finish();
    return StoreResult<Census>::success(census);
}

StoreResult<QHash<QByteArray, Person>> PersonStore::byTokenHash() const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT %1, token_sha256 FROM people").arg(columns));
    if (!query.exec())
        return StoreResult<QHash<QByteArray, Person>>::failed(query.lastError().text());
    QHash<QByteArray, Person> people;
    while (query.next())
        people.insert(query.value(4).toString().toLatin1(), personFrom(query));
    query.finish();
    return StoreResult<QHash<QByteArray, Person>>::success(people);
}
