#include "sqliteinteractionlist.h"

#include "isotimestamp.h"
#include "jsonobjectwriter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

// Finalized on every path: an unfinalized statement would keep the connection from closing.
class Statement final
{
public:
    ~Statement() { sqlite3_finalize(m_statement); }
    sqlite3_stmt **address() { return &m_statement; }
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

void appendColumnText(QByteArray &out, sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    JsonObjectWriter::appendQuotedUtf8(out, text ? text : "",
                                       sqlite3_column_bytes(statement, column));
}

} // namespace

std::optional<QByteArray> SqliteInteractionList::write(const QSqlDatabase &db,
                                                       const InteractionFilter &filter,
                                                       qint64 offset, qint64 limit, QString *error)
{
    if (!db.isOpen() || !db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return std::nullopt;
    // Qt's documented way to reach the driver's own handle.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return std::nullopt;

    QVariantList bindings;
    QString sql = QStringLiteral("SELECT i.id, i.lead_id, i.contact_id, i.interaction_type,"
                                 " i.details, i.order_placed, i.occurred_at")
        + filter.sqlFromWhere(bindings) + filter.sqlOrderBy();
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << (limit >= 0 ? limit : -1) << offset;
    }
    const QByteArray sqlText = sql.toUtf8();
    Statement statement;
    if (sqlite3_prepare_v2(connection, sqlText.constData(), int(sqlText.size()),
                           statement.address(), nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return QByteArray();
    }
    for (int i = 0; i < bindings.size(); ++i) {
        if (!bind(statement.get(), i + 1, bindings.at(i))) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            return QByteArray();
        }
    }

    // The keys and their order are JsonForm::write(Interaction)'s; tst_interactionjsonlist
    // checks that both write the same bytes.
    QByteArray out;
    out.reserve(4096);
    out += '[';
    int result;
    bool first = true;
    while ((result = sqlite3_step(statement.get())) == SQLITE_ROW) {
        sqlite3_stmt *row = statement.get();
        if (!first)
            out += ',';
        first = false;
        out += "{\"id\":";
        out += QByteArray::number(sqlite3_column_int64(row, 0));
        out += ",\"lead\":";
        out += QByteArray::number(sqlite3_column_int64(row, 1));
        out += ",\"contact\":";
        out += QByteArray::number(sqlite3_column_int64(row, 2));
        out += ",\"interaction_type\":";
        appendColumnText(out, row, 3);
        out += ",\"details\":";
        appendColumnText(out, row, 4);
        out += sqlite3_column_int(row, 5) != 0 ? ",\"order_placed\":true"
                                               : ",\"order_placed\":false";
        out += ",\"date\":\"";
        char date[32];
        out.append(date, IsoTimestamp::formatSeconds(sqlite3_column_int64(row, 6), date));
        out += "\"}";
    }
    if (result != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return QByteArray();
    }
    out += ']';
    return out;
}
