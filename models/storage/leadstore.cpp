#include "storage/leadstore.h"

#include "core/rules.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/recordhistory.h"
#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"
#include "json/jsonform.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QJsonObject historyObject(const Lead &lead)
{
    return RecordHistory::objectOf(JsonForm::write(lead));
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse: bind "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString columns = QStringLiteral("id, name, status, city, phone, email, notes");

Lead leadFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(),
             query.value(1).toString(),
             LeadStatuses::fromCode(query.value(2).toString()).value_or(LeadStatus::New),
             query.value(3).toString(),
             query.value(4).toString(),
             query.value(5).toString(),
             query.value(6).toString() };
}

Lead leadFrom(qint64 id, const LeadDraft &complete)
{
    return { id,
             *complete.name,
             *complete.status,
             *complete.city,
             *complete.phone,
             *complete.email,
             *complete.notes };
}

void bindFields(QSqlQuery &query, const LeadDraft &complete)
{
    query.addBindValue(nonNull(*complete.name));
    query.addBindValue(LeadStatuses::code(*complete.status));
    query.addBindValue(nonNull(*complete.city));
    query.addBindValue(nonNull(*complete.phone));
    query.addBindValue(nonNull(*complete.email));
    query.addBindValue(nonNull(*complete.notes));
}

// A lead takes its contacts, their interactions and their order details with it.
const Database::Changes withDependents = Database::Change::Leads | Database::Change::Contacts
    | Database::Change::Interactions | Database::Change::OrderDetails;

} // namespace

LeadStore::LeadStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

LeadDraft LeadStore::withDefaults(const LeadDraft &draft)
{
    LeadDraft complete = draft;
    if (!complete.status)
        complete.status = LeadStatus::New;
    for (std::optional<QString> *text :
         { &complete.city, &complete.phone, &complete.email, &complete.notes }) {
        if (!*text)
            *text = QStringLiteral(""); // a null QString would bind as SQL NULL
    }
    return complete;
}

ValidationErrors LeadStore::check(const LeadDraft &draft, std::optional<qint64> id) const
{
    if (id) {
        const StoreResult<Lead> stored = get(*id);
        if (stored.ok())
            return Rules::checkLead(draft.over(stored.value));
    }
    return Rules::checkLead(withDefaults(draft));
}

StoreResult<Lead> LeadStore::create(const LeadDraft &draft)
{
    const LeadDraft complete = withDefaults(draft);
    const ValidationErrors errors = Rules::checkLead(complete);
    if (!errors.isEmpty())
        return StoreResult<Lead>::invalid(errors);
    return SqlTransaction::write(
        m_database, Database::Change::Leads, [&](SqlTransaction &) -> StoreResult<Lead> {
            QSqlQuery &query = m_queries.get(
                QStringLiteral("INSERT INTO leads (id, name, status, city, phone, email, notes)"
                               " VALUES (%1, ?, ?, ?, ?, ?, ?) RETURNING id")
                    .arg(m_database.dialect().ownIdValue(QStringLiteral("leads"))));
            bindFields(query, complete);
            if (!query.exec())
                return StoreResult<Lead>::failed(query.lastError().text());
            const Lead created = leadFrom(PreparedQueries::insertedId(query), complete);
            if (const QString failure
                = RecordHistory(m_database)
                      .write(RecordHistory::Kind::Lead, created.id, {}, historyObject(created));
                !failure.isEmpty())
                return StoreResult<Lead>::failed(failure);
            return StoreResult<Lead>::success(created);
        });
}

StoreResult<Lead> LeadStore::update(qint64 id, const LeadDraft &change)
{
    return SqlTransaction::write(
        m_database, Database::Change::Leads,
        [&](SqlTransaction &transaction) { return update(id, change, transaction); });
}

