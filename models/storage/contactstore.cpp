#include "storage/contactstore.h"

#include "core/rules.h"
#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/recordhistory.h"
#include "storage/sqldialect.h"
#include "storage/sqlreferencelookup.h"
#include "storage/sqltransaction.h"
#include "json/jsonform.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QJsonObject historyObject(const Contact &contact)
{
    return RecordHistory::objectOf(JsonForm::write(contact));
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse: bind "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString columns = QStringLiteral("id, lead_id, name, role, email, phone");

Contact contactFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
             query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString() };
}

Contact contactFrom(qint64 id, const ContactDraft &complete)
{
    return { id, *complete.lead, *complete.name, *complete.role, *complete.email, *complete.phone };
}

void bindFields(QSqlQuery &query, const ContactDraft &complete)
{
    query.addBindValue(*complete.lead);
    query.addBindValue(nonNull(*complete.name));
    query.addBindValue(nonNull(*complete.role));
    query.addBindValue(nonNull(*complete.email));
    query.addBindValue(nonNull(*complete.phone));
}

// A contact takes its interactions and their order details with it.
const Database::Changes withInteractions
    = Database::Change::Contacts | Database::Change::Interactions | Database::Change::OrderDetails;

StoreResult<qint64> countFrom(QSqlQuery &query)
{
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(count);
}

} // namespace

ContactStore::ContactStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

ContactDraft ContactStore::withDefaults(const ContactDraft &draft)
{
    ContactDraft complete = draft;
    for (std::optional<QString> *text : { &complete.role, &complete.email, &complete.phone }) {
        if (!*text)
            *text = QStringLiteral(""); // a null QString would bind as SQL NULL
    }
    return complete;
}

ValidationErrors ContactStore::check(const ContactDraft &draft, std::optional<qint64> id) const
{
    const SqlReferenceLookup references(m_queries);
    if (id) {
        const StoreResult<Contact> stored = get(*id);
        if (stored.ok())
            return Rules::checkContact(draft.over(stored.value), references);
    }
    return Rules::checkContact(withDefaults(draft), references);
}

StoreResult<Contact> ContactStore::create(const ContactDraft &draft)
{
    return SqlTransaction::write(
        m_database, Database::Change::Contacts, [&](SqlTransaction &) -> StoreResult<Contact> {
            const ContactDraft complete = withDefaults(draft);
            // Its lead is held until the commit, so that it is not deleted in between; the
            // holding read answers the rules' question about it.
            SqlReferenceLookup references(m_queries);
            if (complete.lead) {
                if (const QString failure = references.holdLeads({ *complete.lead });
                    !failure.isEmpty())
                    return StoreResult<Contact>::failed(failure);
            }
            const ValidationErrors errors = Rules::checkContact(complete, references);
            if (!errors.isEmpty())
                return StoreResult<Contact>::invalid(errors);
            QSqlQuery &query = m_queries.get(
                QStringLiteral("INSERT INTO contacts (id, lead_id, name, role, email, phone)"
                               " VALUES (%1, ?, ?, ?, ?, ?) RETURNING id")
                    .arg(m_database.dialect().ownIdValue(QStringLiteral("contacts"))));
            bindFields(query, complete);
            if (!query.exec())
                return StoreResult<Contact>::failed(query.lastError().text());
            const Contact created = contactFrom(PreparedQueries::insertedId(query), complete);
            if (const QString failure
                = RecordHistory(m_database)
                      .write(RecordHistory::Kind::Contact, created.id, {}, historyObject(created));
                !failure.isEmpty())
                return StoreResult<Contact>::failed(failure);
            return StoreResult<Contact>::success(created);
        });
}

StoreResult<Contact> ContactStore::update(qint64 id, const ContactDraft &change)
{
    return SqlTransaction::write(
        m_database, Database::Change::Contacts,
        [&](SqlTransaction &transaction) { return update(id, change, transaction); });
}

