// JsonForm: the contract's JSON, written byte for byte and read into drafts with DRF's messages.
#include "json/jsonbuffer.h"
#include "json/jsonform.h"
#include "json/jsonobjectwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s (%s)", json.constData(), qPrintable(error.errorString()));
    return document.object();
}

// Every field's messages as "field: m1 | m2" lines, for exact comparison with readable failures.
QString render(const ValidationErrors &errors)
{
    QStringList lines;
    for (const QString &field : errors.fields())
        lines.append(field + QStringLiteral(": ")
                     + errors.englishMessages(field).join(QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n'));
}

const QString dateMessage = QStringLiteral(
    "Datetime has wrong format. Use YYYY-MM-DDThh:mm[:ss[.uuuuuu]] followed by Z, +HH:MM or "
    "-HH:MM, such as 2024-12-24T15:30:00Z.");

} // namespace

class TestJsonForm final : public QObject
{
    Q_OBJECT

private slots:
    void writeInteraction();
    void writeLead();
    void writeContact();
    void writeOrderDetails_data();
    void writeOrderDetails();
    void writeList();
    void unicodeIsRawUtf8AndRoundTrips();
    void escaping_data();
    void escaping();
    void bufferGrowsAndWritesNumbers();
    void writeErrors();
    void writeDetail();

    void readInteraction();
    void readLeavesOutFieldsUnset();
    void readTrims();
    void readFieldErrors_data();
    void readFieldErrors();
    void readLead();
    void readContact();
    void readOrderDetails();
    void readMoneyErrors_data();
    void readMoneyErrors();
    void readAllProblemsAtOnce();
};

void TestJsonForm::writeInteraction()
{
    const Interaction interaction { 1,
                                    2,
                                    3,
                                    InteractionType::Call,
                                    QStringLiteral("Followed up on last week's discussion."),
                                    false,
                                    utc(2024, 12, 24, 15, 30) };
    const QByteArray callJson = R"({"id":1,"lead":2,"contact":3,"interaction_type":"CALL",)"
                                R"("details":"Followed up on last week's discussion.",)"
                                R"("order_placed":false,"date":"2024-12-24T15:30:00Z"})";
    QCOMPARE(JsonForm::write(interaction), callJson);
    const Interaction order {
        3, 2, 5, InteractionType::Order, QString(), true, utc(2024, 12, 25, 12, 0)
    };
    const QByteArray orderJson
        = R"({"id":3,"lead":2,"contact":5,"interaction_type":"ORDER",)"
          R"("details":"","order_placed":true,"date":"2024-12-25T12:00:00Z"})";
    QCOMPARE(JsonForm::write(order), orderJson);
}

void TestJsonForm::writeLead()
{
    const Lead lead { 7,
                      QStringLiteral("Spice Garden"),
                      LeadStatus::MeetingScheduled,
                      QStringLiteral("Pune"),
                      QStringLiteral("+91 20 1234"),
                      QStringLiteral("owner@spice.example"),
                      QStringLiteral("Wants a demo") };
    const QByteArray leadJson
        = R"({"id":7,"name":"Spice Garden","status":"MEETING_SCHEDULED",)"
          R"("city":"Pune","phone":"+91 20 1234","email":"owner@spice.example",)"
          R"("notes":"Wants a demo"})";
    QCOMPARE(JsonForm::write(lead), leadJson);
}

void TestJsonForm::writeContact()
{
    const Contact contact { 4,
                            2,
                            QStringLiteral("Asha"),
                            QStringLiteral("Owner"),
                            QStringLiteral("asha@spice.example"),
                            QStringLiteral("555") };
    const QByteArray contactJson = R"({"id":4,"lead":2,"name":"Asha","role":"Owner",)"
                                   R"("email":"asha@spice.example","phone":"555"})";
    QCOMPARE(JsonForm::write(contact), contactJson);
}

void TestJsonForm::writeOrderDetails_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QByteArray>("price");
    QTest::newRow("500.00") << qint64(50000) << QByteArray("500.00");
    QTest::newRow("0.10") << qint64(10) << QByteArray("0.10");
    QTest::newRow("1234567.89") << qint64(123456789) << QByteArray("1234567.89");
    QTest::newRow("0.00") << qint64(0) << QByteArray("0.00");
}

