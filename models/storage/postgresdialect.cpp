#include "storage/postgresdialect.h"

#include "core/idspace.h"
#include "storage/database.h"
#include "storage/postgresschema.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The text column(s) each index's search looks in, each with a pg_trgm GIN index
// (PostgresSchema), which serves ILIKE '%text%'.
struct IndexedText
{
    QString table;
    QStringList columns;
};

IndexedText indexedText(SqlDialect::TextIndex index)
{
    switch (index) {
    case SqlDialect::TextIndex::Leads:
        return { QStringLiteral("leads"), { QStringLiteral("name") } };
    case SqlDialect::TextIndex::Contacts:
        return { QStringLiteral("contacts"), { QStringLiteral("name") } };
    case SqlDialect::TextIndex::Interactions:
        break;
    }
    return { QStringLiteral("interactions"),
             { QStringLiteral("details"), QStringLiteral("order_product") } };
}

// "(SELECT what FROM the index's table WHERE one of its columns ILIKE the text)", with its
// bindings.
SqlStatement selectMatching(SqlDialect::TextIndex index, const QString &what, const QString &text)
{
    const IndexedText indexed = indexedText(index);
    SqlStatement statement;
    QStringList conditions;
    const QString pattern = SqlDialect::likePatternContaining(text);
    for (const QString &column : indexed.columns) {
        conditions << QStringLiteral("%1 ILIKE ? ESCAPE '\\'").arg(column);
        statement.bindings << pattern;
    }
    statement.sql = QStringLiteral("(SELECT %1 FROM %2 WHERE %3)")
                        .arg(what, indexed.table, conditions.join(QStringLiteral(" OR ")));
    return statement;
}

} // namespace

PostgresDialect::~PostgresDialect()
{
    releaseConnection();
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions() const
{
    // Named in pg_stat_activity, so that an administrator sees whose connections these are.
    return QStringLiteral("application_name=touchpoint");
}

QString PostgresDialect::prepareConnection(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // CREATE EXTENSION IF NOT EXISTS and the like say NOTICE, which libpq would print on stderr.
    // synchronous_commit on: a commit is on the server's disk before it is acknowledged, whatever
    // the server's default.
    const QStringList settings { QStringLiteral("SET client_min_messages = warning"),
                                 QStringLiteral("SET synchronous_commit = on") };
    for (const QString &setting : settings) {
        if (!query.exec(setting))
            return query.lastError().text();
    }
    QSqlDriver *driver = db.driver();
    const QString channel = PostgresSchema::changesChannel();
    if (!driver->subscribeToNotification(channel))
        return driver->lastError().text();
    m_othersCommits = 0;
    m_notifications = QObject::connect(driver, &QSqlDriver::notification, driver,
                                       [this, channel](const QString &name,
                                                       QSqlDriver::NotificationSource source,
                                                       const QVariant &) {
                                           if (name == channel && source == QSqlDriver::OtherSource)
                                               ++m_othersCommits;
                                       });
    return {};
}

void PostgresDialect::releaseConnection()
{
    m_snapshotQuery.reset();
    QObject::disconnect(m_notifications);
    m_notifications = {};
}

bool PostgresDialect::setPageCacheBytes(const QSqlDatabase &, qint64) const
{
    // The server's shared_buffers is the cache, sized by its administrator: nothing to refuse.
    return true;
}

const QList<SchemaMigrations::Migration> &PostgresDialect::migrations() const
{
    return PostgresSchema::history();
}

bool PostgresDialect::isAnotherProgramsDatabase(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    // Tables, views and the like outside PostgreSQL's own schemas; an extension's functions
    // alone do not make a database another program's.
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')"
            " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            " AND n.nspname NOT LIKE 'pg\\_%'"))
        || !query.next())
        return false;
    const qint64 objects = query.value(0).toLongLong();
    if (objects == 0)
        return false;
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL")
                        .arg(PostgresSchema::markerTable()))
        || !query.next() || !query.value(0).toBool())
        return true;
    return !query.exec(
               QStringLiteral("SELECT application_id FROM %1").arg(PostgresSchema::markerTable()))
        || !query.next() || query.value(0).toInt() != Database::applicationId;
}

int PostgresDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL")
                        .arg(PostgresSchema::markerTable()))
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM %1").arg(PostgresSchema::markerTable()))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString PostgresDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("UPDATE %1 SET version = %2")
        .arg(PostgresSchema::markerTable())
        .arg(version);
}

