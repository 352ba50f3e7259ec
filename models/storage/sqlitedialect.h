#pragma once

// SQLite's way of saying what SqlDialect asks: PRAGMAs, PRAGMA user_version, FTS5 trigram
// tables, PRAGMA data_version, and read transactions stepped on SQLite's own handle.

#include "storage/sqldialect.h"

#include <memory>

class QSqlError;
class QSqlQuery;
struct sqlite3_stmt;

class SqliteDialect final : public SqlDialect
{
public:
    // How long a connection waits for another's lock on the file before it gives up.
    static constexpr int busyTimeoutMs = 10000;

    SqliteDialect();
    ~SqliteDialect() override;

    QString driverName() const override;
    QString connectOptions() const override;
    QString prepareConnection(const QSqlDatabase &db) override;
    void releaseConnection() override;
    bool setPageCacheBytes(const QSqlDatabase &db, qint64 bytes) const override;

    const QList<SchemaMigrations::Migration> &migrations() const override;
    // What tells whose a file is: its application_id, PRAGMA user_version and how many objects
    // its schema holds. Read in one statement, so from one snapshot of the file: Touchpoint
    // writes its application_id in the transaction that creates its first table, and three
    // reads apart could see the id before that commit and the tables after it.
    struct FileMark
    {
        int applicationId = 0;
        int version = 0;
        int objects = 0;
        // Marked by another program, or unmarked but holding a schema or a version.
        bool isAnotherPrograms() const;
    };
    // Empty when the file cannot be read; the query's error is then in error.
    static std::optional<FileMark> readFileMark(const QSqlDatabase &db, QSqlError *error);
    bool isAnotherProgramsDatabase(const QSqlDatabase &db) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QString setSchemaVersionStatement(int version) const override;

    QString beginWriteStatement() const override;
    QString rowLockClause(RowLock lock) const override;
    QStringList revisionStatements() const override;
    std::pair<QString, QString> migrationLockStatements() const override;
    bool streamsForwardOnlyRows() const override;
    bool preparesSavepoints() const override;
    bool beginReadTransaction(const QSqlDatabase &db) override;
    bool endReadTransaction(const QSqlDatabase &db) override;
    QString identityCatchUpStatement(const QString &table) const override;
    QString ownIdMarkRead(const QString &table) const override;
    QString ownIdValue(const QString &table) const override;
    QString ownIdMarkWrite(const QString &table) const override;
    QString containsIgnoringCase(const QString &column) const override;
    QString likeIgnoringCase() const override;

    int fullTextMinimumLength() const override;
    SqlStatement fullTextIds(TextIndex index, const QString &text) const override;
    SqlStatement fullTextCount(TextIndex index, const QString &text) const override;
    SqlStatement rowContains(const QString &column, const QString &text) const override;
    bool countsNameMatchesByTheirRows() const override;
    bool countsReadEachRow() const override;
    bool statementsAreRoundTrips() const override;
    QString sessionIdQuery() const override;
    QString cancelSessionStatement() const override;

    qint64 othersCommits(const QSqlDatabase &db) override;
    std::optional<QByteArray> committedState(const QSqlDatabase &db) override;

private:
    // PRAGMA data_version, prepared once: othersCommits() runs before every cached answer.
    std::unique_ptr<QSqlQuery> m_dataVersionQuery;
    sqlite3_stmt *m_beginRead = nullptr;
    sqlite3_stmt *m_endRead = nullptr;
};
