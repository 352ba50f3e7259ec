#include "storage/portableschema.h"

// Times are whole seconds since the epoch in UTC and money is in cents, both as BIGINT, so that
// no backend rounds them.
QStringList PortableSchema::tables(const QString &idColumn)
{
    return {
        QStringLiteral("CREATE TABLE leads ("
                       " id %1,"
                       " name TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'NEW',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')")
            .arg(idColumn),
        QStringLiteral("CREATE TABLE contacts ("
                       " id %1,"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '')")
            .arg(idColumn),
        QStringLiteral("CREATE TABLE interactions ("
                       " id %1,"
                       " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                       " contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " interaction_type TEXT NOT NULL CHECK (interaction_type IN"
                       " ('CALL', 'EMAIL', 'MEETING', 'VISIT', 'ORDER')),"
                       " details TEXT NOT NULL DEFAULT '',"
                       " order_placed SMALLINT NOT NULL DEFAULT 0 CHECK (order_placed IN (0, 1)),"
                       " occurred_at BIGINT NOT NULL)")
            .arg(idColumn),
        QStringLiteral("CREATE TABLE order_details ("
                       " interaction_id BIGINT PRIMARY KEY"
                       " REFERENCES interactions(id) ON DELETE CASCADE,"
                       " product_details TEXT NOT NULL,"
                       " quantity BIGINT NOT NULL CHECK (quantity > 0),"
                       " total_price_cents BIGINT NOT NULL CHECK (total_price_cents >= 0),"
                       " order_date BIGINT NOT NULL)"),
    };
}

// One index per query the API and the window make: contacts of a lead, interactions of a lead or
// of a contact in id order, orders of a lead, and the window's date order.
QStringList PortableSchema::queryIndexes()
{
    return {
        QStringLiteral("CREATE INDEX contacts_by_lead ON contacts (lead_id, id)"),
        QStringLiteral("CREATE INDEX interactions_by_lead ON interactions (lead_id, id)"),
        QStringLiteral("CREATE INDEX interactions_by_contact ON interactions (contact_id, id)"),
        QStringLiteral("CREATE INDEX interactions_orders_by_lead ON interactions"
                       " (lead_id, id) WHERE order_placed = 1"),
        QStringLiteral("CREATE INDEX interactions_by_date ON interactions"
                       " (occurred_at, id)"),
        QStringLiteral("CREATE INDEX leads_by_name ON leads (name, id)"),
    };
}

// The window's type filter with a date range: without it, counting one type in a quarter walked
// every interaction of the quarter.
QStringList PortableSchema::typeDateIndexes()
{
    return { QStringLiteral("CREATE INDEX interactions_by_type_date ON interactions"
                            " (interaction_type, occurred_at, id)") };
}

