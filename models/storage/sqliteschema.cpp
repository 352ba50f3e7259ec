#include "storage/sqliteschema.h"

#include "storage/database.h"

// Kept to SQL that PostgreSQL also reads where SQLite allows, so that PostgreSQL's history
// differs in the id columns (identity columns there) and the full-text indexes alone. Times are
// whole seconds since the epoch in UTC and money is in cents, both as BIGINT, so that no backend
// rounds them.
const QList<SchemaMigrations::Migration> &SqliteSchema::history()
{
    static const QList<SchemaMigrations::Migration> migrations {
        { 1,
          {
              QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
              // AUTOINCREMENT: an id, once given out, is never given again, so that other
              // tools that keep ids never mistake a new row for a deleted one.
              QStringLiteral("CREATE TABLE leads ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " name TEXT NOT NULL,"
                             " status TEXT NOT NULL DEFAULT 'NEW',"
                             " city TEXT NOT NULL DEFAULT '',"
                             " phone TEXT NOT NULL DEFAULT '',"
                             " email TEXT NOT NULL DEFAULT '',"
                             " notes TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE TABLE contacts ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                             " name TEXT NOT NULL,"
                             " role TEXT NOT NULL DEFAULT '',"
                             " email TEXT NOT NULL DEFAULT '',"
                             " phone TEXT NOT NULL DEFAULT '')"),
              QStringLiteral(
                  "CREATE TABLE interactions ("
                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                  " lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                  " contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                  " interaction_type TEXT NOT NULL CHECK (interaction_type IN"
                  " ('CALL', 'EMAIL', 'MEETING', 'VISIT', 'ORDER')),"
                  " details TEXT NOT NULL DEFAULT '',"
                  " order_placed SMALLINT NOT NULL DEFAULT 0 CHECK (order_placed IN (0, 1)),"
                  " occurred_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE order_details ("
                             " interaction_id BIGINT PRIMARY KEY"
                             " REFERENCES interactions(id) ON DELETE CASCADE,"
                             " product_details TEXT NOT NULL,"
                             " quantity BIGINT NOT NULL CHECK (quantity > 0),"
                             " total_price_cents BIGINT NOT NULL CHECK (total_price_cents >= 0),"
                             " order_date BIGINT NOT NULL)"),
          } },
        { 2,
          {
              // One index per query the API and the window make: contacts of a lead,
              // interactions of a lead or of a contact in id order, orders of a lead, and
              // the window's date order.
              QStringLiteral("CREATE INDEX contacts_by_lead ON contacts (lead_id, id)"),
              QStringLiteral("CREATE INDEX interactions_by_lead ON interactions (lead_id, id)"),
              QStringLiteral(
                  "CREATE INDEX interactions_by_contact ON interactions (contact_id, id)"),
              QStringLiteral("CREATE INDEX interactions_orders_by_lead ON interactions"
                             " (lead_id, id) WHERE order_placed = 1"),
              QStringLiteral("CREATE INDEX interactions_by_date ON interactions"
                             " (occurred_at, id)"),
              QStringLiteral("CREATE INDEX leads_by_name ON leads (name, id)"),
          } },
        { 3,
          {
              // SQLite only (a PostgreSQL backend will use a trigram index instead): an FTS5
              // index over the details, so that a search does not read every row. The trigram
              // tokenizer finds any piece of three characters or more, ignoring case, which is
              // what the search promises ("found anywhere in the details"). External content:
              // the text is kept once, in interactions, and the triggers keep the index in step
              // with every write, whoever makes it.
              QStringLiteral("CREATE VIRTUAL TABLE interactions_fts USING fts5(details,"
                             " content='interactions', content_rowid='id', tokenize='trigram')"),
              QStringLiteral("CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions"
                             " BEGIN INSERT INTO interactions_fts (rowid, details)"
                             " VALUES (new.id, new.details); END"),
              QStringLiteral(
                  "CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions"
                  " BEGIN INSERT INTO interactions_fts (interactions_fts, rowid, details)"
                  " VALUES ('delete', old.id, old.details); END"),
              QStringLiteral(
                  "CREATE TRIGGER interactions_fts_update AFTER UPDATE OF details"
                  " ON interactions"
                  " BEGIN INSERT INTO interactions_fts (interactions_fts, rowid, details)"
                  " VALUES ('delete', old.id, old.details);"
                  " INSERT INTO interactions_fts (rowid, details)"
                  " VALUES (new.id, new.details); END"),
              QStringLiteral("INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild')"),
          } },
        { 4,
          {
              // The window's type filter with a date range: without it, counting one type in a
              // quarter walked every interaction of the quarter.
              QStringLiteral("CREATE INDEX interactions_by_type_date ON interactions"
                             " (interaction_type, occurred_at, id)"),
          } },
        { 5,
          {
              // Every column of the window sorts by its own value, then newest first: an index
              // for each, so that the first screen is read in order rather than sorted from
              // every row. The order's amount is kept beside the interaction (by triggers, as
              // the full-text index is), since a sort cannot walk an index of another table
              // through a LEFT JOIN. Both directions of a sort whose ties go newest first need
              // an index of their own unless one already serves read backwards.
              QStringLiteral("ALTER TABLE interactions ADD COLUMN order_total_cents BIGINT"),
              // The order's product too, so that one full-text index holds the details and the
              // product and a search of either is one look-up.
              QStringLiteral("ALTER TABLE interactions ADD COLUMN order_product TEXT"),
              QStringLiteral("UPDATE interactions SET (order_total_cents, order_product) = (SELECT"
                             " o.total_price_cents, o.product_details FROM order_details o"
                             " WHERE o.interaction_id = interactions.id)"
                             " WHERE id IN (SELECT interaction_id FROM order_details)"),
              QStringLiteral("CREATE TRIGGER order_details_copy_insert AFTER INSERT"
                             " ON order_details BEGIN UPDATE interactions"
                             " SET order_total_cents = new.total_price_cents,"
                             " order_product = new.product_details"
                             " WHERE id = new.interaction_id; END"),
              QStringLiteral("CREATE TRIGGER order_details_copy_update AFTER UPDATE"
                             " ON order_details BEGIN UPDATE interactions"
                             " SET order_total_cents = NULL, order_product = NULL"
                             " WHERE id = old.interaction_id AND old.interaction_id"
                             " IS NOT new.interaction_id;"
                             " UPDATE interactions SET order_total_cents = new.total_price_cents,"
                             " order_product = new.product_details"
                             " WHERE id = new.interaction_id; END"),
              QStringLiteral("CREATE TRIGGER order_details_copy_delete AFTER DELETE"
                             " ON order_details BEGIN UPDATE interactions"
                             " SET order_total_cents = NULL, order_product = NULL"
                             " WHERE id = old.interaction_id; END"),
              // The details' index of version 3 again, now with the product as its second
              // column: FTS5 cannot add a column, so it is built anew. An update that changes
              // neither text leaves the index alone, so that copying an order's amount does not
              // rewrite the interaction's entry.
              QStringLiteral("DROP TRIGGER interactions_fts_insert"),
              QStringLiteral("DROP TRIGGER interactions_fts_delete"),
              QStringLiteral("DROP TRIGGER interactions_fts_update"),
              QStringLiteral("DROP TABLE interactions_fts"),
              QStringLiteral("CREATE VIRTUAL TABLE interactions_fts USING fts5(details,"
                             " order_product, content='interactions', content_rowid='id',"
                             " tokenize='trigram')"),
              QStringLiteral("CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interactions"
                             " BEGIN INSERT INTO interactions_fts (rowid, details, order_product)"
                             " VALUES (new.id, new.details, new.order_product); END"),
              QStringLiteral("CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interactions"
                             " BEGIN INSERT INTO interactions_fts"
                             " (interactions_fts, rowid, details, order_product)"
                             " VALUES ('delete', old.id, old.details, old.order_product); END"),
              QStringLiteral("CREATE TRIGGER interactions_fts_update AFTER UPDATE OF details,"
                             " order_product ON interactions WHEN old.details IS NOT new.details"
                             " OR old.order_product IS NOT new.order_product"
                             " BEGIN INSERT INTO interactions_fts"
                             " (interactions_fts, rowid, details, order_product)"
                             " VALUES ('delete', old.id, old.details, old.order_product);"
                             " INSERT INTO interactions_fts (rowid, details, order_product)"
                             " VALUES (new.id, new.details, new.order_product); END"),
              QStringLiteral("INSERT INTO interactions_fts (interactions_fts) VALUES ('rebuild')"),
              QStringLiteral("CREATE INDEX interactions_by_amount ON interactions"
                             " (order_total_cents, occurred_at, id)"),
              QStringLiteral("CREATE INDEX interactions_by_amount_newest ON interactions"
                             " (order_total_cents, occurred_at DESC, id DESC)"),
              QStringLiteral("CREATE INDEX interactions_by_type_newest ON interactions"
                             " (interaction_type, occurred_at DESC, id DESC)"),
              QStringLiteral("CREATE INDEX interactions_by_lead_date ON interactions"
                             " (lead_id, occurred_at)"),
              // Each lead's order total from the index alone, for the leads table: summed
              // through the rows, the amounts are scattered over the whole file.
              QStringLiteral("CREATE INDEX interactions_order_totals_by_lead ON interactions"
                             " (lead_id, order_total_cents) WHERE order_placed = 1"),
              QStringLiteral("CREATE INDEX interactions_by_contact_date ON interactions"
                             " (contact_id, occurred_at)"),
              QStringLiteral("CREATE INDEX contacts_by_name ON contacts (name, id)"),
              // The date order again, now holding each row's lead and contact: a search walks it
              // and checks whether a name matched without reading the row.
              QStringLiteral("DROP INDEX interactions_by_date"),
              QStringLiteral("CREATE INDEX interactions_by_date ON interactions"
                             " (occurred_at, id, lead_id, contact_id)"),
              // The details by their beginning only: a whole copy of every text would double
              // the table; the few rows that begin alike are sorted as they are read.
              QStringLiteral("CREATE INDEX interactions_by_details ON interactions"
                             " (substr(details, 1, 32))"),
              // A search finds the lead's and the contact's names too (the order's product is in
              // interactions_fts, above). Names are matched in their own small tables and the
              // interactions found by the ids, so that a rename touches one row of an index; the
              // same trigram tokenizer as the details' (SQLite only, as version 3).
              QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5(name,"
                             " content='leads', content_rowid='id', tokenize='trigram')"),
              QStringLiteral("CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads"
                             " BEGIN INSERT INTO leads_fts (rowid, name)"
                             " VALUES (new.id, new.name); END"),
              QStringLiteral("CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads"
                             " BEGIN INSERT INTO leads_fts (leads_fts, rowid, name)"
                             " VALUES ('delete', old.id, old.name); END"),
              QStringLiteral("CREATE TRIGGER leads_fts_update AFTER UPDATE OF name ON leads"
                             " BEGIN INSERT INTO leads_fts (leads_fts, rowid, name)"
                             " VALUES ('delete', old.id, old.name);"
                             " INSERT INTO leads_fts (rowid, name) VALUES (new.id, new.name); END"),
              QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('rebuild')"),
              QStringLiteral("CREATE VIRTUAL TABLE contacts_fts USING fts5(name,"
                             " content='contacts', content_rowid='id', tokenize='trigram')"),
              QStringLiteral("CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts"
                             " BEGIN INSERT INTO contacts_fts (rowid, name)"
                             " VALUES (new.id, new.name); END"),
              QStringLiteral("CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts"
                             " BEGIN INSERT INTO contacts_fts (contacts_fts, rowid, name)"
                             " VALUES ('delete', old.id, old.name); END"),
              QStringLiteral(
                  "CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name ON contacts"
                  " BEGIN INSERT INTO contacts_fts (contacts_fts, rowid, name)"
                  " VALUES ('delete', old.id, old.name);"
                  " INSERT INTO contacts_fts (rowid, name) VALUES (new.id, new.name); END"),
              QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild')"),
          } },
    };
    return migrations;
}
