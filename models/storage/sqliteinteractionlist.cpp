#include "storage/sqliteinteractionlist.h"

#include "storage/interactionjsonrow.h"
#include "storage/preparedqueries.h"
#include "json/jsonbuffer.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <sqlite3.h>

namespace {

// A statement borrowed from a QSqlQuery that PreparedQueries keeps prepared: preparing costs
// many times a lookup by id (docs/benchmarks.md). Qt still owns it and finalizes it when
// the connection closes. Only this class steps it, and resets it on every path, so that it
// holds no read snapshot open and is ready for its next use; every parameter is bound anew.
class BorrowedStatement final
{
public:
    explicit BorrowedStatement(const QSqlQuery &query)
    {
        if (!query.driver() || !query.result())
            return;
        const QVariant handle = query.result()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0)
            m_statement = *static_cast<sqlite3_stmt *const *>(handle.constData());
    }
    ~BorrowedStatement()
    {
        if (m_statement)
            sqlite3_reset(m_statement);
    }
    BorrowedStatement(const BorrowedStatement &) = delete;
    BorrowedStatement &operator=(const BorrowedStatement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

bool bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
}

// A row of SQLite's, as InteractionJsonRow reads it.
struct SqliteRow
{
    sqlite3_stmt *statement;
    qint64 number(int column) const { return sqlite3_column_int64(statement, column); }
    std::pair<const char *, qsizetype> text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return { text, sqlite3_column_bytes(statement, column) };
    }
};

const QString selectColumns = QStringLiteral("SELECT ") + InteractionJsonRow::columns();

bool bindAll(sqlite3_stmt *statement, const QVariantList &bindings, QString *error)
{
    for (int i = 0; i < bindings.size(); ++i) {
        if (!bind(statement, i + 1, bindings.at(i))) {
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
            return false;
        }
    }
    return true;
}

bool isSqlite(const QSqlQuery &query)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
}

} // namespace

std::optional<QByteArray> SqliteInteractionList::write(PreparedQueries &queries,
                                                       const SqlDialect &dialect,
                                                       const InteractionFilter &filter,
                                                       qint64 offset, qint64 limit, QString *error)
{
    QVariantList bindings;
    QString sql = selectColumns + filter.sqlFromWhere(dialect, bindings) + filter.sqlOrderBy();
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << (limit >= 0 ? limit : -1) << offset;
    }
    const QSqlQuery &query = queries.get(sql);
    if (!isSqlite(query))
        return std::nullopt;
    const BorrowedStatement statement(query);
    if (!statement.get())
        return std::nullopt; // not prepared: the general path reports why
    if (!bindAll(statement.get(), bindings, error))
        return QByteArray();

    JsonBuffer out(16384);
    out.append('[');
    int result;
    bool first = true;
    while ((result = sqlite3_step(statement.get())) == SQLITE_ROW) {
        if (!first)
            out.append(',');
        first = false;
        InteractionJsonRow::append(out, SqliteRow { statement.get() });
    }
    if (result != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement.get())));
        return QByteArray();
    }
    out.append(']');
    return out.take();
}

std::optional<QByteArray> SqliteInteractionList::writeOne(PreparedQueries &queries, qint64 id,
                                                          QString *error)
{
    static const QString sql
        = selectColumns + QStringLiteral(" FROM interactions i WHERE i.id = ?");
    const QSqlQuery &query = queries.get(sql);
    if (!isSqlite(query))
        return std::nullopt;
    const BorrowedStatement statement(query);
    if (!statement.get())
        return std::nullopt;
    if (sqlite3_bind_int64(statement.get(), 1, id) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement.get())));
        return QByteArray();
    }
    JsonBuffer out(1024);
    switch (sqlite3_step(statement.get())) {
    case SQLITE_ROW:
        InteractionJsonRow::append(out, SqliteRow { statement.get() });
        return out.take();
    case SQLITE_DONE:
        return QByteArray();
    default:
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement.get())));
        return QByteArray();
    }
}