void TestJsonForm::writeOrderDetails()
{
    QFETCH(qint64, cents);
    QFETCH(QByteArray, price);
    const OrderDetails details { 3, QStringLiteral("50 units of Product A"), 50,
                                 Money::fromCents(cents), utc(2024, 12, 25, 12, 0) };
    const QByteArray expected
        = R"({"product_details":"50 units of Product A","quantity":50,"total_price":)" + price
        + R"(,"order_date":"2024-12-25T12:00:00Z"})";
    QCOMPARE(JsonForm::write(details), expected);
    // A JSON number, not a string; it reads back as the same amount.
    const QJsonObject object = parse(JsonForm::write(details));
    QVERIFY(object.value(QStringLiteral("total_price")).isDouble());
    ValidationErrors errors;
    const OrderDetailsDraft draft = JsonForm::readOrderDetails(object, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(draft.totalPrice->cents(), cents);
}

void TestJsonForm::writeList()
{
    QCOMPARE(JsonForm::writeList(QList<Contact>()), QByteArray("[]"));
    const QList<Contact> contacts { { 1, 1, QStringLiteral("A"), {}, {}, {} },
                                    { 2, 1, QStringLiteral("B"), {}, {}, {} } };
    const QByteArray listJson = R"([{"id":1,"lead":1,"name":"A","role":"","email":"","phone":""},)"
                                R"({"id":2,"lead":1,"name":"B","role":"","email":"","phone":""}])";
    QCOMPARE(JsonForm::writeList(contacts), listJson);
}

void TestJsonForm::unicodeIsRawUtf8AndRoundTrips()
{
    const QString hindi = QStringLiteral("नमस्ते, ऑर्डर पक्का है");
    const QString emoji = QStringLiteral("Deal 🤝 closed 🎉");
    const Interaction interaction { 1,
                                    2,
                                    3,
                                    InteractionType::Visit,
                                    hindi + QLatin1Char(' ') + emoji,
                                    false,
                                    utc(2024, 1, 1, 0, 0) };
    const QByteArray json = JsonForm::write(interaction);
    // Raw UTF-8, as DRF answers; no \u escapes.
    QVERIFY(json.contains(hindi.toUtf8()));
    QVERIFY(json.contains(emoji.toUtf8()));
    QVERIFY(!json.contains("\\u"));
    ValidationErrors errors;
    const InteractionDraft draft = JsonForm::readInteraction(parse(json), errors);
    QVERIFY2(errors.isEmpty(), qPrintable(render(errors)));
    QCOMPARE(*draft.details, interaction.details);
}

void TestJsonForm::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << "abc" << QByteArray(R"("abc")");
    QTest::newRow("quote") << R"(say "hi")" << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << R"(C:\path\n)" << QByteArray(R"("C:\\path\\n")");
    QTest::newRow("newline") << "a\nb" << QByteArray(R"("a\nb")");
    QTest::newRow("carriage return and tab") << "a\r\tb" << QByteArray(R"("a\r\tb")");
    QTest::newRow("backspace and form feed") << "a\b\fb" << QByteArray(R"("a\b\fb")");
    QTest::newRow("\\u0001") << QStringLiteral("a\u0001b") << QByteArray(R"("a\u0001b")");
    QTest::newRow("\\u001f") << QStringLiteral("\u001f") << QByteArray(R"("\u001f")");
    QTest::newRow("DEL stays") << QStringLiteral("\u007f") << QByteArray("\"\x7f\"");
    QTest::newRow("slash stays") << "a/b" << QByteArray(R"("a/b")");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QByteArray(R"("?")");
}

void TestJsonForm::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, quoted);
    QCOMPARE(JsonObjectWriter::quoted(text), quoted);
    // Whatever is written is valid JSON and reads back as the text (but the lone surrogate).
    const QByteArray object = JsonObjectWriter().add("v", text).toJson();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(object, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (text.isValidUtf16())
        QCOMPARE(document.object().value(QStringLiteral("v")).toString(), text);
}

// JsonBuffer writes past its first capacity without losing a byte, and numbers at their edges.
void TestJsonForm::bufferGrowsAndWritesNumbers()
{
    JsonBuffer buffer(16);
    QByteArray expected;
    for (int i = 0; i < 300; ++i) {
        const QByteArray text = QByteArray::number(i) + " \"quoted\" ";
        buffer.appendQuotedUtf8(text.constData(), text.size());
        expected += JsonObjectWriter::quoted(QString::fromLatin1(text));
        buffer.append(',');
        expected += ',';
    }
    buffer.appendNumber(std::numeric_limits<qint64>::min());
    buffer.appendLiteral(" ");
    buffer.appendNumber(std::numeric_limits<qint64>::max());
    buffer.append(' ');
    buffer.appendNumber(0);
    expected += "-9223372036854775808 9223372036854775807 0";
    QCOMPARE(buffer.size(), expected.size());
    QCOMPARE(buffer.take(), expected);
    QCOMPARE(buffer.size(), 0);
    buffer.appendLiteral("[]"); // usable again after take()
    QCOMPARE(buffer.take(), QByteArray("[]"));
}