// The order's amount is kept beside the interaction (by triggers), since a sort cannot walk an
// index of another table through a LEFT JOIN; the product too, so that one full-text index holds
// the details and the product and a search of either is one look-up.
QStringList PortableSchema::orderCopyColumns()
{
    return {
        QStringLiteral("ALTER TABLE interactions ADD COLUMN order_total_cents BIGINT"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN order_product TEXT"),
        QStringLiteral("UPDATE interactions SET (order_total_cents, order_product) = (SELECT"
                       " o.total_price_cents, o.product_details FROM order_details o"
                       " WHERE o.interaction_id = interactions.id)"
                       " WHERE id IN (SELECT interaction_id FROM order_details)"),
    };
}

// Every column of the window sorts by its own value, then newest first: an index for each, so
// that the first screen is read in order rather than sorted from every row. Both directions of a
// sort whose ties go newest first need an index of their own unless one already serves read
// backwards.
QStringList PortableSchema::sortIndexes(const QString &amountKey)
{
    return {
        QStringLiteral("CREATE INDEX interactions_by_amount ON interactions"
                       " (%1, occurred_at, id)")
            .arg(amountKey),
        QStringLiteral("CREATE INDEX interactions_by_amount_newest ON interactions"
                       " (%1, occurred_at DESC, id DESC)")
            .arg(amountKey),
        QStringLiteral("CREATE INDEX interactions_by_type_newest ON interactions"
                       " (interaction_type, occurred_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX interactions_by_lead_date ON interactions"
                       " (lead_id, occurred_at)"),
        // Each lead's order total from the index alone, for the leads table: summed through the
        // rows, the amounts are scattered over the whole file.
        QStringLiteral("CREATE INDEX interactions_order_totals_by_lead ON interactions"
                       " (lead_id, order_total_cents) WHERE order_placed = 1"),
        QStringLiteral("CREATE INDEX interactions_by_contact_date ON interactions"
                       " (contact_id, occurred_at)"),
        QStringLiteral("CREATE INDEX contacts_by_name ON contacts (name, id)"),
        // The date order again, now holding each row's lead and contact: a search walks it and
        // checks whether a name matched without reading the row.
        QStringLiteral("DROP INDEX interactions_by_date"),
        QStringLiteral("CREATE INDEX interactions_by_date ON interactions"
                       " (occurred_at, id, lead_id, contact_id)"),
        // The details by their beginning only: a whole copy of every text would double the
        // table; the few rows that begin alike are sorted as they are read.
        QStringLiteral("CREATE INDEX interactions_by_details ON interactions"
                       " (substr(details, 1, 32))"),
    };
}

QStringList PortableSchema::people(const QString &idColumn)
{
    // A name and a token are never given twice, not even after a revocation: an old token must
    // stay refused, and a name in a record's history must stay one person's.
    return {
        QStringLiteral("CREATE TABLE people ("
                       " id %1,"
                       " name TEXT NOT NULL UNIQUE,"
                       " token_sha256 TEXT NOT NULL UNIQUE,"
                       " added_at BIGINT NOT NULL,"
                       " revoked_at BIGINT)")
            .arg(idColumn),
    };
}

QStringList PortableSchema::recordChanges(const QString &idColumn)
{
    // No foreign key to the record: its history outlives it. The person stays referenced, as
    // people are never deleted.
    return {
        QStringLiteral("CREATE TABLE record_changes ("
                       " id %1,"
                       " record_kind TEXT NOT NULL"
                       " CHECK (record_kind IN ('lead', 'contact', 'interaction')),"
                       " record_id BIGINT NOT NULL,"
                       " changed_at BIGINT NOT NULL,"
                       " person_id BIGINT REFERENCES people(id),"
                       " change TEXT NOT NULL CHECK (change IN ('created', 'changed', 'deleted')),"
                       " fields TEXT NOT NULL)")
            .arg(idColumn),
        QStringLiteral("CREATE INDEX record_changes_by_record"
                       " ON record_changes (record_kind, record_id, id)"),
    };
}

QStringList PortableSchema::syncClock()
{
    // A transaction's revision is given at its end, just before COMMIT (SqlTransaction::commit()):
    // its rows wait with none, and the index finds them (a B-tree finds NULL as any value) as well
    // as the feed's "after revision R". Rows of version 7 get one revision each, in the order they
    // were written, so that an older database keeps a complete feed.
    return {
        QStringLiteral("ALTER TABLE record_changes ADD COLUMN revision BIGINT"),
        QStringLiteral("UPDATE record_changes SET revision = id"),
        QStringLiteral("CREATE INDEX record_changes_by_revision ON record_changes (revision)"),
        QStringLiteral("CREATE TABLE sync_clock (revision BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO sync_clock (revision)"
                       " SELECT COALESCE(MAX(revision), 0) FROM record_changes"),
    };
}

QStringList PortableSchema::replicas(const QString &idColumn)
{
    // A server's side: the replicas that joined, by whom, the blocks of ids each holds
    // (IdSpace), and each batch a replica sent with the answer it was given, so that a batch sent
    // again after a lost answer is answered the same and applied once. The history says which
    // replica a change came from and when it was made there. The clock gets the id of its
    // history, which a restore from a backup replaces, so that a replica of the history before
    // is told.
    //
    // A replica's side (the laptop's file): one row of replica_of says whose replica it is and
    // how far it is in step; replica_blocks its blocks; sync_parked what the server sent that
    // cannot be written yet (its lead not there yet, or its record has changes of its own still
    // to send); sync_conflicts each conflict the server answered, with both values, until a
    // person decides.
    return {
        QStringLiteral("CREATE TABLE replicas ("
                       " id %1,"
                       " name TEXT NOT NULL,"
                       " person_id BIGINT REFERENCES people(id),"
                       " joined_at BIGINT NOT NULL,"
                       " seen_at BIGINT NOT NULL)")
            .arg(idColumn),
        QStringLiteral("CREATE TABLE id_blocks ("
                       " first_id BIGINT PRIMARY KEY,"
                       " replica_id BIGINT NOT NULL REFERENCES replicas(id),"
                       " granted_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX id_blocks_by_replica ON id_blocks (replica_id)"),
        QStringLiteral("CREATE TABLE sync_batches ("
                       " replica_id BIGINT NOT NULL REFERENCES replicas(id),"
                       " batch TEXT NOT NULL,"
                       " answered_at BIGINT NOT NULL,"
                       " answer TEXT NOT NULL,"
                       " PRIMARY KEY (replica_id, batch))"),
        QStringLiteral("ALTER TABLE record_changes ADD COLUMN replica_id BIGINT"),
        QStringLiteral("ALTER TABLE record_changes ADD COLUMN made_at BIGINT"),
        QStringLiteral("ALTER TABLE sync_clock ADD COLUMN history TEXT"),
        QStringLiteral("CREATE TABLE replica_of ("
                       " server TEXT NOT NULL,"
                       " token TEXT NOT NULL,"
                       " replica_id BIGINT NOT NULL,"
                       " history TEXT NOT NULL,"
                       " joined_at BIGINT NOT NULL,"
                       " snapshot_revision BIGINT NOT NULL,"
                       " snapshot_kind TEXT,"
                       " snapshot_after BIGINT NOT NULL DEFAULT 0,"
                       " pulled_revision BIGINT NOT NULL DEFAULT 0,"
                       " sent_revision BIGINT NOT NULL DEFAULT 0,"
                       " pending_batch TEXT,"
                       " pending_body TEXT,"
                       " pending_up_to BIGINT,"
                       " last_round_at BIGINT,"
                       " offline_since BIGINT,"
                       " ca_certificates TEXT)"),
        QStringLiteral("CREATE TABLE replica_blocks (first_id BIGINT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE sync_parked ("
                       " record_kind TEXT NOT NULL,"
                       " record_id BIGINT NOT NULL,"
                       " revision BIGINT NOT NULL,"
                       " record TEXT,"
                       " PRIMARY KEY (record_kind, record_id))"),
        QStringLiteral("CREATE TABLE sync_conflicts ("
                       " id %1,"
                       " record_kind TEXT NOT NULL,"
                       " record_id BIGINT NOT NULL,"
                       " found_at BIGINT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"
                       " mine TEXT,"
                       " theirs TEXT,"
                       " detail TEXT,"
                       " resolved_at BIGINT)")
            .arg(idColumn),
        QStringLiteral("CREATE INDEX sync_conflicts_by_record"
                       " ON sync_conflicts (record_kind, record_id)"),
    };
}
