#pragma once

// Reads and writes interactions and their order details: every write checked by the rules and
// made in one transaction, then announced through the Database.

#include "core/interactiondraft.h"
#include "core/orderdetailsdraft.h"
#include "storage/interactionfilter.h"
#include "storage/preparedqueries.h"
#include "storage/storeresult.h"

#include <QList>

#include <optional>

class Database;
class ReferenceLookup;
class SqlReferenceLookup;
class SqlTransaction;

class InteractionStore final
{
public:
    // An interaction with its order details as they were when its contact or lead was taken
    // out: what restore() puts back.
    struct Removed
    {
        Interaction interaction;
        std::optional<OrderDetails> order;
    };

    explicit InteractionStore(Database &database);

    // The rules' verdict on a draft without writing it: for a new one (id empty) or a change.
    ValidationErrors check(const InteractionDraft &draft, std::optional<qint64> id = {},
                           const std::optional<OrderDetailsDraft> &order = {}) const;

    // Left-out fields take their defaults: no details, no order, the date now. With order, the
    // order details are written in the same transaction and order_placed is set.
    StoreResult<Interaction> create(const InteractionDraft &draft,
                                    const std::optional<OrderDetailsDraft> &order = {});
    // Group commit: every draft checked by the rules on its own and written in ONE transaction
    // (one sync of the file for all), so that one draft's rejection or failure leaves the others
    // alone: a rejected draft has written nothing; when one fails on the database, the batch is
    // run again with each draft isolated by a savepoint. One result per draft, in order; when
    // the commit fails, every draft fails, as none was written. The change is announced once.
    // people: who makes each draft, in the same order (RecordHistory); the database's acting
    // person for those it does not name.
    QList<StoreResult<Interaction>> createMany(const QList<InteractionDraft> &drafts,
                                               const QList<std::optional<qint64>> &people = {});
    StoreResult<Interaction> update(qint64 id, const InteractionDraft &change,
                                    const std::optional<OrderDetailsDraft> &order = {});
    // Makes the interaction exactly what is given: its fields, and its order details or none
    // (removed), in one transaction; for the window's edit dialog and its undo and redo.
    StoreResult<Interaction> replace(qint64 id, const InteractionDraft &change,
                                     const std::optional<OrderDetailsDraft> &order);
    // Answers what was removed, with its order details, so that an undo can restore both.
    StoreResult<Interaction> remove(qint64 id);
    // The writes below run under the caller's transaction, which commits and announces: a
    // replica's batch (ReplicaBatchStore) writes many records in one.
    // create() under the given id (one of a replica's blocks), as restore() writes it.
    StoreResult<Interaction> createWithId(qint64 id, const InteractionDraft &draft,
                                          const std::optional<OrderDetailsDraft> &order,
                                          SqlTransaction &transaction);
    StoreResult<Interaction> replace(qint64 id, const InteractionDraft &change,
                                     const std::optional<OrderDetailsDraft> &order,
                                     SqlTransaction &transaction);
    StoreResult<Interaction> remove(qint64 id, SqlTransaction &transaction);
    // Puts back a removed interaction under its old id (undo).
    StoreResult<Interaction> restore(const Interaction &interaction,
                                     const std::optional<OrderDetails> &order);
    // restore() inside a transaction that the caller opened and commits and announces: a
    // contact's or a lead's restore puts its interactions back with it.
    StoreResult<Interaction> restore(const Interaction &interaction,
                                     const std::optional<OrderDetails> &order,
                                     SqlTransaction &transaction);
    // A contact's interactions with their order details, in id order: what taking the contact
    // out takes with it.
    StoreResult<QList<Removed>> ofContact(qint64 contact) const;

    StoreResult<Interaction> get(qint64 id) const;
    // The same as the contract's JSON object, written without the Interaction in between.
    StoreResult<QByteArray> getJson(qint64 id) const;
    // getJson() of many interactions in as few statements as serve, for an engine where each
    // statement is a round trip (SqlDialect::statementsAreRoundTrips()): the JSON of each one
    // found, by id; one that is not there is not among them. Read as the database is now: a
    // batch of reads that began earlier ends first (Database::beginReadBatch()).
    StoreResult<QHash<qint64, QByteArray>> getManyJson(const QList<qint64> &ids) const;
    StoreResult<QList<Interaction>> list(const InteractionFilter &filter, qint64 offset = 0,
                                         qint64 limit = -1) const;
    StoreResult<qint64> count(const InteractionFilter &filter) const;
    // list() already in the contract's JSON form (JsonForm::writeList), written straight from
    // the database's rows where the backend allows: the API's lists.
    StoreResult<QByteArray> listJson(const InteractionFilter &filter, qint64 offset = 0,
                                     qint64 limit = -1) const;

    // NotFound when the interaction or its order details do not exist.
    StoreResult<OrderDetails> orderDetails(qint64 interaction) const;
    // Creates or replaces the order details and sets order_placed.
    StoreResult<OrderDetails> setOrderDetails(qint64 interaction, const OrderDetailsDraft &draft);

private:
    enum class OrderDetailsLeftOut { Keep, Remove };
    // The functions below write under the caller's transaction, which commits and announces.
    // create() without its transaction. held: what the caller holds already for the whole
    // write (createMany()), kept in the same transaction; without it the draft holds its own.
    StoreResult<Interaction> insert(const InteractionDraft &draft,
                                    const std::optional<OrderDetailsDraft> &order,
                                    SqlTransaction &transaction,
                                    SqlReferenceLookup *held = nullptr);
    StoreResult<Interaction> modify(qint64 id, const InteractionDraft &change,
                                    const std::optional<OrderDetailsDraft> &order,
                                    OrderDetailsLeftOut leftOut);
    StoreResult<Interaction> modify(qint64 id, const InteractionDraft &change,
                                    const std::optional<OrderDetailsDraft> &order,
                                    OrderDetailsLeftOut leftOut, SqlTransaction &transaction);
    QString writeOrderDetails(qint64 interaction, const OrderDetailsDraft &complete,
                              SqlTransaction &transaction);

    InteractionDraft withDefaults(const InteractionDraft &draft) const;
    OrderDetailsDraft withDefaults(const OrderDetailsDraft &draft,
                                   const InteractionDraft &interaction) const;
    std::optional<OrderDetailsDraft> withDefaults(const std::optional<OrderDetailsDraft> &draft,
                                                  const InteractionDraft &interaction) const;
    // The rules' verdict on a complete interaction and its complete order details, if any.
    static ValidationErrors verdict(const InteractionDraft &complete,
                                    const std::optional<OrderDetailsDraft> &completeOrder,
                                    const ReferenceLookup &references);
    // Inside a write, before the rules look: holds the lead and the contact complete names until
    // the commit (SqlReferenceLookup::holdLeads(), holdContacts()), so that another writer cannot
    // move or delete them in between, and leaves in references what the rules ask of them.
    // Empty when done, otherwise the engine's words.
    static QString holdReferences(const InteractionDraft &complete, SqlReferenceLookup &references);

    // Runs the list's statement; the query to read, or null with failure set.
    QSqlQuery *runList(const InteractionFilter &filter, qint64 offset, qint64 limit,
                       QString *failure) const;

    Database &m_database;
    // The database's own, shared by every store on it.
    PreparedQueries &m_queries;
};