void TestJsonForm::writeErrors()
{
    ValidationErrors errors;
    errors.add(QStringLiteral("date"), "This field is required.");
    errors.add(QStringLiteral("details"), "Ensure this field has no more than %1 characters.",
               { QStringLiteral("10000") });
    errors.add(QStringLiteral("lead"), "Invalid pk \"%1\" - object does not exist.",
               { QStringLiteral("9") });
    errors.add(QStringLiteral("details"), "Second \"quoted\" problem.");
    const QByteArray errorsJson
        = R"({"lead":["Invalid pk \"9\" - object does not exist."],)"
          R"("details":["Ensure this field has no more than 10000 characters.",)"
          R"("Second \"quoted\" problem."],"date":["This field is required."]})";
    QCOMPARE(JsonForm::writeErrors(errors, JsonForm::interactionFields()), errorsJson);
    QCOMPARE(JsonForm::writeErrors(ValidationErrors(), JsonForm::interactionFields()),
             QByteArray("{}"));
}

void TestJsonForm::writeDetail()
{
    const QByteArray notFoundJson = R"({"detail":"Not found."})";
    QCOMPARE(JsonForm::writeDetail(QStringLiteral("Not found.")), notFoundJson);
    const QByteArray quotedDetailJson = R"({"detail":"JSON parse error - \"x\""})";
    QCOMPARE(JsonForm::writeDetail(QStringLiteral("JSON parse error - \"x\"")), quotedDetailJson);
}

void TestJsonForm::readInteraction()
{
    const QJsonObject object = parse(R"({"lead":2,"contact":"3","interaction_type":"EMAIL",)"
                                     R"("details":"Sent catalog","order_placed":true,)"
                                     R"("date":"2024-12-24T21:00:00+05:30"})");
    ValidationErrors errors;
    const InteractionDraft draft = JsonForm::readInteraction(object, errors);
    QVERIFY2(errors.isEmpty(), qPrintable(render(errors)));
    QCOMPARE(draft.lead, std::optional<qint64>(2));
    QCOMPARE(draft.contact, std::optional<qint64>(3));
    QCOMPARE(draft.type, std::optional<InteractionType>(InteractionType::Email));
    QCOMPARE(*draft.details, QStringLiteral("Sent catalog"));
    QCOMPARE(draft.orderPlaced, std::optional<bool>(true));
    QCOMPARE(*draft.date, utc(2024, 12, 24, 15, 30));
}

