#include "storage/sqlitedialect.h"

#include "storage/database.h"
#include "storage/sqliteschema.h"
#include "storage/trigramcontains.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// The FTS5 table of each index: external content, kept in step by triggers (SqliteSchema).
QString tableOf(SqlDialect::TextIndex index)
{
    switch (index) {
    case SqlDialect::TextIndex::Leads:
        return QStringLiteral("leads_fts");
    case SqlDialect::TextIndex::Contacts:
        return QStringLiteral("contacts_fts");
    case SqlDialect::TextIndex::Interactions:
        break;
    }
    return QStringLiteral("interactions_fts");
}

// The text as one quoted FTS5 phrase, its own double quotes doubled, so that no character of it
// is read as FTS5 syntax; with the trigram tokenizer a phrase matches wherever its characters
// stand in a row, ignoring case.
QString fullTextPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("\"%1\"").arg(phrase);
}

} // namespace

SqliteDialect::SqliteDialect() = default;

SqliteDialect::~SqliteDialect()
{
    releaseConnection();
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    // Another process (the window and `touchpoint serve` on one file) may hold the write lock
    // for a moment: wait for it rather than fail.
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

QString SqliteDialect::prepareConnection(const QSqlDatabase &db)
{
    // WAL with synchronous=FULL: a commit is on disk before it is acknowledged, so it survives
    // both a crash of the process and a power cut.
    QSqlQuery query(db);
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode = WAL"),
                                QStringLiteral("PRAGMA synchronous = FULL"),
                                QStringLiteral("PRAGMA foreign_keys = ON") };
    for (const QString &pragma : pragmas) {
        // Two connections that switch a new file to WAL at once: each reads the file first, and
        // the one that then finds the other writing is told "busy" without waiting (its read
        // would hold up the writer that it waits for). BEGIN IMMEDIATE waits, within the busy
        // timeout, for the other's switch to end; the file is then asked again.
        for (int attempt = 0; !query.exec(pragma); ++attempt) {
            const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_BUSY;
            QSqlQuery wait(db);
            if (!busy || attempt == 2 || !wait.exec(QStringLiteral("BEGIN IMMEDIATE"))
                || !wait.exec(QStringLiteral("ROLLBACK")))
                return query.lastError().text();
        }
    }
    // The window's search checks rows with it where that is quicker than the full-text index.
    if (const int rc = TrigramContains::install(handleOf(db)); rc != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(rc));
    return {};
}

void SqliteDialect::releaseConnection()
{
    m_dataVersionQuery.reset();
    sqlite3_finalize(m_beginRead);
    sqlite3_finalize(m_endRead);
    m_beginRead = nullptr;
    m_endRead = nullptr;
}

bool SqliteDialect::setPageCacheBytes(const QSqlDatabase &db, qint64 bytes) const
{
    // A negative cache_size is in KiB.
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg((bytes + 1023) / 1024));
}

const QList<SchemaMigrations::Migration> &SqliteDialect::migrations() const
{
    return SqliteSchema::history();
}

bool SqliteDialect::FileMark::isAnotherPrograms() const
{
    if (applicationId == Database::applicationId)
        return false;
    return applicationId != 0 || version != 0 || objects > 0;
}

std::optional<SqliteDialect::FileMark> SqliteDialect::readFileMark(const QSqlDatabase &db,
                                                                   QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id()),"
                                   " (SELECT user_version FROM pragma_user_version()),"
                                   " (SELECT count(*) FROM sqlite_master)"))
        || !query.next()) {
        if (error)
            *error = query.lastError();
        return std::nullopt;
    }
    return FileMark { query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt() };
}

bool SqliteDialect::isAnotherProgramsDatabase(const QSqlDatabase &db) const
{
    // Unreadable: reading the schema's version fails next and says why.
    const std::optional<FileMark> mark = readFileMark(db, nullptr);
    return mark && mark->isAnotherPrograms();
}

int SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    // PRAGMA user_version is transactional in SQLite: it lands with the rest or not at all.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::beginWriteStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::rowLockClause(RowLock) const
{
    // BEGIN IMMEDIATE took the file's one write lock: no other writer runs until the commit.
    return {};
}

QStringList SqliteDialect::revisionStatements() const
{
    return {
        QStringLiteral("UPDATE sync_clock SET revision = revision + 1"),
        QStringLiteral("UPDATE record_changes SET revision = (SELECT revision FROM sync_clock)"
                       " WHERE revision IS NULL"),
    };
}

