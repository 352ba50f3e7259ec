#include "storage/interactionstore.h"

#include "core/rules.h"
#include "storage/database.h"
#include "storage/interactionjsonrow.h"
#include "storage/postgresinteractionrows.h"
#include "storage/recordhistory.h"
#include "storage/sqldialect.h"
#include "storage/sqliteinteractionlist.h"
#include "storage/sqlreferencelookup.h"
#include "storage/sqltransaction.h"
#include "json/jsonform.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse: bind "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString columns = InteractionJsonRow::columns();

Interaction interactionFrom(const QSqlQuery &query)
{
    Interaction result;
    result.id = query.value(0).toLongLong();
    result.lead = query.value(1).toLongLong();
    result.contact = query.value(2).toLongLong();
    result.type
        = InteractionTypes::fromCode(query.value(3).toString()).value_or(InteractionType::Call);
    result.details = query.value(4).toString();
    result.orderPlaced = query.value(5).toInt() != 0;
    result.date = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), QTimeZone::utc());
    return result;
}

QDateTime wholeSecondsUtc(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::utc());
}

Interaction interactionFrom(qint64 id, const InteractionDraft &complete)
{
    return { id,
             *complete.lead,
             *complete.contact,
             *complete.type,
             *complete.details,
             *complete.orderPlaced,
             *complete.date };
}

QJsonObject historyObject(const Interaction &interaction,
                          const std::optional<OrderDetails> &order = std::nullopt)
{
    return RecordHistory::objectOf(interaction, order);
}

std::optional<OrderDetails> present(const StoreResult<OrderDetails> &found)
{
    return found.ok() ? std::optional<OrderDetails>(found.value) : std::nullopt;
}

OrderDetails orderFrom(qint64 interaction, const OrderDetailsDraft &complete)
{
    return { interaction, *complete.productDetails, *complete.quantity, *complete.totalPrice,
             *complete.orderDate };
}

// The six columns every statement below writes, in this order.
void bindColumns(QSqlQuery &query, const Interaction &interaction)
{
    query.addBindValue(interaction.lead);
    query.addBindValue(interaction.contact);
    query.addBindValue(InteractionTypes::code(interaction.type));
    query.addBindValue(nonNull(interaction.details));
    query.addBindValue(interaction.orderPlaced ? 1 : 0);
    query.addBindValue(interaction.date.toSecsSinceEpoch());
}

} // namespace

