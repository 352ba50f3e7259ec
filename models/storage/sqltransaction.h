#pragma once

// A write transaction that rolls back unless it was committed (as Charm's SqlRaiiTransactor).

#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>

class SqlDialect;

class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    // Begins with dialect's statement for a transaction that will write.
    SqlTransaction(const QSqlDatabase &db, const SqlDialect &dialect);
    // Ends the database's batch of reads first (Database::beginReadBatch()).
    explicit SqlTransaction(Database &database);
    ~SqlTransaction();

    bool isActive() const { return m_active; }
    // COMMIT; first, when the transaction recorded changes (Database::revisionDue()), the
    // revision they are given (SqlDialect::revisionStatements()). That takes the sync clock's
    // lock, and it is taken last, after every other lock the transaction holds, so that no
    // writer holding the clock ever waits for another: nothing may run between it and COMMIT.
    bool commit();
    // Gives the changes recorded so far their revision now, not at commit(), for a writer that
    // must store the revision with them (a replica's batch answer, ReplicaBatchStore). The clock
    // is then held: what runs before commit() must not wait on a lock that a writer without the
    // clock holds, and must record no change. False when it failed (errorMessage()).
    bool giveRevision();
    QString errorMessage() const { return m_errorMessage; }

    // The one way a store writes: a transaction begun on database, writes(transaction) run under
    // it, then when writes answered Ok the commit and the announcement of changes. writes answers
    // a StoreResult; any other answer rolls back and is passed on as it came. A transaction that
    // cannot begin or commit is answered as Failed, with the database's words.
    template<typename Writes>
    static auto write(Database &database, Database::Changes changes, Writes &&writes)
        -> decltype(writes(std::declval<SqlTransaction &>()));

private:
    QSqlDatabase m_db;
    Database *m_database = nullptr; // the migrations' transactions have none and record nothing
    bool m_active = false;
    QString m_errorMessage;
};

template<typename Writes>
auto SqlTransaction::write(Database &database, Database::Changes changes, Writes &&writes)
    -> decltype(writes(std::declval<SqlTransaction &>()))
{
    using Result = decltype(writes(std::declval<SqlTransaction &>()));
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return Result::failed(transaction.errorMessage());
    Result result = std::forward<Writes>(writes)(transaction);
    if (!result.ok())
        return result;
    if (!transaction.commit())
        return Result::failed(transaction.errorMessage());
    database.announce(changes);
    return result;
}