void TestJsonForm::readLeavesOutFieldsUnset()
{
    ValidationErrors errors;
    const InteractionDraft interaction
        = JsonForm::readInteraction(parse(R"({"details":"only this"})"), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(!interaction.lead && !interaction.contact && !interaction.type
            && !interaction.orderPlaced && !interaction.date);
    QCOMPARE(*interaction.details, QStringLiteral("only this"));

    const LeadDraft lead = JsonForm::readLead(QJsonObject(), errors);
    QVERIFY(!lead.name && !lead.status && !lead.city && !lead.phone && !lead.email && !lead.notes);
    const ContactDraft contact = JsonForm::readContact(QJsonObject(), errors);
    QVERIFY(!contact.lead && !contact.name && !contact.role && !contact.email && !contact.phone);
    const OrderDetailsDraft order = JsonForm::readOrderDetails(QJsonObject(), errors);
    QVERIFY(!order.productDetails && !order.quantity && !order.totalPrice && !order.orderDate);
    QVERIFY(errors.isEmpty());
}

void TestJsonForm::readTrims()
{
    ValidationErrors errors;
    const LeadDraft lead = JsonForm::readLead(
        parse(R"({"name":"  Spice Garden \n","city":"\tPune ","notes":"   "})"), errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(*lead.name, QStringLiteral("Spice Garden"));
    QCOMPARE(*lead.city, QStringLiteral("Pune"));
    QCOMPARE(*lead.notes, QString());
}

void TestJsonForm::readFieldErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString nullMessage = QStringLiteral("This field may not be null.");

    QTest::newRow("pk string") << QByteArray(R"({"lead":"abc"})")
                               << "lead: Incorrect type. Expected pk value, received str.";
    QTest::newRow("pk bool") << QByteArray(R"({"lead":true})")
                             << "lead: Incorrect type. Expected pk value, received bool.";
    QTest::newRow("pk float") << QByteArray(R"({"contact":1.5})")
                              << "contact: Incorrect type. Expected pk value, received float.";
    QTest::newRow("pk list") << QByteArray(R"({"contact":[1]})")
                             << "contact: Incorrect type. Expected pk value, received list.";
    QTest::newRow("pk dict") << QByteArray(R"({"lead":{"id":1}})")
                             << "lead: Incorrect type. Expected pk value, received dict.";
    QTest::newRow("pk null") << QByteArray(R"({"lead":null})") << "lead: " + nullMessage;
    QTest::newRow("choice unknown") << QByteArray(R"({"interaction_type":"FOO"})")
                                    << R"(interaction_type: "FOO" is not a valid choice.)";
    QTest::newRow("choice lower case") << QByteArray(R"({"interaction_type":"call"})")
                                       << R"(interaction_type: "call" is not a valid choice.)";
    QTest::newRow("choice number") << QByteArray(R"({"interaction_type":5})")
                                   << R"(interaction_type: "5" is not a valid choice.)";
    QTest::newRow("choice with %2") << QByteArray(R"({"interaction_type":"%2%1"})")
                                    << R"(interaction_type: "%2%1" is not a valid choice.)";
    QTest::newRow("choice null") << QByteArray(R"({"interaction_type":null})")
                                 << "interaction_type: " + nullMessage;
    QTest::newRow("text number") << QByteArray(R"({"details":5})")
                                 << "details: Not a valid string.";
    QTest::newRow("text bool") << QByteArray(R"({"details":false})")
                               << "details: Not a valid string.";
    QTest::newRow("text object") << QByteArray(R"({"details":{}})")
                                 << "details: Not a valid string.";
    QTest::newRow("text null") << QByteArray(R"({"details":null})") << "details: " + nullMessage;
    QTest::newRow("text NUL") << QByteArray(R"({"details":"a\u0000b"})")
                              << "details: Null characters are not allowed.";
    QTest::newRow("boolean string")
        << QByteArray(R"({"order_placed":"maybe"})") << "order_placed: Must be a valid boolean.";
    QTest::newRow("boolean 2") << QByteArray(R"({"order_placed":2})")
                               << "order_placed: Must be a valid boolean.";
    QTest::newRow("boolean list") << QByteArray(R"({"order_placed":[]})")
                                  << "order_placed: Must be a valid boolean.";
    QTest::newRow("boolean null") << QByteArray(R"({"order_placed":null})")
                                  << "order_placed: " + nullMessage;
    QTest::newRow("date no offset")
        << QByteArray(R"({"date":"2024-12-24T15:30:00"})") << "date: " + dateMessage;
    QTest::newRow("date garbage") << QByteArray(R"({"date":"tomorrow"})") << "date: " + dateMessage;
    QTest::newRow("date number") << QByteArray(R"({"date":1735054200})") << "date: " + dateMessage;
    QTest::newRow("date null") << QByteArray(R"({"date":null})") << "date: " + nullMessage;
}

void TestJsonForm::readFieldErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ValidationErrors errors;
    const InteractionDraft draft = JsonForm::readInteraction(parse(json), errors);
    QCOMPARE(render(errors), expected);
    // The field in error is left unset.
    QVERIFY(!draft.lead && !draft.contact && !draft.type && !draft.details && !draft.orderPlaced
            && !draft.date);
}