QString PostgresDialect::beginWriteStatement() const
{
    // Read committed, PostgreSQL's default: each statement sees what was committed before it,
    // and the foreign keys keep a rule that looks at another row true under concurrent writers.
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::rowLockClause(RowLock lock) const
{
    return lock == RowLock::Shared ? QStringLiteral(" FOR SHARE") : QStringLiteral(" FOR UPDATE");
}

std::pair<QString, QString> PostgresDialect::migrationLockStatements() const
{
    // A lock of the session's, on a number of Touchpoint's own (the application id): a second
    // process waits here until the first has committed its migrations.
    return { QStringLiteral("SELECT pg_advisory_lock(%1)").arg(Database::applicationId),
             QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(Database::applicationId) };
}

QStringList PostgresDialect::revisionStatements() const
{
    // Read committed: the clock is read as the last writer to hold it committed it, and another
    // transaction's rows without a revision are not visible to this one.
    return { QStringLiteral("WITH tick AS (UPDATE sync_clock SET revision = revision + 1"
                            " RETURNING revision)"
                            " UPDATE record_changes SET revision = (SELECT revision FROM tick)"
                            " WHERE revision IS NULL") };
}

bool PostgresDialect::streamsForwardOnlyRows() const
{
    return true;
}

bool PostgresDialect::preparesSavepoints() const
{
    return false;
}

bool PostgresDialect::beginReadTransaction(const QSqlDatabase &db)
{
    // One snapshot for the reads of a batch, as SQLite's deferred transaction gives.
    QSqlQuery query(db);
    return query.exec(
        QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
}

bool PostgresDialect::endReadTransaction(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("COMMIT"));
}

QString PostgresDialect::identityCatchUpStatement(const QString &table) const
{
    // Only forward: a sequence moved back would give again an id it gave to a row since deleted.
    // Never into the replicas' blocks of ids.
    return QStringLiteral(
               "SELECT setval(pg_get_serial_sequence('%1', 'id'), top) FROM"
               " (SELECT max(id) AS top FROM %1 WHERE id < %2) ids WHERE top > COALESCE("
               "pg_sequence_last_value(pg_get_serial_sequence('%1', 'id')::regclass), 0)")
        .arg(table)
        .arg(IdSpace::firstBlockId);
}

QString PostgresDialect::ownIdValue(const QString &) const
{
    return QStringLiteral("DEFAULT"); // the identity sequence, caught up below the blocks only
}

QString PostgresDialect::containsIgnoringCase(const QString &column) const
{
    return QStringLiteral("strpos(lower(%1), lower(?)) > 0").arg(column);
}

QString PostgresDialect::likeIgnoringCase() const
{
    return QStringLiteral("ILIKE");
}

int PostgresDialect::fullTextMinimumLength() const
{
    // pg_trgm looks up pieces of three characters; a shorter text reads every row, as SQLite's.
    return 3;
}

SqlStatement PostgresDialect::fullTextIds(TextIndex index, const QString &text) const
{
    return selectMatching(index, QStringLiteral("id"), text);
}

SqlStatement PostgresDialect::fullTextCount(TextIndex index, const QString &text) const
{
    return selectMatching(index, QStringLiteral("count(*)"), text);
}

SqlStatement PostgresDialect::rowContains(const QString &column, const QString &text) const
{
    return { QStringLiteral("%1 ILIKE ? ESCAPE '\\'").arg(column),
             { SqlDialect::likePatternContaining(text) } };
}

qint64 PostgresDialect::othersCommits(const QSqlDatabase &)
{
    return m_othersCommits;
}

std::optional<QByteArray> PostgresDialect::committedState(const QSqlDatabase &db)
{
    std::unique_ptr<QSqlQuery> &query = m_snapshotQuery;
    if (!query) {
        // Not forward-only: see streamsForwardOnlyRows().
        query = std::make_unique<QSqlQuery>(db);
        if (!query->prepare(QStringLiteral("SELECT pg_current_snapshot()::text"))) {
            query.reset();
            return std::nullopt;
        }
    }
    std::optional<QByteArray> state;
    if (query->exec() && query->next())
        state = query->value(0).toString().toLatin1();
    query->finish();
    return state;
}

bool PostgresDialect::countsNameMatchesByTheirRows() const
{
    return true;
}

bool PostgresDialect::countsReadEachRow() const
{
    return true;
}

bool PostgresDialect::statementsAreRoundTrips() const
{
    return true;
}

QString PostgresDialect::sessionIdQuery() const
{
    return QStringLiteral("SELECT pg_backend_pid()");
}

QString PostgresDialect::cancelSessionStatement() const
{
    return QStringLiteral("SELECT pg_cancel_backend(?)");
}
