// ThreeWayMerge, the sync's rule for a record changed on both sides: each case of the rule, and
// that in a conflict the server's value stands while the replica's is kept.
#include "core/threewaymerge.h"

#include <QTest>

using Fields = ThreeWayMerge::Fields;
using Outcome = ThreeWayMerge::Outcome;
using FieldConflict = ThreeWayMerge::FieldConflict;

Q_DECLARE_METATYPE(ThreeWayMerge::Outcome)
Q_DECLARE_METATYPE(QList<ThreeWayMerge::FieldConflict>)

class TestThreeWayMerge final : public QObject
{
    Q_OBJECT

private slots:
    void merges_data();
    void merges();
};

namespace {

const QString details = QStringLiteral("details");
const QString type = QStringLiteral("interaction_type");
const QString quantity = QStringLiteral("order_details.quantity");

// An interaction as both sides last agreed on it.
Fields base()
{
    return { { QStringLiteral("id"), 7 },
             { details, QStringLiteral("First call") },
             { type, QStringLiteral("CALL") },
             { QStringLiteral("order_placed"), false } };
}

Fields with(Fields fields, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        fields.remove(field);
    else
        fields.insert(field, value);
    return fields;
}

} // namespace

void TestThreeWayMerge::merges_data()
{
    QTest::addColumn<Fields>("base");
    QTest::addColumn<Fields>("replica");
    QTest::addColumn<Fields>("server");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Fields>("merged");
    QTest::addColumn<QList<FieldConflict>>("conflicts");

    const Fields b = base();
    const QJsonValue none = QJsonValue::Undefined;
    QTest::newRow("changed on neither")
        << b << b << b << Outcome::Merged << b << QList<FieldConflict>();
    QTest::newRow("changed on the replica")
        << b << with(b, details, QStringLiteral("Mine")) << b << Outcome::Merged
        << with(b, details, QStringLiteral("Mine")) << QList<FieldConflict>();
    QTest::newRow("changed on the server")
        << b << b << with(b, details, QStringLiteral("Theirs")) << Outcome::Merged
        << with(b, details, QStringLiteral("Theirs")) << QList<FieldConflict>();
    QTest::newRow("different fields on the two sides")
        << b << with(b, details, QStringLiteral("Mine")) << with(b, type, QStringLiteral("VISIT"))
        << Outcome::Merged
        << with(with(b, details, QStringLiteral("Mine")), type, QStringLiteral("VISIT"))
        << QList<FieldConflict>();
    QTest::newRow("the same field to the same value")
        << b << with(b, details, QStringLiteral("Same")) << with(b, details, QStringLiteral("Same"))
        << Outcome::Merged << with(b, details, QStringLiteral("Same")) << QList<FieldConflict>();
    QTest::newRow("the same field to different values")
        << b << with(with(b, details, QStringLiteral("Mine")), type, QStringLiteral("EMAIL"))
        << with(b, details, QStringLiteral("Theirs")) << Outcome::FieldsConflict
        << with(with(b, details, QStringLiteral("Theirs")), type, QStringLiteral("EMAIL"))
        << QList<FieldConflict> { { details, QStringLiteral("First call"), QStringLiteral("Mine"),
                                    QStringLiteral("Theirs") } };
    // Order details are fields an interaction has only while it has them.
    QTest::newRow("order details added on the server")
        << b << with(b, details, QStringLiteral("Mine")) << with(b, quantity, 40) << Outcome::Merged
        << with(with(b, details, QStringLiteral("Mine")), quantity, 40) << QList<FieldConflict>();
    QTest::newRow("order details removed on the replica")
        << with(b, quantity, 40) << b << with(b, quantity, 40) << Outcome::Merged << b
        << QList<FieldConflict>();
    QTest::newRow("order details added on both, unlike")
        << b << with(b, quantity, 40) << with(b, quantity, 50) << Outcome::FieldsConflict
        << with(b, quantity, 50)
        << QList<FieldConflict> { { quantity, none, QJsonValue(40), QJsonValue(50) } };
    QTest::newRow("removed on the replica, changed on the server")
        << with(b, quantity, 40) << b << with(b, quantity, 50) << Outcome::FieldsConflict
        << with(b, quantity, 50)
        << QList<FieldConflict> { { quantity, QJsonValue(40), none, QJsonValue(50) } };

    QTest::newRow("deleted on the replica, unchanged on the server")
        << b << Fields() << b << Outcome::Merged << Fields() << QList<FieldConflict>();
    QTest::newRow("deleted on the replica, changed on the server")
        << b << Fields() << with(b, details, QStringLiteral("Theirs"))
        << Outcome::ReplicaDeletedServerChanged << with(b, details, QStringLiteral("Theirs"))
        << QList<FieldConflict>();
    QTest::newRow("deleted on the server, unchanged on the replica")
        << b << b << Fields() << Outcome::Merged << Fields() << QList<FieldConflict>();
    QTest::newRow("deleted on the server, changed on the replica")
        << b << with(b, details, QStringLiteral("Mine")) << Fields()
        << Outcome::ServerDeletedReplicaChanged << Fields() << QList<FieldConflict>();
    QTest::newRow("deleted on both")
        << b << Fields() << Fields() << Outcome::Merged << Fields() << QList<FieldConflict>();
    QTest::newRow("made on the replica")
        << Fields() << b << Fields() << Outcome::Merged << b << QList<FieldConflict>();
    QTest::newRow("made on the server")
        << Fields() << Fields() << b << Outcome::Merged << b << QList<FieldConflict>();
}

void TestThreeWayMerge::merges()
{
    QFETCH(Fields, base);
    QFETCH(Fields, replica);
    QFETCH(Fields, server);
    QFETCH(Outcome, outcome);
    QFETCH(Fields, merged);
    QFETCH(QList<FieldConflict>, conflicts);
    const ThreeWayMerge::Result result = ThreeWayMerge::merge(base, replica, server);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.merged, merged);
    QCOMPARE(result.conflicts.size(), conflicts.size());
    for (qsizetype i = 0; i < conflicts.size(); ++i)
        QVERIFY2(result.conflicts.at(i) == conflicts.at(i),
                 qPrintable(result.conflicts.at(i).field));
    QCOMPARE(result.isConflict(), outcome != Outcome::Merged);
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