void TestJsonForm::readLead()
{
    ValidationErrors errors;
    const LeadDraft lead = JsonForm::readLead(
        parse(R"({"name":"Spice","status":"CONVERTED","city":"Pune","phone":"1",)"
              R"("email":"a@b.io","notes":"n"})"),
        errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(*lead.name, QStringLiteral("Spice"));
    QCOMPARE(*lead.status, LeadStatus::Converted);
    QCOMPARE(*lead.city, QStringLiteral("Pune"));
    QCOMPARE(*lead.phone, QStringLiteral("1"));
    QCOMPARE(*lead.email, QStringLiteral("a@b.io"));
    QCOMPARE(*lead.notes, QStringLiteral("n"));

    ValidationErrors bad;
    JsonForm::readLead(parse(R"({"status":"ACTIVE","name":7})"), bad);
    QCOMPARE(render(bad),
             QStringLiteral("name: Not a valid string.\n"
                            "status: \"ACTIVE\" is not a valid choice."));
}

void TestJsonForm::readContact()
{
    ValidationErrors errors;
    const ContactDraft contact = JsonForm::readContact(
        parse(R"({"lead":2,"name":"Asha","role":"Chef","email":"","phone":"9"})"), errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(contact.lead, std::optional<qint64>(2));
    QCOMPARE(*contact.name, QStringLiteral("Asha"));
    QCOMPARE(*contact.role, QStringLiteral("Chef"));
    QCOMPARE(*contact.email, QString());
    QCOMPARE(*contact.phone, QStringLiteral("9"));
}

void TestJsonForm::readOrderDetails()
{
    ValidationErrors errors;
    const OrderDetailsDraft order = JsonForm::readOrderDetails(
        parse(R"({"product_details":"50 units","quantity":"50","total_price":"500.00",)"
              R"("order_date":"2024-12-25T12:00:00Z"})"),
        errors);
    QVERIFY2(errors.isEmpty(), qPrintable(render(errors)));
    QCOMPARE(*order.productDetails, QStringLiteral("50 units"));
    QCOMPARE(*order.quantity, qint64(50));
    QCOMPARE(order.totalPrice->cents(), qint64(50000));
    QCOMPARE(*order.orderDate, utc(2024, 12, 25, 12, 0));

    ValidationErrors bad;
    JsonForm::readOrderDetails(parse(R"({"quantity":"lots","product_details":[]})"), bad);
    QCOMPARE(render(bad),
             QStringLiteral("product_details: Not a valid string.\n"
                            "quantity: A valid integer is required."));
    ValidationErrors fraction;
    JsonForm::readOrderDetails(parse(R"({"quantity":2.5})"), fraction);
    QCOMPARE(render(fraction), QStringLiteral("quantity: A valid integer is required."));
}

void TestJsonForm::readMoneyErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number 500") << QByteArray(R"({"total_price":500})") << QString();
    QTest::newRow("number 0.1") << QByteArray(R"({"total_price":0.1})") << QString();
    QTest::newRow("string 19.99") << QByteArray(R"({"total_price":"19.99"})") << QString();
    QTest::newRow("0.1+0.2") << QByteArray(R"({"total_price":0.30000000000000004})")
                             << "total_price: Ensure that there are no more than 2 decimal places.";
    QTest::newRow("three decimals") << QByteArray(R"({"total_price":"1.999"})")
                                    << "total_price: Ensure that there are no more than 2 decimal "
                                       "places.";
    QTest::newRow("1e-5") << QByteArray(R"({"total_price":1e-5})")
                          << "total_price: Ensure that there are no more than 2 decimal places.";
    QTest::newRow("1e8") << QByteArray(R"({"total_price":1e8})")
                         << "total_price: Ensure that there are no more than 10 digits in total.";
    QTest::newRow("long string") << QByteArray(R"({"total_price":"123456789012"})")
                                 << "total_price: Ensure that there are no more than 10 digits in "
                                    "total.";
    QTest::newRow("junk") << QByteArray(R"({"total_price":"cheap"})")
                          << "total_price: A valid number is required.";
    QTest::newRow("bool") << QByteArray(R"({"total_price":true})")
                          << "total_price: A valid number is required.";
    QTest::newRow("null") << QByteArray(R"({"total_price":null})")
                          << "total_price: This field may not be null.";
}

void TestJsonForm::readMoneyErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ValidationErrors errors;
    const OrderDetailsDraft draft = JsonForm::readOrderDetails(parse(json), errors);
    QCOMPARE(render(errors), expected);
    QCOMPARE(draft.totalPrice.has_value(), expected.isEmpty());
}

void TestJsonForm::readAllProblemsAtOnce()
{
    ValidationErrors errors;
    JsonForm::readInteraction(parse(R"({"lead":"x","contact":null,"interaction_type":"FAX",)"
                                    R"("details":1,"order_placed":"perhaps","date":"now"})"),
                              errors);
    QCOMPARE(errors.fields(), JsonForm::interactionFields());
}

QTEST_APPLESS_MAIN(TestJsonForm)
#include "tst_jsonform.moc"
