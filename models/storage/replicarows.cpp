#include "storage/replicarows.h"

#include "storage/database.h"
#include "storage/preparedqueries.h"
#include "storage/sqldialect.h"
#include "json/jsonform.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString nonNull(const std::optional<QString> &text)
{
    return text ? (text->isNull() ? QStringLiteral("") : *text) : QStringLiteral("");
}

constexpr int rowsAtOnce = 100;
constexpr int interactionColumns = 7;
constexpr int orderColumns = 5;

} // namespace

ReplicaRows::ReplicaRows(Database &database)
    : m_database(database)
    , m_queries(database.preparedQueries())
{ }

const QStringList &ReplicaRows::tables()
{
    static const QStringList names { QStringLiteral("leads"), QStringLiteral("contacts"),
                                     QStringLiteral("interactions") };
    return names;
}

QString ReplicaRows::tableOf(RecordHistory::Kind kind)
{
    switch (kind) {
    case RecordHistory::Kind::Lead:
        return QStringLiteral("leads");
    case RecordHistory::Kind::Contact:
        return QStringLiteral("contacts");
    case RecordHistory::Kind::Interaction:
        break;
    }
    return QStringLiteral("interactions");
}

StoreResult<bool> ReplicaRows::exists(const QString &table, qint64 id) const
{
    QSqlQuery &query = m_queries.get(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<bool>::failed(query.lastError().text());
    const bool found = query.next();
    query.finish();
    return StoreResult<bool>::success(found);
}

StoreResult<ReplicaRows::Written> ReplicaRows::write(RecordHistory::Kind kind, qint64 id,
                                                     const QJsonObject &record)
{
    using Result = StoreResult<Written>;
    const SqlDialect &dialect = m_database.dialect();
    const auto run = [](QSqlQuery &query) -> Result {
        const bool done = query.exec();
        query.finish();
        return done ? Result::success(Written::Done) : Result::failed(query.lastError().text());
    };
    const auto parentMissing = [&](const QString &table, qint64 parent) -> std::optional<Result> {
        const StoreResult<bool> found = exists(table, parent);
        if (!found.ok())
            return Result::from(found);
        if (!found.value)
            return Result::success(Written::ParentMissing);
        return std::nullopt;
    };
    ValidationErrors errors;
    const auto [own, orderFields] = RecordHistory::splitOrderDetails(record);
    switch (kind) {
    case RecordHistory::Kind::Lead: {
        const LeadDraft lead = JsonForm::readLead(own, errors);
        if (!errors.isEmpty() || !lead.name || !lead.status)
            return Result::invalid(errors);
        QSqlQuery &query = m_queries.get(
            dialect.upsert(QStringLiteral("leads"),
                           { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                             QStringLiteral("city"), QStringLiteral("phone"),
                             QStringLiteral("email"), QStringLiteral("notes") },
                           { QStringLiteral("id") }));
        query.addBindValue(id);
        query.addBindValue(nonNull(lead.name));
        query.addBindValue(LeadStatuses::code(*lead.status));
        query.addBindValue(nonNull(lead.city));
        query.addBindValue(nonNull(lead.phone));
        query.addBindValue(nonNull(lead.email));
        query.addBindValue(nonNull(lead.notes));
        return run(query);
    }
    case RecordHistory::Kind::Contact: {
        const ContactDraft contact = JsonForm::readContact(own, errors);
        if (!errors.isEmpty() || !contact.lead || !contact.name)
            return Result::invalid(errors);
        if (auto missing = parentMissing(QStringLiteral("leads"), *contact.lead))
            return *missing;
        QSqlQuery &query = m_queries.get(dialect.upsert(
            QStringLiteral("contacts"),
            { QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("name"),
              QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone") },
            { QStringLiteral("id") }));
        query.addBindValue(id);
        query.addBindValue(*contact.lead);
        query.addBindValue(nonNull(contact.name));
        query.addBindValue(nonNull(contact.role));
        query.addBindValue(nonNull(contact.email));
        query.addBindValue(nonNull(contact.phone));
        return run(query);
    }
    case RecordHistory::Kind::Interaction:
        break;
    }
    const InteractionDraft interaction = JsonForm::readInteraction(own, errors);
    std::optional<OrderDetailsDraft> order;
    if (!orderFields.isEmpty())
        order = JsonForm::readOrderDetails(orderFields, errors);
    if (!errors.isEmpty() || !interaction.lead || !interaction.contact || !interaction.type
        || !interaction.date
        || (order && (!order->productDetails || !order->quantity || !order->totalPrice)))
        return Result::invalid(errors);
    if (auto missing = parentMissing(QStringLiteral("leads"), *interaction.lead))
        return *missing;
    if (auto missing = parentMissing(QStringLiteral("contacts"), *interaction.contact))
        return *missing;
    if (m_fresh) {
        m_interactionRows << id << *interaction.lead << *interaction.contact
                          << InteractionTypes::code(*interaction.type)
                          << nonNull(interaction.details)
                          << (interaction.orderPlaced.value_or(false) ? 1 : 0)
                          << interaction.date->toSecsSinceEpoch();
        if (order)
            m_orderRows << id << nonNull(order->productDetails) << *order->quantity
                        << order->totalPrice->cents()
                        << order->orderDate.value_or(*interaction.date).toSecsSinceEpoch();
        if (m_interactionRows.size() >= rowsAtOnce * interactionColumns) {
            if (const QString failure = flush(); !failure.isEmpty())
                return Result::failed(failure);
        }
        return Result::success(Written::Done);
    }
    QSqlQuery &query = m_queries.get(dialect.upsert(
        QStringLiteral("interactions"),
        { QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("contact_id"),
          QStringLiteral("interaction_type"), QStringLiteral("details"),
          QStringLiteral("order_placed"), QStringLiteral("occurred_at") },
        { QStringLiteral("id") }));
    query.addBindValue(id);
    query.addBindValue(*interaction.lead);
    query.addBindValue(*interaction.contact);
    query.addBindValue(InteractionTypes::code(*interaction.type));
    query.addBindValue(nonNull(interaction.details));
    query.addBindValue(interaction.orderPlaced.value_or(false) ? 1 : 0);
    query.addBindValue(interaction.date->toSecsSinceEpoch());
    if (Result written = run(query); !written.ok())
        return written;
    if (!order) {
        QSqlQuery &none
            = m_queries.get(QStringLiteral("DELETE FROM order_details WHERE interaction_id = ?"));
        none.addBindValue(id);
        return run(none);
    }
    QSqlQuery &details = m_queries.get(
        dialect.upsert(QStringLiteral("order_details"),
                       { QStringLiteral("interaction_id"), QStringLiteral("product_details"),
                         QStringLiteral("quantity"), QStringLiteral("total_price_cents"),
                         QStringLiteral("order_date") },
                       { QStringLiteral("interaction_id") }));
    details.addBindValue(id);
    details.addBindValue(nonNull(order->productDetails));
    details.addBindValue(*order->quantity);
    details.addBindValue(order->totalPrice->cents());
    // The server always sends it; a draft leaves it out to mean the interaction's date.
    details.addBindValue(order->orderDate.value_or(*interaction.date).toSecsSinceEpoch());
    return run(details);
}

QString ReplicaRows::flush()
{
    // Each table's rows in statements of up to rowsAtOnce rows, under SQLite's limit of bound
    // values; the orders after their interactions.
    const auto insertAll = [this](const QString &head, int columns, QVariantList &values) {
        const QString row = QStringLiteral("(") + QStringLiteral("?, ").repeated(columns - 1)
            + QStringLiteral("?)");
        for (qsizetype first = 0; first < values.size(); first += rowsAtOnce * columns) {
            const qsizetype count
                = std::min<qsizetype>(rowsAtOnce * columns, values.size() - first);
            QStringList rows;
            for (qsizetype i = 0; i < count / columns; ++i)
                rows.append(row);
            QSqlQuery &query = m_queries.get(head + rows.join(QStringLiteral(", ")));
            for (qsizetype i = first; i < first + count; ++i)
                query.addBindValue(values.at(i));
            const bool done = query.exec();
            query.finish();
            if (!done)
                return query.lastError().text();
        }
        values.clear();
        return QString();
    };
    if (const QString failure = insertAll(
            QStringLiteral("INSERT INTO interactions (id, lead_id, contact_id, interaction_type,"
                           " details, order_placed, occurred_at) VALUES "),
            interactionColumns, m_interactionRows);
        !failure.isEmpty())
        return failure;
    return insertAll(QStringLiteral("INSERT INTO order_details (interaction_id, product_details,"
                                    " quantity, total_price_cents, order_date) VALUES "),
                     orderColumns, m_orderRows);
}

QString ReplicaRows::erase(RecordHistory::Kind kind, qint64 id)
{
    QSqlQuery &query
        = m_queries.get(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(kind)));
    query.addBindValue(id);
    const bool done = query.exec();
    query.finish();
    return done ? QString() : query.lastError().text();
}

QString ReplicaRows::holdMarks()
{
    m_marks.clear();
    const SqlDialect &dialect = m_database.dialect();
    for (const QString &table : tables()) {
        const QString read = dialect.ownIdMarkRead(table);
        if (read.isEmpty())
            continue;
        QSqlQuery &query = m_queries.get(read);
        if (!query.exec())
            return query.lastError().text();
        m_marks.insert(table, query.next() ? query.value(0).toLongLong() : 0);
        query.finish();
    }
    return {};
}

QString ReplicaRows::putMarksBack()
{
    const SqlDialect &dialect = m_database.dialect();
    for (auto mark = m_marks.constBegin(); mark != m_marks.constEnd(); ++mark) {
        QSqlQuery &query = m_queries.get(dialect.ownIdMarkWrite(mark.key()));
        query.addBindValue(mark.value());
        const bool done = query.exec();
        query.finish();
        if (!done)
            return query.lastError().text();
    }
    return {};
}
