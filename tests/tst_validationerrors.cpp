// ValidationErrors: the problems of a draft, field by field, in English and translated.
#include "core/validationerrors.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {

const char *const required = "This field is required.";
const char *const tooLong = "Ensure this field has no more than %1 characters.";
const char *const belongs = "Contact %1 does not belong to lead %2.";

// Answers every Rules message in a made-up language, so that translated() is seen to translate.
class ShoutingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Rules") != 0)
            return {};
        return QString::fromUtf8(sourceText).toUpper();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestValidationErrors final : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void addKeepsOrder();
    void mergeKeepsFieldsAlreadyPresent();
    void sortFields();
    void substitution_data();
    void substitution();
    void translatedMessages();
};

void TestValidationErrors::empty()
{
    const ValidationErrors errors;
    QVERIFY(errors.isEmpty());
    QVERIFY(errors.fields().isEmpty());
    QVERIFY(!errors.has(QStringLiteral("lead")));
    QVERIFY(errors.englishMessages(QStringLiteral("lead")).isEmpty());
}

void TestValidationErrors::addKeepsOrder()
{
    ValidationErrors errors;
    errors.add(QStringLiteral("name"), required);
    errors.add(QStringLiteral("email"), "Enter a valid email address.");
    errors.add(QStringLiteral("name"), tooLong, { QStringLiteral("200") });
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.fields(), QStringList({ "name", "email" }));
    QVERIFY(errors.has(QStringLiteral("name")));
    QVERIFY(!errors.has(QStringLiteral("phone")));
    QCOMPARE(errors.englishMessages(QStringLiteral("name")),
             QStringList({ "This field is required.",
                           "Ensure this field has no more than 200 characters." }));
    QCOMPARE(errors.problems().size(), 3);
}

void TestValidationErrors::mergeKeepsFieldsAlreadyPresent()
{
    ValidationErrors mine;
    mine.add(QStringLiteral("lead"), "Incorrect type. Expected pk value, received %1.",
             { QStringLiteral("str") });
    ValidationErrors other;
    other.add(QStringLiteral("lead"), required);
    other.add(QStringLiteral("date"), required);
    other.add(QStringLiteral("lead"), "another");
    mine.merge(other);
    QCOMPARE(mine.fields(), QStringList({ "lead", "date" }));
    QCOMPARE(mine.englishMessages(QStringLiteral("lead")),
             QStringList({ "Incorrect type. Expected pk value, received str." }));
    QCOMPARE(mine.englishMessages(QStringLiteral("date")), QStringList({ required }));

    ValidationErrors empty;
    empty.merge(other);
    QCOMPARE(empty.problems().size(), 3);
    QCOMPARE(empty.fields(), QStringList({ "lead", "date" }));
}

void TestValidationErrors::sortFields()
{
    ValidationErrors errors;
    errors.add(QStringLiteral("unknown"), "u1");
    errors.add(QStringLiteral("date"), "d1");
    errors.add(QStringLiteral("lead"), "l1");
    errors.add(QStringLiteral("date"), "d2");
    errors.add(QStringLiteral("other"), "o1");
    errors.sortFields({ "lead", "contact", "date" });
    QCOMPARE(errors.fields(), QStringList({ "lead", "date", "unknown", "other" }));
    // Messages of one field keep their order.
    QCOMPARE(errors.englishMessages(QStringLiteral("date")), QStringList({ "d1", "d2" }));
}

void TestValidationErrors::substitution_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("english");
    QTest::newRow("none") << required << QStringList() << "This field is required.";
    QTest::newRow("one") << tooLong << QStringList({ "200" })
                         << "Ensure this field has no more than 200 characters.";
    QTest::newRow("two") << belongs << QStringList({ "3", "2" })
                         << "Contact 3 does not belong to lead 2.";
    QTest::newRow("client's %2 in first argument")
        << belongs << QStringList({ "%2", "7" }) << "Contact %2 does not belong to lead 7.";
    QTest::newRow("client's %1 in second argument")
        << belongs << QStringList({ "5", "%1" }) << "Contact 5 does not belong to lead %1.";
    QTest::newRow("client's %1 in a choice")
        << "\"%1\" is not a valid choice." << QStringList({ "%1%2%3" })
        << "\"%1%2%3\" is not a valid choice.";
}

void TestValidationErrors::substitution()
{
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    QFETCH(QString, english);
    const QByteArray sourceText = source.toUtf8(); // outlives the errors below
    ValidationErrors errors;
    errors.add(QStringLiteral("field"), sourceText.constData(), arguments);
    QCOMPARE(errors.englishMessages(QStringLiteral("field")), QStringList({ english }));
    QCOMPARE(errors.problems().constFirst().english(), english);
    // Without a translator the translated text is the English one.
    QCOMPARE(errors.translatedMessages(QStringLiteral("field")), QStringList({ english }));
}

void TestValidationErrors::translatedMessages()
{
    ShoutingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    ValidationErrors errors;
    errors.add(QStringLiteral("contact"), belongs, { QStringLiteral("x%2y"), QStringLiteral("9") });
    QCOMPARE(errors.englishMessages(QStringLiteral("contact")),
             QStringList({ "Contact x%2y does not belong to lead 9." }));
    // Translated text gets the same arguments; upper-casing "%1" leaves it a marker.
    QCOMPARE(errors.translatedMessages(QStringLiteral("contact")),
             QStringList({ "CONTACT x%2y DOES NOT BELONG TO LEAD 9." }));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(errors.translatedMessages(QStringLiteral("contact")),
             QStringList({ "Contact x%2y does not belong to lead 9." }));
}

QTEST_GUILESS_MAIN(TestValidationErrors)
#include "tst_validationerrors.moc"
