#include "storage/postgresinteractionrows.h"

#include "storage/interactionjsonrow.h"

#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <charconv>

#include <libpq-fe.h>

namespace {

// The result QPSQL holds for the query, or null. Qt's documentation names the handle's type
// "PGresult*"; Qt 6.4 registers it by libpq's struct, as "pg_result*".
const PGresult *resultOf(const QSqlQuery &query)
{
    if (!query.result())
        return nullptr;
    const QVariant handle = query.result()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_result*") != 0
            && qstrcmp(handle.typeName(), "PGresult*") != 0))
        return nullptr;
    return *static_cast<PGresult *const *>(handle.constData());
}

// A row of libpq's, as InteractionJsonRow reads it: QPSQL asks for text, so a number is its
// decimal digits.
struct PostgresRow
{
    const PGresult *result;
    int row;
    qint64 number(int column) const
    {
        const char *text = PQgetvalue(result, row, column);
        qint64 value = 0;
        std::from_chars(text, text + PQgetlength(result, row, column), value);
        return value;
    }
    std::pair<const char *, qsizetype> text(int column) const
    {
        return { PQgetvalue(result, row, column), PQgetlength(result, row, column) };
    }
};

} // namespace

std::optional<QByteArray> PostgresInteractionRows::writeArray(const QSqlQuery &query)
{
    const PGresult *result = resultOf(query);
    if (!result)
        return std::nullopt;
    const int rows = PQntuples(result);
    JsonBuffer out(16384);
    out.append('[');
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            out.append(',');
        InteractionJsonRow::append(out, PostgresRow { result, row });
    }
    out.append(']');
    return out.take();
}

bool PostgresInteractionRows::writeEach(const QSqlQuery &query, QHash<qint64, QByteArray> &objects)
{
    const PGresult *result = resultOf(query);
    if (!result)
        return false;
    const int rows = PQntuples(result);
    for (int row = 0; row < rows; ++row) {
        const PostgresRow read { result, row };
        JsonBuffer out(512);
        InteractionJsonRow::append(out, read);
        objects.insert(read.number(0), out.take());
    }
    return true;
}