InteractionStore::InteractionStore(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

InteractionDraft InteractionStore::withDefaults(const InteractionDraft &draft) const
{
    InteractionDraft complete = draft;
    if (!complete.details)
        complete.details = QStringLiteral(""); // a null QString would bind as SQL NULL
    if (!complete.orderPlaced)
        complete.orderPlaced = false;
    if (!complete.date)
        complete.date = QDateTime::currentDateTimeUtc();
    complete.date = wholeSecondsUtc(*complete.date);
    return complete;
}

OrderDetailsDraft InteractionStore::withDefaults(const OrderDetailsDraft &draft,
                                                 const InteractionDraft &interaction) const
{
    OrderDetailsDraft complete = draft;
    if (!complete.orderDate)
        complete.orderDate = interaction.date;
    if (complete.orderDate)
        complete.orderDate = wholeSecondsUtc(*complete.orderDate);
    return complete;
}

std::optional<OrderDetailsDraft>
InteractionStore::withDefaults(const std::optional<OrderDetailsDraft> &draft,
                               const InteractionDraft &interaction) const
{
    if (!draft)
        return std::nullopt;
    return withDefaults(*draft, interaction);
}

ValidationErrors InteractionStore::verdict(const InteractionDraft &complete,
                                           const std::optional<OrderDetailsDraft> &completeOrder,
                                           const ReferenceLookup &references)
{
    ValidationErrors errors = Rules::checkInteraction(complete, references);
    if (completeOrder)
        errors.merge(Rules::checkOrderDetails(*completeOrder));
    return errors;
}

// A lead before its contact (SqlDialect::RowLock's order).
QString InteractionStore::holdReferences(const InteractionDraft &complete,
                                         SqlReferenceLookup &references)
{
    if (complete.lead) {
        if (const QString failure = references.holdLeads({ *complete.lead }); !failure.isEmpty())
            return failure;
    }
    if (complete.contact)
        return references.holdContacts({ *complete.contact });
    return {};
}

ValidationErrors InteractionStore::check(const InteractionDraft &draft, std::optional<qint64> id,
                                         const std::optional<OrderDetailsDraft> &order) const
{
    InteractionDraft complete = withDefaults(draft);
    if (id) {
        const StoreResult<Interaction> stored = get(*id);
        if (stored.ok())
            complete = draft.over(stored.value);
    }
    return verdict(complete, withDefaults(order, complete), SqlReferenceLookup(m_queries));
}

QString InteractionStore::writeOrderDetails(qint64 interaction, const OrderDetailsDraft &complete,
                                            SqlTransaction &transaction)
{
    Q_ASSERT(transaction.isActive());
    QSqlQuery &query = m_queries.get(m_database.dialect().upsert(
        QStringLiteral("order_details"),
        { QStringLiteral("interaction_id"), QStringLiteral("product_details"),
          QStringLiteral("quantity"), QStringLiteral("total_price_cents"),
          QStringLiteral("order_date") },
        { QStringLiteral("interaction_id") }));
    query.addBindValue(interaction);
    query.addBindValue(nonNull(*complete.productDetails));
    query.addBindValue(*complete.quantity);
    query.addBindValue(complete.totalPrice->cents());
    query.addBindValue(complete.orderDate->toSecsSinceEpoch());
    if (!query.exec())
        return query.lastError().text();
    QSqlQuery &flag
        = m_queries.get(QStringLiteral("UPDATE interactions SET order_placed = 1 WHERE id = ?"));
    flag.addBindValue(interaction);
    if (!flag.exec())
        return flag.lastError().text();
    return {};
}

StoreResult<Interaction> InteractionStore::create(const InteractionDraft &draft,
                                                  const std::optional<OrderDetailsDraft> &order)
{
    Database::Changes changes = Database::Change::Interactions;
    if (order)
        changes |= Database::Change::OrderDetails;
    return SqlTransaction::write(
        m_database, changes, [&](SqlTransaction &transaction) -> StoreResult<Interaction> {
            const StoreResult<Interaction> created = insert(draft, order, transaction);
            if (!created.ok())
                return created;
            // The order details as insert() completed and wrote them.
            std::optional<OrderDetails> written;
            if (order)
                written = orderFrom(created.value.id,
                                    withDefaults(*order, InteractionDraft::from(created.value)));
            if (const QString failure
                = RecordHistory(m_database)
                      .write(RecordHistory::Kind::Interaction, created.value.id, {},
                             historyObject(created.value, written));
                !failure.isEmpty())
                return StoreResult<Interaction>::failed(failure);
            return created;
        });
}

QList<StoreResult<Interaction>>
InteractionStore::createMany(const QList<InteractionDraft> &drafts,
                             const QList<std::optional<qint64>> &people)
{
    if (drafts.isEmpty())
        return {};
    using Batch = StoreResult<QList<StoreResult<Interaction>>>;
    const auto savepoint = [this](const QString &sql) {
        if (!m_database.dialect().preparesSavepoints()) {
            QSqlQuery query(m_database.connection());
            return query.exec(sql) ? QString() : query.lastError().text();
        }
        QSqlQuery &query = m_queries.get(sql);
        return query.exec() ? QString() : query.lastError().text();
    };
    // A draft that the rules refuse has written nothing and broken nothing: what ran of it only
    // read. A draft that fails on the database may have written part of itself, and on PostgreSQL
    // its failed statement aborts the whole transaction, so it must be undone alone. Savepoints
    // undo it, at two more round trips a draft; as drafts almost never fail, the batch first runs
    // without them, holding the leads and contacts of all its drafts at once (all the leads, then
    // all the contacts: SqlDialect::RowLock's order), in two round trips rather than two a draft.
    // Only when something fails is it rolled back and run again as one draft after the other,
    // each holding its own rows inside a savepoint of its own, which then answers each draft as
    // it fares on its own.
    bool draftFailed = false;
    const auto pass = [&](SqlTransaction &transaction, bool isolated) -> Batch {
        SqlReferenceLookup held(m_queries);
        if (!isolated) {
            QList<qint64> leads;
            QList<qint64> contacts;
            for (const InteractionDraft &draft : drafts) {
                if (draft.lead)
                    leads.append(*draft.lead);
                if (draft.contact)
                    contacts.append(*draft.contact);
            }
            QString failure = held.holdLeads(leads);
            if (failure.isEmpty())
                failure = held.holdContacts(contacts);
            if (!failure.isEmpty()) {
                draftFailed = true;
                return Batch::failed(failure);
            }
        }
        QList<StoreResult<Interaction>> results;
        results.reserve(drafts.size());
        bool written = false;
        for (const InteractionDraft &draft : drafts) {
            if (isolated) {
                // A failed statement undoes only itself; the savepoint undoes the whole draft.
                if (const QString failure = savepoint(QStringLiteral("SAVEPOINT draft"));
                    !failure.isEmpty())
                    return Batch::failed(failure);
            }
            const StoreResult<Interaction> created
                = insert(draft, {}, transaction, isolated ? nullptr : &held);
            if (created.status == StoreStatus::Failed && !isolated) {
                draftFailed = true;
                return Batch::failed(created.failure);
            }
            if (isolated) {
                if (!created.ok()) {
                    if (const QString failure = savepoint(QStringLiteral("ROLLBACK TO draft"));
                        !failure.isEmpty())
                        return Batch::failed(failure);
                }
                if (const QString failure = savepoint(QStringLiteral("RELEASE draft"));
                    !failure.isEmpty())
                    return Batch::failed(failure);
            }
            written = written || created.ok();
            results.append(created);
        }
        // Who made each, in one statement for the whole batch.
        QList<RecordHistory::Record> records;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results.at(i).ok())
                records.append({ RecordHistory::Kind::Interaction,
                                 results.at(i).value.id,
                                 {},
                                 historyObject(results.at(i).value),
                                 i < people.size() ? people.at(i) : m_database.actingPerson() });
        }
        if (const QString failure = RecordHistory(m_database).write(records); !failure.isEmpty()) {
            draftFailed = !isolated;
            return Batch::failed(failure);
        }
        // With no draft written there is nothing to commit or announce: an answer that is not Ok
        // rolls the transaction back, and it carries every draft's own answer.
        Batch answer = written ? Batch::success(results) : Batch::invalid({});
        answer.value = results;
        return answer;
    };
    Batch batch = SqlTransaction::write(
        m_database, Database::Change::Interactions,
        [&](SqlTransaction &transaction) { return pass(transaction, false); });
    if (draftFailed) {
        batch = SqlTransaction::write(
            m_database, Database::Change::Interactions,
            [&](SqlTransaction &transaction) { return pass(transaction, true); });
    }
    if (batch.status == StoreStatus::Failed)
        return QList<StoreResult<Interaction>>(drafts.size(),
                                               StoreResult<Interaction>::failed(batch.failure));
    return batch.value;
}