StoreResult<Lead> LeadStore::update(qint64 id, const LeadDraft &change, SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Lead>::failed(transaction.errorMessage());
    // Held before it is read, so that a change another writer commits meanwhile is built
    // on, not written over with what was read before it.
    if (const QString failure = m_queries.lockRow(QStringLiteral("leads"), id, true);
        !failure.isEmpty())
        return StoreResult<Lead>::failed(failure);
    const StoreResult<Lead> stored = get(id);
    if (!stored.ok())
        return stored;
    const LeadDraft complete = change.over(stored.value);
    const ValidationErrors errors = Rules::checkLead(complete);
    if (!errors.isEmpty())
        return StoreResult<Lead>::invalid(errors);
    QSqlQuery &query
        = m_queries.get(QStringLiteral("UPDATE leads SET name = ?, status = ?, city = ?, phone = ?,"
                                       " email = ?, notes = ? WHERE id = ?"));
    bindFields(query, complete);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Lead>::failed(query.lastError().text());
    const Lead changed = leadFrom(id, complete);
    if (const QString failure = RecordHistory(m_database)
                                    .write(RecordHistory::Kind::Lead, id,
                                           historyObject(stored.value), historyObject(changed));
        !failure.isEmpty())
        return StoreResult<Lead>::failed(failure);
    return StoreResult<Lead>::success(changed);
}

QString LeadStore::erase(const Removed &removed, SqlTransaction &transaction)
{
    Q_ASSERT(transaction.isActive());
    QSqlQuery &query = m_queries.get(QStringLiteral("DELETE FROM leads WHERE id = ?"));
    query.addBindValue(removed.lead.id);
    if (!query.exec())
        return query.lastError().text();
    // The database's cascade deletes the contacts and interactions without a word; the history
    // records each.
    const std::optional<qint64> person = m_database.actingPerson();
    QList<RecordHistory::Record> records {
        { RecordHistory::Kind::Lead, removed.lead.id, historyObject(removed.lead), {}, person }
    };
    for (const ContactStore::Removed &contact : removed.contacts)
        records.append(ContactStore::deletions(contact, person));
    return RecordHistory(m_database).write(records);
}

StoreResult<Lead> LeadStore::remove(qint64 id)
{
    const StoreResult<Removed> taken = takeOut(id);
    if (!taken.ok())
        return StoreResult<Lead>::from(taken);
    return StoreResult<Lead>::success(taken.value.lead);
}

StoreResult<LeadStore::Removed> LeadStore::takeOut(qint64 id, Cascade cascade)
{
    return SqlTransaction::write(m_database, withDependents, [&](SqlTransaction &transaction) {
        return takeOut(id, cascade, transaction);
    });
}

StoreResult<LeadStore::Removed> LeadStore::takeOut(qint64 id, Cascade cascade,
                                                   SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Removed>::failed(transaction.errorMessage());
    // Held first, so that no contact is added to it between the look at its contacts
    // and the delete.
    if (const QString failure = m_queries.lockRow(QStringLiteral("leads"), id, true);
        !failure.isEmpty())
        return StoreResult<Removed>::failed(failure);
    const StoreResult<Lead> stored = get(id);
    if (!stored.ok())
        return StoreResult<Removed>::from(stored);
    const ContactStore contacts(m_database);
    const StoreResult<QList<Contact>> listed = contacts.list(id);
    if (!listed.ok())
        return StoreResult<Removed>::from(listed);
    if (cascade == Cascade::Refused && !listed.value.isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("contacts"),
                   QT_TRANSLATE_NOOP("Rules", "The lead has contacts."));
        return StoreResult<Removed>::invalid(errors);
    }
    Removed removed { stored.value, {} };
    for (const Contact &contact : listed.value) {
        const StoreResult<ContactStore::Removed> taken = contacts.removable(contact.id);
        if (!taken.ok())
            return StoreResult<Removed>::from(taken);
        removed.contacts.append(taken.value);
    }
    if (const QString failure = erase(removed, transaction); !failure.isEmpty())
        return StoreResult<Removed>::failed(failure);
    return StoreResult<Removed>::success(removed);
}