StoreResult<Contact> ContactStore::update(qint64 id, const ContactDraft &change,
                                          SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Contact>::failed(transaction.errorMessage());
    // The lead it is to belong to is held before the contact (SqlDialect::RowLock's
    // order); the contact is held before its interactions are counted, so that none is
    // added under the old lead until this commits, and read again once held.
    const StoreResult<Contact> seen = get(id);
    if (!seen.ok())
        return seen;
    SqlReferenceLookup references(m_queries);
    if (const std::optional<qint64> lead = change.over(seen.value).lead) {
        if (const QString failure = references.holdLeads({ *lead }); !failure.isEmpty())
            return StoreResult<Contact>::failed(failure);
    }
    if (const QString failure = m_queries.lockRow(QStringLiteral("contacts"), id, true);
        !failure.isEmpty())
        return StoreResult<Contact>::failed(failure);
    const StoreResult<Contact> stored = get(id);
    if (!stored.ok())
        return stored;
    const ContactDraft complete = change.over(stored.value);
    const ValidationErrors errors = Rules::checkContactChange(complete, stored.value, references);
    if (!errors.isEmpty())
        return StoreResult<Contact>::invalid(errors);
    QSqlQuery &query
        = m_queries.get(QStringLiteral("UPDATE contacts SET lead_id = ?, name = ?,"
                                       " role = ?, email = ?, phone = ? WHERE id = ?"));
    bindFields(query, complete);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Contact>::failed(query.lastError().text());
    const Contact changed = contactFrom(id, complete);
    if (const QString failure = RecordHistory(m_database)
                                    .write(RecordHistory::Kind::Contact, id,
                                           historyObject(stored.value), historyObject(changed));
        !failure.isEmpty())
        return StoreResult<Contact>::failed(failure);
    return StoreResult<Contact>::success(changed);
}

QList<RecordHistory::Record> ContactStore::deletions(const Removed &removed,
                                                     std::optional<qint64> person)
{
    QList<RecordHistory::Record> records { { RecordHistory::Kind::Contact,
                                             removed.contact.id,
                                             historyObject(removed.contact),
                                             {},
                                             person } };
    for (const InteractionStore::Removed &interaction : removed.interactions)
        records.append({ RecordHistory::Kind::Interaction,
                         interaction.interaction.id,
                         RecordHistory::objectOf(interaction.interaction, interaction.order),
                         {},
                         person });
    return records;
}

