#pragma once

// What one database engine says differently from another (SQLite today, PostgreSQL next): the
// one place the stores, the filters, the query objects and the migrations ask, so that a second
// engine is a second implementation of this class and not a test of the driver's name in each.

#include "storage/schemamigrations.h"
#include "storage/sqlstatement.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Database owns one, made for the engine it opens, and keeps it for as long as the connection:
// an implementation may keep statements prepared on that connection between calls.
// What stays out: opening a file (inspecting it, quick_check, backups) belongs to SQLite's file
// and stays with Database and DatabaseBackup; the API's fast JSON list (SqliteInteractionList)
// answers "not mine" on another engine and the general path is taken.
class SqlDialect
{
public:
    // The full-text indexes a search looks in: the interactions' details and order products, the
    // leads' names, the contacts' names.
    enum class TextIndex { Interactions, Leads, Contacts };

    SqlDialect() = default;
    virtual ~SqlDialect() = default;
    SqlDialect(const SqlDialect &) = delete;
    SqlDialect &operator=(const SqlDialect &) = delete;

    // --- The connection ---

    // The Qt driver that speaks it ("QSQLITE"; PostgreSQL's is "QPSQL").
    virtual QString driverName() const = 0;
    // QSqlDatabase::setConnectOptions() before the connection opens: how long to wait for
    // another process's lock, for one.
    virtual QString connectOptions() const = 0;
    // Sets up a connection that has just opened: durability, foreign keys, the functions the SQL
    // of this dialect calls. Empty when done, otherwise the engine's words.
    virtual QString prepareConnection(const QSqlDatabase &db) = 0;
    // Lets go of whatever prepareConnection() and the calls below kept on the connection; called
    // before it closes.
    virtual void releaseConnection() = 0;
    // Room for this many bytes of the file's pages in the connection's own cache; false when the
    // engine refused. A server engine, whose cache its administrator sizes, has nothing to do
    // and answers true.
    virtual bool setPageCacheBytes(const QSqlDatabase &db, qint64 bytes) const = 0;

    // --- The schema ---

    // Every version of the schema in this engine's DDL (identity columns, full-text indexes and
    // the triggers that keep them), versions 1, 2, ... up to SchemaMigrations::latestVersion():
    // a version means the same tables and columns in every dialect.
    virtual const QList<SchemaMigrations::Migration> &migrations() const = 0;
    // True when the database holds something but not the mark of Touchpoint's (SQLite: another
    // application_id; PostgreSQL: tables but no marker table, or another mark in it): it is
    // refused and left untouched.
    virtual bool isAnotherProgramsDatabase(const QSqlDatabase &db) const = 0;
    // The version the connection's schema is at (0 for an empty database), -1 when it cannot be
    // read. SQLite keeps it in PRAGMA user_version; a server engine in a table of its own.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // The statement that records version, run inside the migration's transaction so that it
    // lands with the migration or not at all.
    virtual QString setSchemaVersionStatement(int version) const = 0;

    // --- Reading and writing ---

    // The statement that begins a transaction that will write. SQLite's plain BEGIN takes the
    // write lock only at the first write, and a reader that then wants to write can deadlock
    // against another writer, so SQLite's takes the lock up front. COMMIT and ROLLBACK end it in
    // every engine.
    virtual QString beginWriteStatement() const = 0;
    // How a row read inside a write is held until the commit: Shared lets other writers read it
    // so held too, Exclusive lets none. A rule that looks at another row (the contact belongs to
    // the lead) holds that row Shared, and whatever moves or deletes a row takes it Exclusive
    // first, always a lead before its contacts and a contact before its interactions, so that
    // the rule stays true until the commit and two writers never wait on each other in a ring.
    enum class RowLock { Shared, Exclusive };
    // What ends such a SELECT (PostgreSQL: FOR SHARE, FOR UPDATE); empty where a write
    // transaction already keeps every other writer out (SQLite's BEGIN IMMEDIATE).
    virtual QString rowLockClause(RowLock lock) const = 0;
    // The statements, run last before COMMIT by a write transaction that recorded changes, that
    // move sync_clock on by one and give its new revision to every row of record_changes that
    // has none: this transaction's, as every other's are either given theirs before their own
    // commit or not visible to it. The clock's row stays locked until COMMIT, so that revisions
    // become visible in the order they were given (docs/sync.md). PostgreSQL says it in one
    // round trip; SQLite in two statements, its one writer at a time needing no more.
    virtual QStringList revisionStatements() const = 0;
    // The statements that take and give back a lock held around all of the migrations, from
    // before the schema's version is read (and outside any transaction, so that the version is
    // then read afresh), so that two processes opening one empty database migrate it one after
    // the other and the second finds it done; empty where each migration's write transaction
    // already keeps every other writer out and the version is read inside it.
    virtual std::pair<QString, QString> migrationLockStatements() const = 0;

    // True when a forward-only query reads its rows off the connection one at a time (QPSQL's
    // single-row mode) and finish() does not read the rest: a query that is kept after its first
    // row leaves the connection in the middle of an answer, and PostgreSQL's notifications are
    // not read until the next statement is sent. Queries kept between calls are then not made
    // forward-only (PreparedQueries).
    virtual bool streamsForwardOnlyRows() const = 0;

    // True when SAVEPOINT, ROLLBACK TO and RELEASE can be prepared once and run again (SQLite);
    // PostgreSQL prepares queries and changes of rows only, so they are run as they are there.
    virtual bool preparesSavepoints() const = 0;