std::pair<QString, QString> SqliteDialect::migrationLockStatements() const
{
    return {};
}

bool SqliteDialect::streamsForwardOnlyRows() const
{
    return false;
}

bool SqliteDialect::preparesSavepoints() const
{
    return true;
}

bool SqliteDialect::beginReadTransaction(const QSqlDatabase &db)
{
    // Prepared once and stepped directly: through QSqlQuery, BEGIN and COMMIT cost as much as
    // the lookup of one interaction (docs/benchmarks.md).
    if (!m_beginRead) {
        sqlite3 *handle = handleOf(db);
        if (!handle
            || sqlite3_prepare_v2(handle, "BEGIN DEFERRED", -1, &m_beginRead, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(handle, "COMMIT", -1, &m_endRead, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_beginRead);
            sqlite3_finalize(m_endRead);
            m_beginRead = nullptr;
            m_endRead = nullptr;
            return false;
        }
    }
    // Deferred: the transaction takes its snapshot at its first read and never writes.
    const bool begun = sqlite3_step(m_beginRead) == SQLITE_DONE;
    sqlite3_reset(m_beginRead);
    return begun;
}

bool SqliteDialect::endReadTransaction(const QSqlDatabase &)
{
    if (!m_endRead)
        return false;
    const bool ended = sqlite3_step(m_endRead) == SQLITE_DONE;
    sqlite3_reset(m_endRead);
    return ended;
}

QString SqliteDialect::identityCatchUpStatement(const QString &) const
{
    // AUTOINCREMENT keeps sqlite_sequence past every id written, given or not.
    return {};
}

// sqlite_sequence keeps the highest of the database's own ids (PreparedQueries::insertWithId()
// puts it back after a row of a replica's block), so the next own id never reuses one, as
// AUTOINCREMENT would not, and never follows a block's.
QString SqliteDialect::ownIdValue(const QString &table) const
{
    return QStringLiteral(
               "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sqlite_sequence WHERE name = '%1')")
        .arg(table);
}

QString SqliteDialect::ownIdMarkRead(const QString &table) const
{
    return QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = '%1'").arg(table);
}

QString SqliteDialect::ownIdMarkWrite(const QString &table) const
{
    return QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = '%1'").arg(table);
}

QString SqliteDialect::containsIgnoringCase(const QString &column) const
{
    return QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(column);
}

QString SqliteDialect::likeIgnoringCase() const
{
    return QStringLiteral("LIKE");
}

int SqliteDialect::fullTextMinimumLength() const
{
    // The trigram tokenizer indexes pieces of three characters; a shorter text matches nothing.
    return 3;
}

SqlStatement SqliteDialect::fullTextIds(TextIndex index, const QString &text) const
{
    const QString table = tableOf(index);
    return { QStringLiteral("(SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(table),
             { fullTextPhrase(text) } };
}

SqlStatement SqliteDialect::fullTextCount(TextIndex index, const QString &text) const
{
    const QString table = tableOf(index);
    return { QStringLiteral("(SELECT count(*) FROM %1 WHERE %1 MATCH ?)").arg(table),
             { fullTextPhrase(text) } };
}

SqlStatement SqliteDialect::rowContains(const QString &column, const QString &text) const
{
    // The same test as the index's (TrigramContains, which prepareConnection() installs).
    return { QStringLiteral("trigram_contains(%1, ?)").arg(column), { text } };
}

// PRAGMA data_version changes when another connection commits (never for this one's own
// commits), and reading it costs no more than a look at the WAL index in shared memory.
qint64 SqliteDialect::othersCommits(const QSqlDatabase &db)
{
    std::unique_ptr<QSqlQuery> &query = m_dataVersionQuery;
    if (!query) {
        query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(QStringLiteral("PRAGMA data_version"))) {
            query.reset();
            return -1;
        }
    }
    qint64 version = -1;
    if (query->exec() && query->next())
        version = query->value(0).toLongLong();
    query->finish(); // holds no read snapshot open
    return version;
}

std::optional<QByteArray> SqliteDialect::committedState(const QSqlDatabase &)
{
    return QByteArray(); // PRAGMA data_version is read from the file each time
}

bool SqliteDialect::countsNameMatchesByTheirRows() const
{
    return false;
}

bool SqliteDialect::countsReadEachRow() const
{
    return false;
}

bool SqliteDialect::statementsAreRoundTrips() const
{
    return false;
}

QString SqliteDialect::sessionIdQuery() const
{
    return QString();
}

QString SqliteDialect::cancelSessionStatement() const
{
    return QString();
}