QString ContactStore::erase(const Removed &removed, SqlTransaction &transaction)
{
    Q_ASSERT(transaction.isActive());
    QSqlQuery &query = m_queries.get(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    query.addBindValue(removed.contact.id);
    if (!query.exec())
        return query.lastError().text();
    return RecordHistory(m_database).write(deletions(removed, m_database.actingPerson()));
}

StoreResult<Contact> ContactStore::remove(qint64 id)
{
    const StoreResult<Removed> taken = takeOut(id);
    if (!taken.ok())
        return StoreResult<Contact>::from(taken);
    return StoreResult<Contact>::success(taken.value.contact);
}

StoreResult<ContactStore::Removed> ContactStore::removable(qint64 id) const
{
    const StoreResult<Contact> stored = get(id);
    if (!stored.ok())
        return StoreResult<Removed>::from(stored);
    const StoreResult<QList<InteractionStore::Removed>> interactions
        = InteractionStore(m_database).ofContact(id);
    if (!interactions.ok())
        return StoreResult<Removed>::from(interactions);
    return StoreResult<Removed>::success({ stored.value, interactions.value });
}

StoreResult<ContactStore::Removed> ContactStore::takeOut(qint64 id, Cascade cascade)
{
    return SqlTransaction::write(m_database, withInteractions, [&](SqlTransaction &transaction) {
        return takeOut(id, cascade, transaction);
    });
}

StoreResult<ContactStore::Removed> ContactStore::takeOut(qint64 id, Cascade cascade,
                                                         SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Removed>::failed(transaction.errorMessage());
    // Held first, so that no interaction is added to it between the look at its
    // interactions and the delete.
    if (const QString failure = m_queries.lockRow(QStringLiteral("contacts"), id, true);
        !failure.isEmpty())
        return StoreResult<Removed>::failed(failure);
    const StoreResult<Removed> removed = removable(id);
    if (!removed.ok())
        return removed;
    if (cascade == Cascade::Refused && !removed.value.interactions.isEmpty()) {
        ValidationErrors errors;
        errors.add(QStringLiteral("interactions"),
                   QT_TRANSLATE_NOOP("Rules", "The contact has interactions."));
        return StoreResult<Removed>::invalid(errors);
    }
    if (const QString failure = erase(removed.value, transaction); !failure.isEmpty())
        return StoreResult<Removed>::failed(failure);
    return removed;
}

StoreResult<Contact> ContactStore::restore(const Removed &removed)
{
    return SqlTransaction::write(m_database, withInteractions, [&](SqlTransaction &transaction) {
        return restore(removed, transaction);
    });
}

StoreResult<Contact> ContactStore::restore(const Removed &removed, SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Contact>::failed(transaction.errorMessage());
    const Contact &contact = removed.contact;
    const StoreResult<Contact> created
        = createWithId(contact.id, ContactDraft::from(contact), transaction);
    if (!created.ok())
        return created;
    InteractionStore interactions(m_database);
    for (const InteractionStore::Removed &interaction : removed.interactions) {
        const StoreResult<Interaction> restored
            = interactions.restore(interaction.interaction, interaction.order, transaction);
        if (!restored.ok())
            return StoreResult<Contact>::from(restored);
    }
    return StoreResult<Contact>::success(contact);
}

StoreResult<Contact> ContactStore::createWithId(qint64 id, const ContactDraft &draft,
                                                SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Contact>::failed(transaction.errorMessage());
    const ContactDraft complete = withDefaults(draft);
    SqlReferenceLookup references(m_queries);
    if (complete.lead) {
        if (const QString failure = references.holdLeads({ *complete.lead }); !failure.isEmpty())
            return StoreResult<Contact>::failed(failure);
    }
    const ValidationErrors errors = Rules::checkContact(complete, references);
    if (!errors.isEmpty())
        return StoreResult<Contact>::invalid(errors);
    if (const QString failure = m_queries.insertWithId(
            QStringLiteral("contacts"), id,
            [&] {
                QSqlQuery &query = m_queries.get(
                    QStringLiteral("INSERT INTO contacts (id, lead_id, name, role, email, phone)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"));
                query.addBindValue(id);
                bindFields(query, complete);
                return query.exec() ? QString() : query.lastError().text();
            });
        !failure.isEmpty())
        return StoreResult<Contact>::failed(failure);
    const Contact created = contactFrom(id, complete);
    if (const QString failure
        = RecordHistory(m_database)
              .write(RecordHistory::Kind::Contact, id, {}, historyObject(created));
        !failure.isEmpty())
        return StoreResult<Contact>::failed(failure);
    return StoreResult<Contact>::success(created);
}

StoreResult<Contact> ContactStore::get(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(columns);
    QSqlQuery &query = m_queries.get(sql);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Contact>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<Contact>::notFound();
    const Contact found = contactFrom(query);
    query.finish();
    return StoreResult<Contact>::success(found);
}

StoreResult<QList<Contact>> ContactStore::list(std::optional<qint64> lead, qint64 offset,
                                               qint64 limit) const
{
    static const QString ofLead
        = QStringLiteral("SELECT %1 FROM contacts WHERE lead_id = ? ORDER BY id LIMIT ? OFFSET ?")
              .arg(columns);
    static const QString ofAll
        = QStringLiteral("SELECT %1 FROM contacts ORDER BY id LIMIT ? OFFSET ?").arg(columns);
    QSqlQuery &query = m_queries.get(lead ? ofLead : ofAll);
    if (lead)
        query.addBindValue(*lead);
    query.addBindValue(SqlDialect::limitValue(limit));
    query.addBindValue(offset);
    if (!query.exec())
        return StoreResult<QList<Contact>>::failed(query.lastError().text());
    QList<Contact> result;
    while (query.next())
        result.append(contactFrom(query));
    query.finish();
    return StoreResult<QList<Contact>>::success(result);
}

StoreResult<qint64> ContactStore::count(std::optional<qint64> lead) const
{
    QSqlQuery &query
        = m_queries.get(lead ? QStringLiteral("SELECT count(*) FROM contacts WHERE lead_id = ?")
                             : QStringLiteral("SELECT count(*) FROM contacts"));
    if (lead)
        query.addBindValue(*lead);
    return countFrom(query);
}

StoreResult<qint64> ContactStore::interactionCount(qint64 id) const
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = ?"));
    query.addBindValue(id);
    return countFrom(query);
}