StoreResult<Lead> LeadStore::restore(const Removed &removed)
{
    const Database::Changes changes
        = removed.contacts.isEmpty() ? Database::Changes(Database::Change::Leads) : withDependents;
    return SqlTransaction::write(
        m_database, changes, [&](SqlTransaction &transaction) -> StoreResult<Lead> {
            const Lead &lead = removed.lead;
            const StoreResult<Lead> created
                = createWithId(lead.id, LeadDraft::from(lead), transaction);
            if (!created.ok())
                return created;
            ContactStore contacts(m_database);
            for (const ContactStore::Removed &contact : removed.contacts) {
                const StoreResult<Contact> restored = contacts.restore(contact, transaction);
                if (!restored.ok())
                    return StoreResult<Lead>::from(restored);
            }
            return StoreResult<Lead>::success(lead);
        });
}

StoreResult<Lead> LeadStore::createWithId(qint64 id, const LeadDraft &draft,
                                          SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Lead>::failed(transaction.errorMessage());
    const LeadDraft complete = withDefaults(draft);
    const ValidationErrors errors = Rules::checkLead(complete);
    if (!errors.isEmpty())
        return StoreResult<Lead>::invalid(errors);
    if (const QString failure
        = m_queries.insertWithId(QStringLiteral("leads"), id,
                                 [&] {
                                     QSqlQuery &query = m_queries.get(QStringLiteral(
                                         "INSERT INTO leads (id, name, status, city, phone,"
                                         " email, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                                     query.addBindValue(id);
                                     bindFields(query, complete);
                                     return query.exec() ? QString() : query.lastError().text();
                                 });
        !failure.isEmpty())
        return StoreResult<Lead>::failed(failure);
    const Lead created = leadFrom(id, complete);
    if (const QString failure
        = RecordHistory(m_database)
              .write(RecordHistory::Kind::Lead, id, {}, historyObject(created));
        !failure.isEmpty())
        return StoreResult<Lead>::failed(failure);
    return StoreResult<Lead>::success(created);
}

StoreResult<Lead> LeadStore::get(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(columns);
    QSqlQuery &query = m_queries.get(sql);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Lead>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<Lead>::notFound();
    const Lead found = leadFrom(query);
    query.finish();
    return StoreResult<Lead>::success(found);
}

StoreResult<QList<Lead>> LeadStore::list(qint64 offset, qint64 limit,
                                         const QString &nameContains) const
{
    static const QString all
        = QStringLiteral("SELECT %1 FROM leads ORDER BY id LIMIT ? OFFSET ?").arg(columns);
    QSqlQuery &query = m_queries.get(
        nameContains.isEmpty()
            ? all
            : QStringLiteral("SELECT %1 FROM leads WHERE %2 ORDER BY name, id LIMIT ? OFFSET ?")
                  .arg(columns, m_database.dialect().containsIgnoringCase(QStringLiteral("name"))));
    if (!nameContains.isEmpty())
        query.addBindValue(nameContains);
    query.addBindValue(SqlDialect::limitValue(limit));
    query.addBindValue(offset);
    if (!query.exec())
        return StoreResult<QList<Lead>>::failed(query.lastError().text());
    QList<Lead> result;
    while (query.next())
        result.append(leadFrom(query));
    query.finish();
    return StoreResult<QList<Lead>>::success(result);
}

StoreResult<qint64> LeadStore::count() const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT count(*) FROM leads"));
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 total = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(total);
}

StoreResult<LeadStore::Dependents> LeadStore::dependents(qint64 id) const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE lead_id = ?),"
                                       " (SELECT count(*) FROM interactions WHERE lead_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return StoreResult<Dependents>::failed(query.lastError().text());
    const Dependents found { query.value(0).toLongLong(), query.value(1).toLongLong() };
    query.finish();
    return StoreResult<Dependents>::success(found);
}
