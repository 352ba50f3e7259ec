#include "storage/sqliteschema.h"

#include "storage/database.h"
#include "storage/portableschema.h"

// What SQLite and PostgreSQL read alike is PortableSchema's; what stays here is SQLite's own:
// application_id, the FTS5 tables and the triggers that keep them and the order's copy.
const QList<SchemaMigrations::Migration> &SqliteSchema::history()
{
    static const QList<SchemaMigrations::Migration> migrations {
        { 1,
          QStringList { QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId) }
              // AUTOINCREMENT: an id, once given out, is never given again, so that other
              // tools that keep ids never mistake a new row for a deleted one.
              + PortableSchema::tables(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")) },
        { 2, PortableSchema::queryIndexes() },
        { 3,
          {
              // SQLite only (PostgreSQL has a pg_trgm index instead, PostgresSchema): an FTS5
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
        { 4, PortableSchema::typeDateIndexes() },
        { 5,
          // The order's amount and product beside the interaction, kept by triggers as the
          // full-text index is.
          PortableSchema::orderCopyColumns()
              + QStringList {
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
              }
              + PortableSchema::sortIndexes(QStringLiteral("order_total_cents"))
              + QStringList {
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
        { 6, PortableSchema::people(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")) },
        { 7, PortableSchema::recordChanges(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")) },
        { 8, PortableSchema::syncClock() },
        { 9, PortableSchema::replicas(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")) },
    };
    return migrations;
}