StoreResult<Interaction> InteractionStore::insert(const InteractionDraft &draft,
                                                  const std::optional<OrderDetailsDraft> &order,
                                                  SqlTransaction &transaction,
                                                  SqlReferenceLookup *held)
{
    InteractionDraft complete = withDefaults(draft);
    if (order)
        complete.orderPlaced = true;
    const std::optional<OrderDetailsDraft> completeOrder = withDefaults(order, complete);
    SqlReferenceLookup own(m_queries);
    SqlReferenceLookup &references = held ? *held : own;
    if (const QString failure = holdReferences(complete, references); !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    const ValidationErrors errors = verdict(complete, completeOrder, references);
    // A refusal must have run no failed statement: createMany() undoes only a failure.
    if (!references.failure().isEmpty())
        return StoreResult<Interaction>::failed(references.failure());
    if (!errors.isEmpty())
        return StoreResult<Interaction>::invalid(errors);

    Interaction created = interactionFrom(0, complete);
    QSqlQuery &query = m_queries.get(
        QStringLiteral("INSERT INTO interactions (id, lead_id, contact_id, interaction_type,"
                       " details, order_placed, occurred_at) VALUES (%1, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id")
            .arg(m_database.dialect().ownIdValue(QStringLiteral("interactions"))));
    bindColumns(query, created);
    if (!query.exec())
        return StoreResult<Interaction>::failed(query.lastError().text());
    created.id = PreparedQueries::insertedId(query);
    if (completeOrder) {
        if (const QString failure = writeOrderDetails(created.id, *completeOrder, transaction);
            !failure.isEmpty())
            return StoreResult<Interaction>::failed(failure);
    }
    return StoreResult<Interaction>::success(created);
}

StoreResult<Interaction> InteractionStore::update(qint64 id, const InteractionDraft &change,
                                                  const std::optional<OrderDetailsDraft> &order)
{
    return modify(id, change, order, OrderDetailsLeftOut::Keep);
}

// update() and replace() differ only in what becomes of order details that are not given.
StoreResult<Interaction> InteractionStore::modify(qint64 id, const InteractionDraft &change,
                                                  const std::optional<OrderDetailsDraft> &order,
                                                  OrderDetailsLeftOut leftOut)
{
    Database::Changes changes = Database::Change::Interactions;
    if (order || leftOut == OrderDetailsLeftOut::Remove)
        changes |= Database::Change::OrderDetails;
    return SqlTransaction::write(m_database, changes, [&](SqlTransaction &transaction) {
        return modify(id, change, order, leftOut, transaction);
    });
}

StoreResult<Interaction> InteractionStore::modify(qint64 id, const InteractionDraft &change,
                                                  const std::optional<OrderDetailsDraft> &order,
                                                  OrderDetailsLeftOut leftOut,
                                                  SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Interaction>::failed(transaction.errorMessage());
    const auto completed = [&](const Interaction &stored) {
        InteractionDraft complete = change.over(stored);
        if (order)
            complete.orderPlaced = true;
        complete.date = wholeSecondsUtc(*complete.date);
        return complete;
    };
    // The lead and contact are held before the interaction itself
    // (SqlDialect::RowLock's order); the interaction is read again once held, so that
    // a change another writer committed meanwhile is built on, not written over.
    const StoreResult<Interaction> seen = get(id);
    if (!seen.ok())
        return seen;
    InteractionDraft complete = completed(seen.value);
    std::optional<OrderDetailsDraft> completeOrder = withDefaults(order, complete);
    SqlReferenceLookup references(m_queries);
    if (const QString failure = holdReferences(complete, references); !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    if (const ValidationErrors errors = verdict(complete, completeOrder, references);
        !errors.isEmpty())
        return StoreResult<Interaction>::invalid(errors);
    if (const QString failure = m_queries.lockRow(QStringLiteral("interactions"), id, true);
        !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    const StoreResult<Interaction> stored = get(id);
    if (!stored.ok())
        return stored;
    if (!(stored.value == seen.value)) {
        complete = completed(stored.value);
        completeOrder = withDefaults(order, complete);
        SqlReferenceLookup heldAgain(m_queries);
        if (const QString failure = holdReferences(complete, heldAgain); !failure.isEmpty())
            return StoreResult<Interaction>::failed(failure);
        if (const ValidationErrors errors = verdict(complete, completeOrder, heldAgain);
            !errors.isEmpty())
            return StoreResult<Interaction>::invalid(errors);
    }

    // The order details are in the history only when this change may change them.
    std::optional<OrderDetails> orderBefore;
    std::optional<OrderDetails> orderAfter;
    if (completeOrder || leftOut == OrderDetailsLeftOut::Remove) {
        const StoreResult<OrderDetails> held = orderDetails(id);
        if (held.status == StoreStatus::Failed)
            return StoreResult<Interaction>::from(held);
        orderBefore = present(held);
        if (completeOrder)
            orderAfter = orderFrom(id, *completeOrder);
    }

    const Interaction changed = interactionFrom(id, complete);
    QSqlQuery &query
        = m_queries.get(QStringLiteral("UPDATE interactions SET lead_id = ?, contact_id = ?,"
                                       " interaction_type = ?, details = ?, order_placed = ?,"
                                       " occurred_at = ? WHERE id = ?"));
    bindColumns(query, changed);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Interaction>::failed(query.lastError().text());
    if (completeOrder) {
        if (const QString failure = writeOrderDetails(id, *completeOrder, transaction);
            !failure.isEmpty())
            return StoreResult<Interaction>::failed(failure);
    } else if (leftOut == OrderDetailsLeftOut::Remove) {
        QSqlQuery &removal
            = m_queries.get(QStringLiteral("DELETE FROM order_details WHERE interaction_id = ?"));
        removal.addBindValue(id);
        if (!removal.exec())
            return StoreResult<Interaction>::failed(removal.lastError().text());
    }
    if (const QString failure
        = RecordHistory(m_database)
              .write(RecordHistory::Kind::Interaction, id, historyObject(stored.value, orderBefore),
                     historyObject(changed, orderAfter));
        !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    return StoreResult<Interaction>::success(changed);
}

StoreResult<Interaction> InteractionStore::remove(qint64 id)
{
    return SqlTransaction::write(
        m_database, Database::Change::Interactions | Database::Change::OrderDetails,
        [&](SqlTransaction &transaction) { return remove(id, transaction); });
}

StoreResult<Interaction> InteractionStore::remove(qint64 id, SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Interaction>::failed(transaction.errorMessage());
    const StoreResult<Interaction> stored = get(id);
    if (!stored.ok())
        return stored;
    const StoreResult<OrderDetails> order = orderDetails(id);
    if (order.status == StoreStatus::Failed)
        return StoreResult<Interaction>::from(order);
    QSqlQuery &query = m_queries.get(QStringLiteral("DELETE FROM interactions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Interaction>::failed(query.lastError().text());
    if (const QString failure = RecordHistory(m_database)
                                    .write(RecordHistory::Kind::Interaction, id,
                                           historyObject(stored.value, present(order)), {});
        !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    return stored;
}

StoreResult<Interaction> InteractionStore::restore(const Interaction &interaction,
                                                   const std::optional<OrderDetails> &order)
{
    return SqlTransaction::write(
        m_database, Database::Change::Interactions | Database::Change::OrderDetails,
        [&](SqlTransaction &transaction) { return restore(interaction, order, transaction); });
}

StoreResult<Interaction> InteractionStore::restore(const Interaction &interaction,
                                                   const std::optional<OrderDetails> &order,
                                                   SqlTransaction &transaction)
{
    std::optional<OrderDetailsDraft> orderDraft;
    if (order)
        orderDraft = OrderDetailsDraft::from(*order);
    return createWithId(interaction.id, InteractionDraft::from(interaction), orderDraft,
                        transaction);
}

StoreResult<Interaction>
InteractionStore::createWithId(qint64 id, const InteractionDraft &draft,
                               const std::optional<OrderDetailsDraft> &order,
                               SqlTransaction &transaction)
{
    if (!transaction.isActive())
        return StoreResult<Interaction>::failed(transaction.errorMessage());
    InteractionDraft complete = withDefaults(draft);
    if (order)
        complete.orderPlaced = true;
    const std::optional<OrderDetailsDraft> completeOrder = withDefaults(order, complete);
    SqlReferenceLookup references(m_queries);
    if (const QString failure = holdReferences(complete, references); !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    const ValidationErrors errors = verdict(complete, completeOrder, references);
    if (!errors.isEmpty())
        return StoreResult<Interaction>::invalid(errors);
    const Interaction created = interactionFrom(id, complete);
    if (const QString failure = m_queries.insertWithId(
            QStringLiteral("interactions"), id,
            [&] {
                QSqlQuery &query = m_queries.get(QStringLiteral(
                    "INSERT INTO interactions (id, lead_id, contact_id, interaction_type, details,"
                    " order_placed, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                query.addBindValue(id);
                bindColumns(query, created);
                return query.exec() ? QString() : query.lastError().text();
            });
        !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    std::optional<OrderDetails> written;
    if (completeOrder) {
        if (const QString failure = writeOrderDetails(id, *completeOrder, transaction);
            !failure.isEmpty())
            return StoreResult<Interaction>::failed(failure);
        written = orderFrom(id, *completeOrder);
    }
    if (const QString failure
        = RecordHistory(m_database)
              .write(RecordHistory::Kind::Interaction, id, {}, historyObject(created, written));
        !failure.isEmpty())
        return StoreResult<Interaction>::failed(failure);
    return StoreResult<Interaction>::success(created);
}

StoreResult<QList<InteractionStore::Removed>> InteractionStore::ofContact(qint64 contact) const
{
    InteractionFilter filter;
    filter.contact = contact;
    const StoreResult<QList<Interaction>> interactions = list(filter);
    if (!interactions.ok())
        return StoreResult<QList<Removed>>::from(interactions);
    QList<Removed> result;
    result.reserve(interactions.value.size());
    for (const Interaction &interaction : interactions.value) {
        Removed removed { interaction, std::nullopt };
        const StoreResult<OrderDetails> order = orderDetails(interaction.id);
        if (order.ok())
            removed.order = order.value;
        else if (order.status != StoreStatus::NotFound)
            return StoreResult<QList<Removed>>::from(order);
        result.append(removed);
    }
    return StoreResult<QList<Removed>>::success(result);
}

StoreResult<Interaction> InteractionStore::get(qint64 id) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM interactions i WHERE i.id = ?").arg(columns);
    QSqlQuery &query = m_queries.get(sql);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<Interaction>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<Interaction>::notFound();
    const Interaction found = interactionFrom(query);
    query.finish();
    return StoreResult<Interaction>::success(found);
}

StoreResult<QByteArray> InteractionStore::getJson(qint64 id) const
{
    QString error;
    if (const std::optional<QByteArray> text
        = SqliteInteractionList::writeOne(m_queries, id, &error)) {
        if (!error.isEmpty())
            return StoreResult<QByteArray>::failed(error);
        if (text->isEmpty())
            return StoreResult<QByteArray>::notFound();
        return StoreResult<QByteArray>::success(*text);
    }
    const StoreResult<Interaction> found = get(id);
    if (!found.ok())
        return StoreResult<QByteArray>::from(found);
    return StoreResult<QByteArray>::success(JsonForm::write(found.value));
}

StoreResult<QHash<qint64, QByteArray>> InteractionStore::getManyJson(const QList<qint64> &ids) const
{
    m_database.endReadBatch();
    static const QString sql = QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM interactions i WHERE i.id IN (%1)");
    QHash<qint64, QByteArray> found;
    found.reserve(ids.size());
    const QString failure = m_queries.forIds(sql, ids, [&found](QSqlQuery &query) {
        if (PostgresInteractionRows::writeEach(query, found))
            return;
        while (query.next()) {
            const Interaction interaction = interactionFrom(query);
            found.insert(interaction.id, JsonForm::write(interaction));
        }
    });
    if (!failure.isEmpty())
        return StoreResult<QHash<qint64, QByteArray>>::failed(failure);
    return StoreResult<QHash<qint64, QByteArray>>::success(found);
}

QSqlQuery *InteractionStore::runList(const InteractionFilter &filter, qint64 offset, qint64 limit,
                                     QString *failure) const
{
    QVariantList bindings;
    QString sql = QStringLiteral("SELECT ") + columns
        + filter.sqlFromWhere(m_database.dialect(), bindings) + filter.sqlOrderBy();
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << SqlDialect::limitValue(limit) << offset;
    }
    QSqlQuery &query = m_queries.get(sql);
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        *failure = query.lastError().text();
        return nullptr;
    }
    return &query;
}

StoreResult<QList<Interaction>> InteractionStore::list(const InteractionFilter &filter,
                                                       qint64 offset, qint64 limit) const
{
    QString failure;
    QSqlQuery *query = runList(filter, offset, limit, &failure);
    if (!query)
        return StoreResult<QList<Interaction>>::failed(failure);
    QList<Interaction> result;
    while (query->next())
        result.append(interactionFrom(*query));
    query->finish();
    return StoreResult<QList<Interaction>>::success(result);
}

StoreResult<QByteArray> InteractionStore::listJson(const InteractionFilter &filter, qint64 offset,
                                                   qint64 limit) const
{
    QString error;
    if (const std::optional<QByteArray> text = SqliteInteractionList::write(
            m_queries, m_database.dialect(), filter, offset, limit, &error)) {
        if (!error.isEmpty())
            return StoreResult<QByteArray>::failed(error);
        return StoreResult<QByteArray>::success(*text);
    }
    QSqlQuery *query = runList(filter, offset, limit, &error);
    if (!query)
        return StoreResult<QByteArray>::failed(error);
    std::optional<QByteArray> text = PostgresInteractionRows::writeArray(*query);
    if (!text) {
        QList<Interaction> items;
        while (query->next())
            items.append(interactionFrom(*query));
        text = JsonForm::writeList(items);
    }
    query->finish();
    return StoreResult<QByteArray>::success(*text);
}

StoreResult<qint64> InteractionStore::count(const InteractionFilter &filter) const
{
    QVariantList bindings;
    QSqlQuery &query = m_queries.get(filter.sqlCount(m_database.dialect(), bindings));
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failed(query.lastError().text());
    const qint64 total = query.value(0).toLongLong();
    query.finish();
    return StoreResult<qint64>::success(total);
}

StoreResult<OrderDetails> InteractionStore::orderDetails(qint64 interaction) const
{
    QSqlQuery &query = m_queries.get(
        QStringLiteral("SELECT product_details, quantity, total_price_cents, order_date"
                       " FROM order_details WHERE interaction_id = ?"));
    query.addBindValue(interaction);
    if (!query.exec())
        return StoreResult<OrderDetails>::failed(query.lastError().text());
    if (!query.next())
        return StoreResult<OrderDetails>::notFound();
    const OrderDetails found { interaction, query.value(0).toString(), query.value(1).toLongLong(),
                               Money::fromCents(query.value(2).toLongLong()),
                               QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(),
                                                             QTimeZone::utc()) };
    query.finish();
    return StoreResult<OrderDetails>::success(found);
}

StoreResult<OrderDetails> InteractionStore::setOrderDetails(qint64 interaction,
                                                            const OrderDetailsDraft &draft)
{
    return SqlTransaction::write(
        m_database, Database::Change::Interactions | Database::Change::OrderDetails,
        [&](SqlTransaction &transaction) -> StoreResult<OrderDetails> {
            if (const QString failure
                = m_queries.lockRow(QStringLiteral("interactions"), interaction, true);
                !failure.isEmpty())
                return StoreResult<OrderDetails>::failed(failure);
            const StoreResult<Interaction> stored = get(interaction);
            if (!stored.ok())
                return StoreResult<OrderDetails>::from(stored);
            const OrderDetailsDraft complete
                = withDefaults(draft, InteractionDraft::from(stored.value));
            const ValidationErrors errors = Rules::checkOrderDetails(complete);
            if (!errors.isEmpty())
                return StoreResult<OrderDetails>::invalid(errors);
            const StoreResult<OrderDetails> before = orderDetails(interaction);
            if (before.status == StoreStatus::Failed)
                return before;
            if (const QString failure = writeOrderDetails(interaction, complete, transaction);
                !failure.isEmpty())
                return StoreResult<OrderDetails>::failed(failure);
            const OrderDetails written = orderFrom(interaction, complete);
            Interaction flagged = stored.value;
            flagged.orderPlaced = true;
            if (const QString failure = RecordHistory(m_database)
                                            .write(RecordHistory::Kind::Interaction, interaction,
                                                   historyObject(stored.value, present(before)),
                                                   historyObject(flagged, written));
                !failure.isEmpty())
                return StoreResult<OrderDetails>::failed(failure);
            return StoreResult<OrderDetails>::success(written);
        });
}

StoreResult<Interaction> InteractionStore::replace(qint64 id, const InteractionDraft &change,
                                                   const std::optional<OrderDetailsDraft> &order)
{
    return modify(id, change, order, OrderDetailsLeftOut::Remove);
}

StoreResult<Interaction> InteractionStore::replace(qint64 id, const InteractionDraft &change,
                                                   const std::optional<OrderDetailsDraft> &order,
                                                   SqlTransaction &transaction)
{
    return modify(id, change, order, OrderDetailsLeftOut::Remove, transaction);
}
