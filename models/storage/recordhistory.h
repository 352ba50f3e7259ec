#pragma once

// Every change of a lead, a contact or an interaction (with its order details): who made it
// (Database::actingPerson()), when, and each field from what to what, in the API's names and JSON
// values. The stores record a change in the transaction that makes it; the API's history endpoint
// and the window read it.

#include "core/interaction.h"
#include "core/orderdetails.h"
#include "storage/storeresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

class Database;
class PreparedQueries;

class RecordHistory final
{
public:
    enum class Kind { Lead, Contact, Interaction };
    enum class Change { Created, Changed, Deleted };

    // One change of one record, as recorded.
    struct Entry
    {
        QDateTime at; // UTC, whole seconds
        std::optional<qint64> person;
        QString personName; // empty when made by nobody of PersonStore
        std::optional<qint64> replica; // the replica that sent it; none when made here
        QDateTime madeAt; // UTC, when the replica made it; invalid when it did not say
        Change change = Change::Changed;
        // Each field that changed: {"from": ..., "to": ...}; a created record's fields have no
        // "from", a deleted one's no "to".
        QJsonObject fields;
    };
    // A change to record: the record's JSON object before and after (empty when it was not
    // there), and who made it.
    struct Record
    {
        Kind kind = Kind::Interaction;
        qint64 id = 0;
        QJsonObject before;
        QJsonObject after;
        std::optional<qint64> person;
    };

    explicit RecordHistory(Database &database);

    // Under the caller's transaction: one row for each record that changed (a change that
    // changes no field is not one), in one statement, each with the database's change origin
    // (Database::setChangeOrigin()) when it has one. Empty when done, otherwise the engine's
    // words.
    QString write(const QList<Record> &records);
    // write() of one, by the database's acting person.
    QString write(Kind kind, qint64 id, const QJsonObject &before, const QJsonObject &after);

    // The record's changes, oldest first; none for a record that never changed since history
    // was kept (schema version 7).
    StoreResult<QList<Entry>> of(Kind kind, qint64 id) const;

    // The JSON object of what the API writes (JsonForm::write()), as history compares it.
    static QJsonObject objectOf(const QByteArray &json);
    // An interaction's object, with its order details' fields (if it has them) named
    // orderDetailsPrefix() + the API's name, such as "order_details.quantity": one change of an
    // interaction and its order is one entry of its history.
    static QJsonObject objectOf(const Interaction &interaction,
                                const std::optional<OrderDetails> &order);
    static QString orderDetailsPrefix() { return QStringLiteral("order_details."); }
    // A record's object with its order details' fields added under orderDetailsPrefix(), and
    // such an object apart again (the order's fields without the prefix): the sync's form.
    static QJsonObject withOrderDetails(QJsonObject record, const QJsonObject &order);
    static std::pair<QJsonObject, QJsonObject> splitOrderDetails(const QJsonObject &flattened);
    static QString kindName(Kind kind);
    // The kind kindName() names; none for any other text.
    static std::optional<Kind> kindNamed(const QString &name);
    static QString changeName(Change change);

private:
    Database &m_database;
    PreparedQueries &m_queries;
};
