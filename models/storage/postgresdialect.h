#pragma once

// PostgreSQL's way of saying what SqlDialect asks, through Qt's QPSQL driver: a marker table for
// the schema's version, pg_trgm indexes and ILIKE for the search, identity sequences, and
// LISTEN/NOTIFY for another process's commits.

#include "storage/sqldialect.h"

#include <QMetaObject>
#include <QSqlQuery>

#include <memory>

class PostgresDialect final : public SqlDialect
{
public:
    PostgresDialect() = default;
    ~PostgresDialect() override;

    QString driverName() const override;
    QString connectOptions() const override;
    // Also LISTENs on PostgresSchema::changesChannel(), see othersCommits().
    QString prepareConnection(const QSqlDatabase &db) override;
    void releaseConnection() override;
    bool setPageCacheBytes(const QSqlDatabase &db, qint64 bytes) const override;

    const QList<SchemaMigrations::Migration> &migrations() const override;
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
    QString ownIdValue(const QString &table) const override;
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

    // The number of notifications of a commit that came from other sessions since the
    // connection opened. QPSQL reads a notification from the connection's socket and emits
    // QSqlDriver::notification from the event loop: the count moves only when the thread that
    // owns the connection returns to its event loop (as the window and `serve` do between
    // requests), never in the middle of a call; a caller that blocks sees another process's
    // commit when it next lets the event loop run.
    qint64 othersCommits(const QSqlDatabase &db) override;
    // The connection's current snapshot (pg_current_snapshot()): which transactions it sees as
    // committed. One round trip.
    std::optional<QByteArray> committedState(const QSqlDatabase &db) override;

private:
    std::unique_ptr<QSqlQuery> m_snapshotQuery;
    QMetaObject::Connection m_notifications;
    qint64 m_othersCommits = 0;
};
