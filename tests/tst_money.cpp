// Money: exact cents from decimal text and from JSON numbers, and its two-decimal text.
#include "core/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Money::ParseError)

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void decimalText_data();
    void decimalText();
    void refusedText_data();
    void refusedText();
    void jsonNumber_data();
    void jsonNumber();
    void refusedJsonNumber_data();
    void refusedJsonNumber();
    void format_data();
    void format();
    void localeText();
    void comparison();
};

void TestMoney::decimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << "500" << qint64(50000);
    QTest::newRow("one decimal") << "500.5" << qint64(50050);
    QTest::newRow("two decimals") << "500.00" << qint64(50000);
    QTest::newRow("a tenth") << "0.1" << qint64(10);
    QTest::newRow("a cent") << "0.01" << qint64(1);
    QTest::newRow("19.99 exact") << "19.99" << qint64(1999);
    QTest::newRow("negative") << "-3.10" << qint64(-310);
    QTest::newRow("plus sign") << "+7.25" << qint64(725);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("leading zeros") << "000012.30" << qint64(1230);
    QTest::newRow("surrounding spaces") << "  42.42 " << qint64(4242);
    QTest::newRow("largest") << "99999999.99" << qint64(9'999'999'999);
    QTest::newRow("1234567.89") << "1234567.89" << qint64(123456789);
}

void TestMoney::decimalText()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    Money::ParseError error = Money::ParseError::NotANumber;
    const std::optional<Money> money = Money::fromDecimalText(text, &error);
    QVERIFY(money.has_value());
    QCOMPARE(money->cents(), cents);
}

void TestMoney::refusedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Money::ParseError>("error");
    QTest::newRow("three decimals") << "1.234" << Money::ParseError::TooManyDecimals;
    QTest::newRow("many decimals") << "0.30000000000000004" << Money::ParseError::TooManyDecimals;
    QTest::newRow("nine whole digits") << "123456789" << Money::ParseError::TooManyDigits;
    QTest::newRow("nine whole digits and cents")
        << "123456789.00" << Money::ParseError::TooManyDigits;
    QTest::newRow("huge") << "99999999999999999999999" << Money::ParseError::TooManyDigits;
    QTest::newRow("empty") << "" << Money::ParseError::NotANumber;
    QTest::newRow("letters") << "abc" << Money::ParseError::NotANumber;
    QTest::newRow("currency") << "$5.00" << Money::ParseError::NotANumber;
    QTest::newRow("comma") << "5,00" << Money::ParseError::NotANumber;
    QTest::newRow("exponent") << "1e3" << Money::ParseError::NotANumber;
    QTest::newRow("two points") << "1.2.3" << Money::ParseError::NotANumber;
    QTest::newRow("nan") << "NaN" << Money::ParseError::NotANumber;
    QTest::newRow("infinity") << "inf" << Money::ParseError::NotANumber;
    QTest::newRow("only sign") << "-" << Money::ParseError::NotANumber;
    QTest::newRow("arabic digits") << QString::fromUtf8("\u0665") << Money::ParseError::NotANumber;
}

void TestMoney::refusedText()
{
    QFETCH(QString, text);
    QFETCH(Money::ParseError, error);
    Money::ParseError reported = error == Money::ParseError::NotANumber
        ? Money::ParseError::TooManyDigits
        : Money::ParseError::NotANumber;
    QVERIFY(!Money::fromDecimalText(text, &reported).has_value());
    QCOMPARE(reported, error);
    QVERIFY(!Money::fromDecimalText(text).has_value()); // no error out-parameter: no crash
}

void TestMoney::jsonNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("500") << 500.0 << qint64(50000);
    QTest::newRow("0.1") << 0.1 << qint64(10);
    QTest::newRow("19.99") << 19.99 << qint64(1999);
    QTest::newRow("0.29") << 0.29 << qint64(29); // 0.29 * 100 is 28.999999999999996
    QTest::newRow("1.15") << 1.15 << qint64(115);
    QTest::newRow("-3.1") << -3.1 << qint64(-310);
    QTest::newRow("1234567.89") << 1234567.89 << qint64(123456789);
    QTest::newRow("99999999.99") << 99999999.99 << qint64(9'999'999'999);
    QTest::newRow("zero") << 0.0 << qint64(0);
}

void TestMoney::jsonNumber()
{
    QFETCH(double, value);
    QFETCH(qint64, cents);
    const std::optional<Money> money = Money::fromJsonNumber(value);
    QVERIFY(money.has_value());
    QCOMPARE(money->cents(), cents);
}

void TestMoney::refusedJsonNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Money::ParseError>("error");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << Money::ParseError::TooManyDecimals;
    QTest::newRow("1e-5") << 1e-5 << Money::ParseError::TooManyDecimals;
    QTest::newRow("1e8") << 1e8 << Money::ParseError::TooManyDigits;
    QTest::newRow("-1e8") << -1e8 << Money::ParseError::TooManyDigits;
    QTest::newRow("1e300") << 1e300 << Money::ParseError::TooManyDigits;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN()
                         << Money::ParseError::NotANumber;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity()
                         << Money::ParseError::NotANumber;
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity()
                          << Money::ParseError::NotANumber;
}

void TestMoney::refusedJsonNumber()
{
    QFETCH(double, value);
    QFETCH(Money::ParseError, error);
    Money::ParseError reported = error == Money::ParseError::NotANumber
        ? Money::ParseError::TooManyDigits
        : Money::ParseError::NotANumber;
    QVERIFY(!Money::fromJsonNumber(value, &reported).has_value());
    QCOMPARE(reported, error);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("500.00") << qint64(50000) << "500.00";
    QTest::newRow("0.10") << qint64(10) << "0.10";
    QTest::newRow("0.01") << qint64(1) << "0.01";
    QTest::newRow("0.00") << qint64(0) << "0.00";
    QTest::newRow("19.99") << qint64(1999) << "19.99";
    QTest::newRow("-3.10") << qint64(-310) << "-3.10";
    QTest::newRow("-0.05") << qint64(-5) << "-0.05";
    QTest::newRow("1234567.89") << qint64(123456789) << "1234567.89";
    QTest::newRow("largest") << Money::maximumCents << "99999999.99";
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    const Money money = Money::fromCents(cents);
    QCOMPARE(money.toDecimalText(), text);
    // What is written reads back as the same amount.
    const std::optional<Money> again = Money::fromDecimalText(text);
    QVERIFY(again.has_value());
    QCOMPARE(again->cents(), cents);
}

void TestMoney::localeText()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::fromCents(2172050).toLocaleText(english), QStringLiteral("21,720.50"));
    QCOMPARE(Money::fromCents(-5).toLocaleText(english), QStringLiteral("-0.05"));
    QCOMPARE(Money::fromCents(Money::maximumCents).toLocaleText(english),
             QStringLiteral("99,999,999.99"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(Money::fromCents(123456789).toLocaleText(german), QStringLiteral("1.234.567,89"));
    // Indian grouping, as a KAM's system may well be set.
    const QLocale india(QLocale::English, QLocale::India);
    QCOMPARE(Money::fromCents(123456789).toLocaleText(india), QStringLiteral("12,34,567.89"));
}

void TestMoney::comparison()
{
    QVERIFY(Money::fromCents(5) == Money::fromCents(5));
    QVERIFY(!(Money::fromCents(5) == Money::fromCents(6)));
    QVERIFY(Money::fromCents(5) != Money::fromCents(6));
    QVERIFY(!(Money::fromCents(5) != Money::fromCents(5)));
    QCOMPARE(Money().cents(), qint64(0));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