    // One read transaction shared by reads that arrive together (Database::beginReadBatch()):
    // begins it, true when it did. Never writes.
    virtual bool beginReadTransaction(const QSqlDatabase &db) = 0;
    // Ends it; false when the engine did not, and the caller rolls back.
    virtual bool endReadTransaction(const QSqlDatabase &db) = 0;
    // "INSERT INTO table (columns) VALUES (?, ...)" that updates the other columns of the row whose
    // key columns are already there; the values are bound in the order of columns. SQLite and
    // PostgreSQL say it alike (ON CONFLICT ... DO UPDATE).
    virtual QString upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const;
    // The statement that moves table's id sequence past every id in it below
    // IdSpace::firstBlockId, run after rows were written with ids of their own (an undo's
    // restore, the generator), so that the next row without one is never given an id already
    // taken, nor one of a replica's blocks; empty when the engine does it itself (SQLite's
    // AUTOINCREMENT).
    virtual QString identityCatchUpStatement(const QString &table) const = 0;
    // Where the engine keeps the highest id it gave table's rows, when a row written with an id
    // of its own moves it (SQLite's AUTOINCREMENT, in sqlite_sequence): the statement that reads
    // it, and the one that sets it back (one bound value). Empty where a given id does not move
    // it (PostgreSQL's identity sequences).
    virtual QString ownIdMarkRead(const QString &table) const;
    // The value an INSERT gives the id column of a new row of table the database makes itself:
    // the next of its own ids, below IdSpace::firstBlockId even when the table holds rows of a
    // replica's block (SQLite's AUTOINCREMENT would go on from the highest id in the table).
    virtual QString ownIdValue(const QString &table) const = 0;
    virtual QString ownIdMarkWrite(const QString &table) const;
    // A condition true where column holds the next bound value, ignoring case; the value is
    // bound as it is.
    virtual QString containsIgnoringCase(const QString &column) const = 0;
    // LIKE as it ignores case ("LIKE" in SQLite, which ignores ASCII case; "ILIKE" in
    // PostgreSQL), for the patterns a search writes with '\' as its escape.
    virtual QString likeIgnoringCase() const = 0;
    // What LIMIT is bound to for limit, a negative one meaning none: the largest number, which
    // every engine reads as no limit (PostgreSQL refuses a negative LIMIT).
    static qint64 limitValue(qint64 limit);
    // The LIKE pattern that finds text anywhere, its wildcards escaped with '\'.
    static QString likePatternContaining(const QString &text);

    // --- Full-text search ---

    // The shortest text, in characters, that the full-text indexes can find; a shorter search
    // reads every row with likeIgnoringCase().
    virtual int fullTextMinimumLength() const = 0;
    // A subquery, in parentheses, of the ids of index's rows that hold text anywhere, ignoring
    // case, with its bindings (SQLite: FTS5 trigram tables and a MATCH phrase; PostgreSQL:
    // pg_trgm).
    virtual SqlStatement fullTextIds(TextIndex index, const QString &text) const = 0;
    // A subquery, in parentheses, counting those rows, with its bindings.
    virtual SqlStatement fullTextCount(TextIndex index, const QString &text) const = 0;
    // A condition true where column holds text as the full-text index would find it, checked on
    // the row itself without the index, with its bindings.
    virtual SqlStatement rowContains(const QString &column, const QString &text) const = 0;
    // How a search's count adds the interactions found only by their lead's or contact's name:
    // false, by leaving out the ids the full-text index found (SQLite: the index's ids are at
    // hand and checking a row costs more); true, by gathering the name matches through the
    // indexes by lead and by contact and checking each of their rows (PostgreSQL: a condition
    // of "lead in ... or contact in ..." makes it read every row, and "not in" a large set of
    // ids spills out of its memory).
    virtual bool countsNameMatchesByTheirRows() const = 0;
    // Whether a count reads every row it counts: true on PostgreSQL, where whether a row is
    // there for this transaction is kept in the row, not the index, and a trigram index only
    // says which rows may hold the text, so that counting a million rows or a common word's
    // matches takes as long as reading them; false on SQLite, whose full-text index counts its
    // matches. The window's table shows its first rows before such a count.
    virtual bool countsReadEachRow() const = 0;
    // Whether each statement is a round trip to a server and a wait for its answer: true on
    // PostgreSQL, false on SQLite, which runs it in this process. The API gathers reads of one
    // interaction by id that arrive together into one statement where it is.
    virtual bool statementsAreRoundTrips() const = 0;
    // How a session learns its own id, and the statement that stops, from another connection,
    // what the session with the id bound to it is running: a count no longer wanted, so that it
    // does not take the cores from what is. Empty where counts are not run apart (SQLite).
    virtual QString sessionIdQuery() const = 0;
    virtual QString cancelSessionStatement() const = 0;

    // --- Another process's commits ---

    // A number that changes when another connection (another process) commits, and not for
    // this connection's own commits; -1 when it cannot be told. Asked before every cached answer
    // and on a timer, so it must be cheap: SQLite reads PRAGMA data_version; a PostgreSQL
    // dialect counts the notifications it LISTENs for (QSqlDriver::notification).
    virtual qint64 othersCommits(const QSqlDatabase &db) = 0;
    // What the connection's next read would see, asked of the engine there and then: differs
    // from an earlier answer once anything was committed since, by any connection. Empty where
    // othersCommits() is already asked of the engine each time (SQLite), so that it alone tells;
    // nothing when it cannot be told.
    // A PostgreSQL notification arrives some time after the commit that sent it; a cache that
    // must never answer what an acknowledged write changed asks this before each answer.
    virtual std::optional<QByteArray> committedState(const QSqlDatabase &db) = 0;
};
