// The REST API over real HTTP on loopback: the contract's seven endpoints byte for byte, our
// extensions, and every error shape, against an ApiServer on a free port with a temporary file.
#include "apiserver.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"
#include "support/testdatabase.h"
#include "support/testrecords.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;
    qint64 contentLength = -1;
    bool closedByServer = false;
};

const QByteArray json = "application/json";

const QByteArray specPayload = R"({
    "lead": 2,
    "contact": 3,
    "interaction_type": "CALL",
    "details": "Followed up on last week's discussion.",
    "order_placed": false,
    "date": "2024-12-24T15:30:00Z"
})";
const QByteArray specCreated
    = R"({"id":1,"lead":2,"contact":3,"interaction_type":"CALL","details":"Followed up on last week's discussion.","order_placed":false,"date":"2024-12-24T15:30:00Z"})";
const QByteArray specSecond
    = R"({"id":2,"lead":2,"contact":4,"interaction_type":"EMAIL","details":"Sent product catalog.","order_placed":false,"date":"2024-12-25T10:00:00Z"})";
const QByteArray notFound = R"({"detail":"Not found."})";
const QByteArray dateMessage
    = "Datetime has wrong format. Use YYYY-MM-DDThh:mm[:ss[.uuuuuu]] followed by Z, +HH:MM or "
      "-HH:MM, such as 2024-12-24T15:30:00Z.";

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// Any JSON value, scalars included (QJsonDocument alone takes only objects and arrays).
bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson('[' + body + ']', &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestRestApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAsTheSpecShows();
    void listsAsTheSpecShows();
    void retrievesAsTheSpecShows();
    void updatesAsTheSpecShows();
    void deletesAsTheSpecShows();
    void listsOrdersAsTheSpecShows();
    void answersOrderDetailsAsTheSpecShows();
    void putsOrderDetails();
    void refusesBadOrderDetails();

    void answersWithAndWithoutTrailingSlash_data();
    void answersWithAndWithoutTrailingSlash();
    void answersNotFound_data();
    void answersNotFound();
    void answersMethodNotAllowed_data();
    void answersMethodNotAllowed();
    void answersOptions();
    void answersHeadWithoutBody();
    void refusesOtherMediaTypes_data();
    void refusesOtherMediaTypes();
    void acceptsJsonWithCharset();
    void refusesMalformedJson_data();
    void refusesMalformedJson();
    void refusesBodiesThatAreNotObjects_data();
    void refusesBodiesThatAreNotObjects();
    void readsAnEmptyBodyAsAnEmptyObject();
    void reportsEveryBadFieldAtOnce();
    void reportsAContactOfAnotherLead();
    void reportsBadPatchFields();
    void refusesBadFilterValues_data();
    void refusesBadFilterValues();

    void filtersByLeadAndContact_data();
    void filtersByLeadAndContact();
    void listsInIdOrder();
    void pagesAsDrf_data();
    void pagesAsDrf();
    void capsTheLimit();
    void keepsOtherParametersInPageLinks();
    void pagesLeadsAndContacts();
    void syncChangesFeedWhatChanged();

    void createsReadsUpdatesAndDeletesLeads();
    void createsReadsUpdatesAndDeletesContacts();
    void cascadesDeletes();
    void roundTripsUnicodeAndEscapes();
    void rejectedWritesChangeNothing();
    void announcesEachWriteOnce();
    void closesWhenAsked();
    void answersTheNextPassPastAnotherWritersCommit();
    void answersMalformedRequestsWithoutServerErrors_data();
    void answersMalformedRequestsWithoutServerErrors();

private:
    Reply send(const QByteArray &method, const QString &target, const QByteArray &body = {},
               const QByteArray &contentType = json);
    Reply sendRaw(const QByteArray &request, bool headOnly = false);
    void seedLeadsAndContacts();
    qint64 addInteraction(qint64 lead, qint64 contact, InteractionType type, const QString &details,
                          bool orderPlaced, const QDateTime &date);
    qint64 interactionCount();
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
    }

    TestDatabase m_database;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestRestApi::init()
{
    QVERIFY2(m_database.open(QStringLiteral("api.sqlite")), qPrintable(m_database.errorMessage()));
    // As `touchpoint serve` runs it: reads that arrive together share a read transaction.
    m_database->setReadBatching(true);
    m_server = std::make_unique<ApiServer>(*m_database);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->serverPort() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    seedLeadsAndContacts();
}

void TestRestApi::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_database.reset();
}

// Leads 1 and 2; contacts 1 and 2 of lead 1, contacts 3, 4 and 5 of lead 2 (the spec's ids).
void TestRestApi::seedLeadsAndContacts()
{
    for (const char *name : { "Spice Garden", "Bombay Bistro" })
        QVERIFY(addLead(*m_database, QString::fromUtf8(name)));
    const QList<QPair<qint64, QString>> people { { 1, QStringLiteral("Ravi") },
                                                 { 1, QStringLiteral("Meera") },
                                                 { 2, QStringLiteral("Asha") },
                                                 { 2, QStringLiteral("Vikram") },
                                                 { 2, QStringLiteral("Priya") } };
    for (const auto &[lead, name] : people)
        QVERIFY(addContact(*m_database, lead, name));
}

qint64 TestRestApi::addInteraction(qint64 lead, qint64 contact, InteractionType type,
                                   const QString &details, bool orderPlaced, const QDateTime &date)
{
    InteractionDraft draft;
    draft.lead = lead;
    draft.contact = contact;
    draft.type = type;
    draft.details = details;
    draft.orderPlaced = orderPlaced;
    draft.date = date;
    const StoreResult<Interaction> created = InteractionStore(*m_database).create(draft);
    if (!created.ok())
        QTest::qFail("could not add an interaction", __FILE__, __LINE__);
    return created.value.id;
}

qint64 TestRestApi::interactionCount()
{
    return InteractionStore(*m_database).count({}).value;
}

Reply TestRestApi::send(const QByteArray &method, const QString &target, const QByteArray &body,
                        const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(base() + target));
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        QTest::qFail("no answer within 10 s", __FILE__, __LINE__);
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    // Every answer, errors included, is JSON and says so.
    if (result.contentType != json)
        QTest::qFail(qPrintable(QStringLiteral("Content-Type of %1 %2 is \"%3\"")
                                    .arg(QString::fromLatin1(method), target,
                                         QString::fromLatin1(result.contentType))),
                     __FILE__, __LINE__);
    if (method != "HEAD" && !isJson(result.body))
        QTest::qFail(qPrintable(QStringLiteral("not JSON: ") + QString::fromUtf8(result.body)),
                     __FILE__, __LINE__);
    return result;
}

// For what QNetworkAccessManager will not send: no Content-Type, odd methods, raw paths.
Reply TestRestApi::sendRaw(const QByteArray &request, bool headOnly)
{
    QTcpSocket socket;
    QByteArray data;
    Reply result;
    QEventLoop loop;
    const auto complete = [&]() {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = data.left(end).split('\n');
        result.status = lines.value(0).split(' ').value(1).toInt();
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-type")
                result.contentType = value;
            else if (name == "content-length")
                result.contentLength = value.toLongLong();
            else if (name == "allow")
                result.allow = value;
        }
        result.body = data.mid(end + 4);
        return headOnly || result.body.size() >= result.contentLength;
    };
    QObject::connect(&socket, &QTcpSocket::connected, [&]() { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&]() {
        data += socket.readAll();
        if (complete())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&]() {
        result.closedByServer = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    loop.exec();
    if (!complete())
        QTest::qFail(qPrintable(QStringLiteral("incomplete answer: ") + QString::fromUtf8(data)),
                     __FILE__, __LINE__);
    // Give a closing server a moment to close.
    if (!result.closedByServer && socket.state() == QAbstractSocket::ConnectedState) {
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // The socket's own close on destruction is not the server's.
    QObject::disconnect(&socket, nullptr, nullptr, nullptr);
    return result;
}

void TestRestApi::createsAsTheSpecShows()
{
    const Reply reply = send("POST", QStringLiteral("/track/interactions/"), specPayload);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.body, specCreated);
    QCOMPARE(interactionCount(), 1);
}

void TestRestApi::listsAsTheSpecShows()
{
    QCOMPARE(send("POST", QStringLiteral("/track/interactions/"), specPayload).status, 201);
    QCOMPARE(
        send(
            "POST", QStringLiteral("/track/interactions/"),
            R"({"lead":2,"contact":4,"interaction_type":"EMAIL","details":"Sent product catalog.","order_placed":false,"date":"2024-12-25T10:00:00Z"})")
            .status,
        201);
    addInteraction(1, 1, InteractionType::Visit, QStringLiteral("Other lead"), false,
                   utc(2024, 12, 26, 9, 0));
    const Reply reply = send("GET", QStringLiteral("/track/interactions/?lead=2"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, '[' + specCreated + ',' + specSecond + ']');
    QCOMPARE(QJsonDocument::fromJson(send("GET", QStringLiteral("/track/interactions/")).body)
                 .array()
                 .size(),
             3);
}

void TestRestApi::retrievesAsTheSpecShows()
{
    QCOMPARE(send("POST", QStringLiteral("/track/interactions/"), specPayload).status, 201);
    const Reply reply = send("GET", QStringLiteral("/track/interactions/1/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, specCreated);
}

void TestRestApi::updatesAsTheSpecShows()
{
    QCOMPARE(send("POST", QStringLiteral("/track/interactions/"), specPayload).status, 201);
    const Reply reply = send("PATCH", QStringLiteral("/track/interactions/1/"),
                             R"({"details": "Confirmed product interest."})");
    QCOMPARE(reply.status, 200);
    const QByteArray expected
        = R"({"id":1,"lead":2,"contact":3,"interaction_type":"CALL","details":"Confirmed product interest.","order_placed":false,"date":"2024-12-24T15:30:00Z"})";
    QCOMPARE(reply.body, expected);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/1/")).body, expected);
}

void TestRestApi::deletesAsTheSpecShows()
{
    QCOMPARE(send("POST", QStringLiteral("/track/interactions/"), specPayload).status, 201);
    const Reply reply = send("DELETE", QStringLiteral("/track/interactions/1/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray(R"({"message":"Interaction deleted successfully."})"));
    QCOMPARE(interactionCount(), 0);
    const Reply again = send("DELETE", QStringLiteral("/track/interactions/1/"));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.body, notFound);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/1/")).status, 404);
}

void TestRestApi::listsOrdersAsTheSpecShows()
{
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("Followed up."), false,
                   utc(2024, 12, 24, 15, 30));
    addInteraction(1, 1, InteractionType::Order, QStringLiteral("Another lead's order."), true,
                   utc(2024, 12, 25, 11, 0));
    addInteraction(2, 5, InteractionType::Order,
                   QStringLiteral("Placed an order for 50 units of product A."), true,
                   utc(2024, 12, 25, 12, 0));
    const QByteArray expected
        = R"([{"id":3,"lead":2,"contact":5,"interaction_type":"ORDER","details":"Placed an order for 50 units of product A.","order_placed":true,"date":"2024-12-25T12:00:00Z"}])";
    const Reply reply = send("GET", QStringLiteral("/track/interactions/orders/?lead=2"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, expected);
    const Reply all = send("GET", QStringLiteral("/track/interactions/orders"));
    QCOMPARE(QJsonDocument::fromJson(all.body).array().size(), 2);
}

void TestRestApi::answersOrderDetailsAsTheSpecShows()
{
    addInteraction(2, 5, InteractionType::Order,
                   QStringLiteral("Placed an order for 50 units of product A."), false,
                   utc(2024, 12, 25, 12, 0));
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/1/order_details/")).body, notFound);
    const Reply put = send("PUT", QStringLiteral("/track/interactions/1/order_details/"),
                           R"({"product_details": "50 units of Product A", "quantity": 50,
                               "total_price": 500.00, "order_date": "2024-12-25T12:00:00Z"})");
    QCOMPARE(put.status, 201);
    const QByteArray expected
        = R"({"product_details":"50 units of Product A","quantity":50,"total_price":500.00,"order_date":"2024-12-25T12:00:00Z"})";
    QCOMPARE(put.body, expected);
    const Reply reply = send("GET", QStringLiteral("/track/interactions/1/order_details/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, expected);
}

void TestRestApi::putsOrderDetails()
{
    addInteraction(2, 5, InteractionType::Order, QStringLiteral("Order"), false,
                   utc(2024, 12, 25, 12, 0));
    const QString path = QStringLiteral("/track/interactions/1/order_details");
    QCOMPARE(
        send("PUT", path, R"({"product_details":"A","quantity":1,"total_price":"12.5"})").status,
        201);
    // order_placed is set, and order_date defaults to the interaction's date.
    QVERIFY(send("GET", QStringLiteral("/track/interactions/1"))
                .body.contains(R"("order_placed":true)"));
    QCOMPARE(
        send("GET", path).body,
        QByteArray(
            R"({"product_details":"A","quantity":1,"total_price":12.50,"order_date":"2024-12-25T12:00:00Z"})"));
    const Reply replaced = send(
        "PUT", path,
        R"({"product_details":"B","quantity":3,"total_price":1234.5,"order_date":"2024-12-26T08:00:00+05:30"})");
    QCOMPARE(replaced.status, 200);
    QCOMPARE(
        replaced.body,
        QByteArray(
            R"({"product_details":"B","quantity":3,"total_price":1234.50,"order_date":"2024-12-26T02:30:00Z"})"));
    QCOMPARE(send("GET", path).body, replaced.body);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/9/order_details/")).body, notFound);
    QCOMPARE(send("PUT", QStringLiteral("/track/interactions/9/order_details/"),
                  R"({"product_details":"A","quantity":1,"total_price":1})")
                 .status,
             404);
}

void TestRestApi::refusesBadOrderDetails()
{
    addInteraction(2, 5, InteractionType::Order, QStringLiteral("Order"), false,
                   utc(2024, 12, 25, 12, 0));
    const QString path = QStringLiteral("/track/interactions/1/order_details/");
    const Reply reply
        = send("PUT", path, R"({"quantity":"many","total_price":1.234,"order_date":"soon"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.body,
        QByteArray(
            R"({"product_details":["This field is required."],"quantity":["A valid integer is required."],"total_price":["Ensure that there are no more than 2 decimal places."],"order_date":[")")
            + dateMessage + R"("]})");
    const Reply rules
        = send("PUT", path, R"({"product_details":" ","quantity":0,"total_price":-1})");
    QCOMPARE(rules.status, 400);
    QCOMPARE(
        rules.body,
        QByteArray(
            R"({"product_details":["This field may not be blank."],"quantity":["Ensure this value is greater than or equal to 1."],"total_price":["Ensure this value is greater than or equal to 0."]})"));
    QCOMPARE(send("GET", path).status, 404);
    QVERIFY(send("GET", QStringLiteral("/track/interactions/1/"))
                .body.contains(R"("order_placed":false)"));
}

void TestRestApi::answersWithAndWithoutTrailingSlash_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << QByteArray("GET") << "/track/interactions" << QByteArray() << 200;
    QTest::newRow("create") << QByteArray("POST") << "/track/interactions" << specPayload << 201;
    QTest::newRow("retrieve") << QByteArray("GET") << "/track/interactions/1" << QByteArray()
                              << 200;
    QTest::newRow("update") << QByteArray("PATCH") << "/track/interactions/1"
                            << QByteArray(R"({"details":"x"})") << 200;
    QTest::newRow("delete") << QByteArray("DELETE") << "/track/interactions/1" << QByteArray()
                            << 200;
    QTest::newRow("orders") << QByteArray("GET") << "/track/interactions/orders" << QByteArray()
                            << 200;
    QTest::newRow("order details")
        << QByteArray("GET") << "/track/interactions/1/order_details" << QByteArray() << 404;
    QTest::newRow("put order details")
        << QByteArray("PUT") << "/track/interactions/1/order_details"
        << QByteArray(R"({"product_details":"A","quantity":1,"total_price":1})") << 201;
    QTest::newRow("leads") << QByteArray("GET") << "/leads" << QByteArray() << 200;
    QTest::newRow("lead") << QByteArray("GET") << "/leads/1" << QByteArray() << 200;
    QTest::newRow("contacts") << QByteArray("GET") << "/contacts" << QByteArray() << 200;
    QTest::newRow("contact") << QByteArray("GET") << "/contacts/3" << QByteArray() << 200;
}

void TestRestApi::answersWithAndWithoutTrailingSlash()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const Reply without = send(method, path, body);
    QCOMPARE(without.status, status);
    if (method == "DELETE" || method == "POST" || method == "PUT") {
        // Put the world back so that the second request meets the same state.
        cleanup();
        init();
        addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                       utc(2024, 12, 24, 15, 30));
    }
    const Reply with = send(method, path + QLatin1Char('/'), body);
    QCOMPARE(with.status, status);
    QCOMPARE(with.body, without.body);
}

void TestRestApi::answersNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown interaction") << QByteArray("GET") << "/track/interactions/999/";
    QTest::newRow("patch unknown") << QByteArray("PATCH") << "/track/interactions/999/";
    QTest::newRow("delete unknown") << QByteArray("DELETE") << "/track/interactions/999/";
    QTest::newRow("letters") << QByteArray("GET") << "/track/interactions/abc/";
    QTest::newRow("zero") << QByteArray("GET") << "/track/interactions/0/";
    QTest::newRow("negative") << QByteArray("GET") << "/track/interactions/-1/";
    QTest::newRow("fraction") << QByteArray("GET") << "/track/interactions/1.5/";
    QTest::newRow("huge") << QByteArray("GET") << "/track/interactions/99999999999999999999999/";
    QTest::newRow("largest id") << QByteArray("GET") << "/track/interactions/9223372036854775807/";
    QTest::newRow("unknown path") << QByteArray("GET") << "/unknown/";
    QTest::newRow("root") << QByteArray("GET") << "/";
    QTest::newRow("track") << QByteArray("GET") << "/track/";
    QTest::newRow("deeper") << QByteArray("GET") << "/track/interactions/1/order_details/x/";
    QTest::newRow("double slash") << QByteArray("GET") << "/track//interactions/";
    QTest::newRow("double trailing slash") << QByteArray("GET") << "/leads//";
    QTest::newRow("unknown lead") << QByteArray("GET") << "/leads/99/";
    QTest::newRow("unknown contact") << QByteArray("DELETE") << "/contacts/99/";
    QTest::newRow("case matters") << QByteArray("GET") << "/Track/Interactions/";
    QTest::newRow("unknown path, other method") << QByteArray("PUT") << "/nothing/";
    QTest::newRow("order details of unknown")
        << QByteArray("GET") << "/track/interactions/5/order_details/";
}

void TestRestApi::answersNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const qint64 before = interactionCount();
    const Reply reply = send(method, path, method == "PATCH" ? QByteArray("{}") : QByteArray());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, notFound);
    QCOMPARE(interactionCount(), before);
}

void TestRestApi::answersMethodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    const QByteArray list = "GET, POST, HEAD, OPTIONS";
    const QByteArray detail = "GET, PATCH, DELETE, HEAD, OPTIONS";
    QTest::newRow("put interaction") << QByteArray("PUT") << "/track/interactions/1/" << detail;
    QTest::newRow("put unknown interaction")
        << QByteArray("PUT") << "/track/interactions/999/" << detail;
    QTest::newRow("post interaction") << QByteArray("POST") << "/track/interactions/1" << detail;
    QTest::newRow("delete list") << QByteArray("DELETE") << "/track/interactions/" << list;
    QTest::newRow("patch list") << QByteArray("PATCH") << "/track/interactions" << list;
    QTest::newRow("post orders") << QByteArray("POST") << "/track/interactions/orders/"
                                 << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("patch order details")
        << QByteArray("PATCH") << "/track/interactions/1/order_details/"
        << QByteArray("GET, PUT, HEAD, OPTIONS");
    QTest::newRow("put lead") << QByteArray("PUT") << "/leads/1/" << detail;
    QTest::newRow("delete leads") << QByteArray("DELETE") << "/leads/" << list;
    QTest::newRow("put contacts") << QByteArray("PUT") << "/contacts" << list;
}

void TestRestApi::answersMethodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const Reply reply = send(method, path, R"({"details":"x"})");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.body, QByteArray("{\"detail\":\"Method \\\"" + method + "\\\" not allowed.\"}"));
    QCOMPARE(reply.allow, allow);
    QCOMPARE(
        send("GET", QStringLiteral("/track/interactions/1/")).body,
        QByteArray(
            R"({"id":1,"lead":2,"contact":3,"interaction_type":"CALL","details":"One","order_placed":false,"date":"2024-12-24T15:30:00Z"})"));
}

void TestRestApi::answersOptions()
{
    const Reply reply = send("OPTIONS", QStringLiteral("/track/interactions/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.allow, QByteArray("GET, POST, HEAD, OPTIONS"));
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Interaction List"));
    QCOMPARE(send("OPTIONS", QStringLiteral("/track/interactions/1/order_details")).allow,
             QByteArray("GET, PUT, HEAD, OPTIONS"));
}

void TestRestApi::answersHeadWithoutBody()
{
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const Reply get = send("GET", QStringLiteral("/track/interactions/"));
    const Reply head = sendRaw("HEAD /track/interactions/ HTTP/1.1\r\nHost: test\r\n\r\n", true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.contentType, json);
    QCOMPARE(head.contentLength, get.body.size());
    QVERIFY(head.body.isEmpty());
    // The connection stays usable: a GET after a HEAD on one connection gets its whole body.
    const Reply both = sendRaw("HEAD /leads/1 HTTP/1.1\r\nHost: test\r\n\r\n"
                               "GET /leads/1 HTTP/1.1\r\nHost: test\r\n\r\n",
                               true);
    QCOMPARE(both.status, 200);
    QVERIFY(both.body.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(both.body.endsWith(R"("notes":""})"));
}

void TestRestApi::refusesOtherMediaTypes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("post text") << QByteArray("POST") << "/track/interactions/"
                               << QByteArray("text/plain");
    QTest::newRow("patch form") << QByteArray("PATCH") << "/track/interactions/1/"
                                << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("put xml") << QByteArray("PUT") << "/track/interactions/1/order_details/"
                             << QByteArray("application/xml");
    QTest::newRow("post lead with charset")
        << QByteArray("POST") << "/leads/" << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("patch contact")
        << QByteArray("PATCH") << "/contacts/3" << QByteArray("text/json");
}

void TestRestApi::refusesOtherMediaTypes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const Reply reply = send(method, path, specPayload, contentType);
    QCOMPARE(reply.status, 415);
    QCOMPARE(reply.body,
             QByteArray("{\"detail\":\"Unsupported media type \\\"" + contentType
                        + "\\\" in request.\"}"));
    QCOMPARE(interactionCount(), 1);
    QVERIFY(
        send("GET", QStringLiteral("/track/interactions/1")).body.contains(R"("details":"One")"));
}

void TestRestApi::acceptsJsonWithCharset()
{
    const Reply reply = send("POST", QStringLiteral("/track/interactions"), specPayload,
                             "application/json; charset=utf-8");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.body, specCreated);
}

void TestRestApi::refusesMalformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("unterminated") << QByteArray(R"({"lead": 2,)")
                                  << QByteArray("JSON parse error - ");
    QTest::newRow("single quotes")
        << QByteArray("{'lead': 2}") << QByteArray("JSON parse error - ");
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"lead": 2} x)") << QByteArray("JSON parse error - ");
    QTest::newRow("second line") << QByteArray("{\n  \"lead\": ,\n}")
                                 << QByteArray("JSON parse error - illegal value: line 2 column");
    QTest::newRow("not JSON") << QByteArray("lead=2") << QByteArray("JSON parse error - ");
    QTest::newRow("bad UTF-8") << QByteArray("{\"details\": \"\xff\xfe\"}")
                               << QByteArray("JSON parse error - ");
    QTest::newRow("two values") << QByteArray("1 2") << QByteArray("JSON parse error - ");
    QTest::newRow("whitespace only") << QByteArray("   ") << QByteArray("JSON parse error - ");
}

void TestRestApi::refusesMalformedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, detail);
    const Reply reply = send("POST", QStringLiteral("/track/interactions/"), body);
    QCOMPARE(reply.status, 400);
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(answer.keys(), QStringList { QStringLiteral("detail") });
    const QString text = answer.value(QStringLiteral("detail")).toString();
    QVERIFY2(text.startsWith(QString::fromUtf8(detail)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("(char ")), qPrintable(text));
    QCOMPARE(interactionCount(), 0);
}

void TestRestApi::refusesBodiesThatAreNotObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("list") << QByteArray("[1, 2]") << QByteArray("list");
    QTest::newRow("empty list") << QByteArray("[]") << QByteArray("list");
    QTest::newRow("string") << QByteArray(R"("text")") << QByteArray("str");
    QTest::newRow("integer") << QByteArray("42") << QByteArray("int");
    QTest::newRow("float") << QByteArray(" 4.5 ") << QByteArray("float");
    QTest::newRow("exponent") << QByteArray("1e3") << QByteArray("float");
    QTest::newRow("true") << QByteArray("true") << QByteArray("bool");
    QTest::newRow("null") << QByteArray("null") << QByteArray("NoneType");
}

void TestRestApi::refusesBodiesThatAreNotObjects()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const QByteArray expected
        = R"({"non_field_errors":["Invalid data. Expected a dictionary, but got )" + type
        + R"(."]})";
    for (const auto &[method, path] :
         { std::pair { QByteArray("POST"), QStringLiteral("/track/interactions/") },
           std::pair { QByteArray("PATCH"), QStringLiteral("/track/interactions/1/") },
           std::pair { QByteArray("PUT"), QStringLiteral("/track/interactions/1/order_details/") },
           std::pair { QByteArray("POST"), QStringLiteral("/leads/") },
           std::pair { QByteArray("PATCH"), QStringLiteral("/contacts/3/") } }) {
        const Reply reply = send(method, path, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, expected);
    }
    QCOMPARE(interactionCount(), 1);
}

void TestRestApi::readsAnEmptyBodyAsAnEmptyObject()
{
    // QNetworkAccessManager sends no Content-Type with an empty body; DRF reads it as {}.
    const Reply reply = sendRaw("POST /track/interactions/ HTTP/1.1\r\nHost: test\r\n"
                                "Content-Length: 0\r\n\r\n");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.contentType, json);
    QCOMPARE(
        reply.body,
        QByteArray(
            R"({"lead":["This field is required."],"contact":["This field is required."],"interaction_type":["This field is required."]})"));
    const Reply empty = send("POST", QStringLiteral("/track/interactions/"), "{}");
    QCOMPARE(empty.body, reply.body);
    // A body without a Content-Type is not JSON: DRF names the missing type as "".
    const Reply untyped = sendRaw("POST /leads/ HTTP/1.1\r\nHost: test\r\nContent-Length: 2\r\n"
                                  "\r\n{}");
    QCOMPARE(untyped.status, 415);
    const QByteArray unsupported = R"({"detail":"Unsupported media type \"\" in request."})";
    QCOMPARE(untyped.body, unsupported);
    QCOMPARE(interactionCount(), 0);
}

void TestRestApi::reportsEveryBadFieldAtOnce()
{
    // Fields that cannot be read and fields the rules refuse, together, in the contract's order.
    const Reply reply = send("POST", QStringLiteral("/track/interactions/"),
                             R"({"date": "yesterday", "order_placed": "maybe", "details": 5,
                                 "interaction_type": "PHONE", "contact": 999, "lead": "abc"})");
    const QByteArray expected
        = R"({"lead":["Incorrect type. Expected pk value, received str."],"contact":["Invalid pk \"999\" - object does not exist."],"interaction_type":["\"PHONE\" is not a valid choice."],"details":["Not a valid string."],"order_placed":["Must be a valid boolean."],"date":[")"
        + dateMessage + R"("]})";
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, expected);
    const Reply nulls = send("POST", QStringLiteral("/track/interactions/"),
                             R"({"lead": null, "contact": 3, "interaction_type": "CALL"})");
    QCOMPARE(nulls.status, 400);
    QCOMPARE(nulls.body, QByteArray(R"({"lead":["This field may not be null."]})"));
    QCOMPARE(interactionCount(), 0);
}

void TestRestApi::reportsAContactOfAnotherLead()
{
    const Reply reply = send("POST", QStringLiteral("/track/interactions/"),
                             R"({"lead": 1, "contact": 3, "interaction_type": "VISIT"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, QByteArray(R"({"contact":["Contact 3 does not belong to lead 1."]})"));
    QCOMPARE(interactionCount(), 0);
}

void TestRestApi::reportsBadPatchFields()
{
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const QByteArray stored = send("GET", QStringLiteral("/track/interactions/1/")).body;
    // An unreadable field and a rule broken by another are both reported.
    const Reply reply = send("PATCH", QStringLiteral("/track/interactions/1/"),
                             R"({"contact": 1, "date": "12/24/2024"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body,
             QByteArray(R"({"contact":["Contact 1 does not belong to lead 2."],"date":[")")
                 + dateMessage + R"("]})");
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/1/")).body, stored);
}

void TestRestApi::refusesBadFilterValues_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray message = R"(["A valid integer is required."])";
    QTest::newRow("lead") << "/track/interactions/?lead=abc"
                          << R"({"lead":)" + message + '}';
    QTest::newRow("contact") << "/track/interactions/?contact=1.5"
                             << R"({"contact":)" + message + '}';
    QTest::newRow("both") << "/track/interactions/?contact=x&lead=y"
                          << R"({"lead":)" + message + R"(,"contact":)" + message + '}';
    QTest::newRow("negative limit") << "/track/interactions/?limit=-1"
                                    << R"({"limit":)" + message + '}';
    QTest::newRow("zero limit") << "/track/interactions/?limit=0"
                                << R"({"limit":)" + message + '}';
    QTest::newRow("text offset") << "/track/interactions/?limit=2&offset=x"
                                 << R"({"offset":)" + message + '}';
    QTest::newRow("negative offset") << "/leads/?offset=-3"
                                     << R"({"offset":)" + message + '}';
    QTest::newRow("orders lead") << "/track/interactions/orders/?lead=2a"
                                 << R"({"lead":)" + message + '}';
    QTest::newRow("contacts lead") << "/contacts/?lead=%20x"
                                   << R"({"lead":)" + message + '}';
    QTest::newRow("hex") << "/contacts/?lead=0x1"
                         << R"({"lead":)" + message + '}';
    QTest::newRow("too large") << "/track/interactions/?lead=99999999999999999999"
                               << R"({"lead":)" + message + '}';
}

void TestRestApi::refusesBadFilterValues()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, expected);
    const Reply reply = send("GET", target);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, expected);
}

void TestRestApi::filtersByLeadAndContact_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("ids");
    QTest::newRow("none") << "" << QList<int> { 1, 2, 3, 4, 5 };
    QTest::newRow("lead 2") << "?lead=2" << QList<int> { 2, 3, 5 };
    QTest::newRow("contact 3") << "?contact=3" << QList<int> { 2, 5 };
    QTest::newRow("lead 2, contact 3") << "?lead=2&contact=3" << QList<int> { 2, 5 };
    QTest::newRow("contact first") << "?contact=4&lead=2" << QList<int> { 3 };
    QTest::newRow("contact of another lead") << "?lead=1&contact=3" << QList<int> {};
    QTest::newRow("unknown lead") << "?lead=77" << QList<int> {};
    QTest::newRow("blank filter ignored") << "?lead=&contact=1" << QList<int> { 1, 4 };
    QTest::newRow("last value counts") << "?lead=1&lead=2&contact=5" << QList<int> {};
    QTest::newRow("unknown parameter ignored") << "?colour=red&lead=1" << QList<int> { 1, 4 };
}

void TestRestApi::filtersByLeadAndContact()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, ids);
    addInteraction(1, 1, InteractionType::Call, QStringLiteral("1"), false, utc(2024, 1, 1, 9, 0));
    addInteraction(2, 3, InteractionType::Email, QStringLiteral("2"), false, utc(2024, 1, 2, 9, 0));
    addInteraction(2, 4, InteractionType::Visit, QStringLiteral("3"), false, utc(2024, 1, 3, 9, 0));
    addInteraction(1, 1, InteractionType::Order, QStringLiteral("4"), true, utc(2024, 1, 4, 9, 0));
    addInteraction(2, 3, InteractionType::Order, QStringLiteral("5"), true, utc(2024, 1, 5, 9, 0));
    const Reply reply = send("GET", QStringLiteral("/track/interactions/") + query);
    QCOMPARE(reply.status, 200);
    QList<int> got;
    const QJsonArray items = QJsonDocument::fromJson(reply.body).array();
    for (const QJsonValue &item : items)
        got.append(item.toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(got, ids);
    // The orders list takes the same filters, orders only.
    QList<int> orders;
    for (const int id : ids) {
        if (id == 4 || id == 5)
            orders.append(id);
    }
    QList<int> gotOrders;
    const QJsonArray orderItems
        = QJsonDocument::fromJson(
              send("GET", QStringLiteral("/track/interactions/orders/") + query).body)
              .array();
    for (const QJsonValue &item : orderItems)
        gotOrders.append(item.toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(gotOrders, orders);
}

void TestRestApi::listsInIdOrder()
{
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("late"), false,
                   utc(2025, 6, 1, 9, 0));
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("early"), false,
                   utc(2023, 1, 1, 9, 0));
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("middle"), false,
                   utc(2024, 3, 1, 9, 0));
    const QJsonArray items
        = QJsonDocument::fromJson(send("GET", QStringLiteral("/track/interactions/")).body).array();
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(items.at(i).toObject().value(QStringLiteral("id")).toInt(), i + 1);
}

void TestRestApi::pagesAsDrf_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QList<int>>("ids");
    const QString list = QStringLiteral("/track/interactions/");
    QTest::newRow("first page") << "?limit=2" << 5 << list + "?limit=2&offset=2" << QString()
                                << QList<int> { 1, 2 };
    QTest::newRow("second page") << "?limit=2&offset=2" << 5 << list + "?limit=2&offset=4"
                                 << list + "?limit=2" << QList<int> { 3, 4 };
    QTest::newRow("last page") << "?offset=4&limit=2" << 5 << QString()
                               << list + "?limit=2&offset=2" << QList<int> { 5 };
    QTest::newRow("odd offset") << "?limit=2&offset=1" << 5 << list + "?limit=2&offset=3"
                                << list + "?limit=2" << QList<int> { 2, 3 };
    QTest::newRow("beyond the end")
        << "?limit=2&offset=10" << 5 << QString() << list + "?limit=2&offset=8" << QList<int> {};
    QTest::newRow("offset alone") << "?offset=3" << 5 << QString() << list + "?limit=1000"
                                  << QList<int> { 4, 5 };
    QTest::newRow("filtered") << "?limit=1&lead=2" << 3 << list + "?lead=2&limit=1&offset=1"
                              << QString() << QList<int> { 2 };
    QTest::newRow("filtered, sorted keys")
        << "?offset=1&limit=1&contact=3&lead=2" << 2 << QString()
        << list + "?contact=3&lead=2&limit=1" << QList<int> { 5 };
    QTest::newRow("orders") << "orders/?limit=1" << 2 << list + "orders/?limit=1&offset=1"
                            << QString() << QList<int> { 4 };
}

void TestRestApi::pagesAsDrf()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(QString, next);
    QFETCH(QString, previous);
    QFETCH(QList<int>, ids);
    addInteraction(1, 1, InteractionType::Call, QStringLiteral("1"), false, utc(2024, 1, 1, 9, 0));
    addInteraction(2, 3, InteractionType::Email, QStringLiteral("2"), false, utc(2024, 1, 2, 9, 0));
    addInteraction(2, 4, InteractionType::Visit, QStringLiteral("3"), false, utc(2024, 1, 3, 9, 0));
    addInteraction(1, 1, InteractionType::Order, QStringLiteral("4"), true, utc(2024, 1, 4, 9, 0));
    addInteraction(2, 3, InteractionType::Order, QStringLiteral("5"), true, utc(2024, 1, 5, 9, 0));
    const Reply reply = send("GET", QStringLiteral("/track/interactions/") + query);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.startsWith(R"({"count":)"), reply.body.constData());
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(page.keys().size(), 4);
    QCOMPARE(page.value(QStringLiteral("count")).toInt(), count);
    const auto link = [this](const QString &pathAndQuery) {
        return pathAndQuery.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(base() + pathAndQuery);
    };
    QCOMPARE(page.value(QStringLiteral("next")), link(next));
    QCOMPARE(page.value(QStringLiteral("previous")), link(previous));
    QList<int> got;
    const QJsonArray results = page.value(QStringLiteral("results")).toArray();
    for (const QJsonValue &item : results)
        got.append(item.toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(got, ids);
}

void TestRestApi::capsTheLimit()
{
    for (int i = 0; i < 3; ++i)
        addInteraction(2, 3, InteractionType::Call, QString::number(i), false,
                       utc(2024, 1, 1, 9, i));
    const Reply reply = send("GET", QStringLiteral("/track/interactions/?limit=5000&offset=1"));
    QCOMPARE(reply.status, 200);
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(page.value(QStringLiteral("previous")).toString(),
             base() + QStringLiteral("/track/interactions/?limit=1000"));
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 2);
}

void TestRestApi::keepsOtherParametersInPageLinks()
{
    for (int i = 0; i < 3; ++i)
        addInteraction(2, 3, InteractionType::Call, QString::number(i), false,
                       utc(2024, 1, 1, 9, i));
    // As Python's urlencode writes them: decoded, then quoted with '+' for spaces.
    const Reply reply
        = send("GET", QStringLiteral("/track/interactions/?z=a+b%26c&limit=1&a=%C3%A9&a=2"));
    QCOMPARE(reply.status, 200);
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(page.value(QStringLiteral("next")).toString(),
             base()
                 + QStringLiteral("/track/interactions/?a=%C3%A9&a=2&limit=1&offset=1&z=a+b%26c"));
    // The Host header is the one the client sent.
    const Reply raw = sendRaw("GET /leads/?limit=1 HTTP/1.1\r\nHost: crm.example:8000\r\n\r\n");
    QCOMPARE(QJsonDocument::fromJson(raw.body).object().value(QStringLiteral("next")).toString(),
             QStringLiteral("http://crm.example:8000/leads/?limit=1&offset=1"));
    // X-Forwarded-Proto is a reverse proxy's word, heard only from behind one (--insecure-http):
    // from anyone else it could be a client's.
    const QByteArray proxied = "GET /leads/?limit=1 HTTP/1.1\r\nHost: crm.example\r\n"
                               "X-Forwarded-Proto: https\r\n\r\n";
    QCOMPARE(QJsonDocument::fromJson(sendRaw(proxied).body)["next"].toString(),
             QStringLiteral("http://crm.example/leads/?limit=1&offset=1"));
    m_server->setPlainHttpAllowed(true);
    QCOMPARE(QJsonDocument::fromJson(sendRaw(proxied).body)["next"].toString(),
             QStringLiteral("https://crm.example/leads/?limit=1&offset=1"));
    QCOMPARE(QJsonDocument::fromJson(sendRaw("GET /leads/?limit=1 HTTP/1.1\r\nHost: crm.example\r\n"
                                             "X-Forwarded-Proto: http\r\n\r\n")
                                         .body)["next"]
                 .toString(),
             QStringLiteral("http://crm.example/leads/?limit=1&offset=1"));
}

// The sync feed over HTTP (docs/sync.md): the seed's seven records, each in a commit of its own;
// then an order and a deleted contact as a page from where the replica left off.
void TestRestApi::syncChangesFeedWhatChanged()
{
    const Reply all = send("GET", QStringLiteral("/sync/changes/"));
    QCOMPARE(all.status, 200);
    const QJsonObject first = QJsonDocument::fromJson(all.body).object();
    QCOMPARE(first.value(QStringLiteral("protocol")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("schema")).toInt(), m_database->schemaVersion());
    QCOMPARE(first.value(QStringLiteral("more")).toBool(), false);
    const QJsonArray seeded = first.value(QStringLiteral("changes")).toArray();
    QCOMPARE(seeded.size(), 7);
    QCOMPARE(seeded.at(0).toObject(),
             QJsonObject({ { QStringLiteral("kind"), QStringLiteral("lead") },
                           { QStringLiteral("id"), 1 },
                           { QStringLiteral("revision"), 1 },
                           { QStringLiteral("record"),
                             QJsonDocument::fromJson(send("GET", QStringLiteral("/leads/1/")).body)
                                 .object() } }));
    QCOMPARE(seeded.at(6)["kind"].toString(), QStringLiteral("contact"));
    const qint64 seen = first.value(QStringLiteral("revision")).toInteger();
    QCOMPARE(seen, seeded.at(6)["revision"].toInteger());

    // Caught up: nothing more.
    const QJsonObject none
        = QJsonDocument::fromJson(
              send("GET", QStringLiteral("/sync/changes/?since=%1").arg(seen)).body)
              .object();
    QCOMPARE(none.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(none.value(QStringLiteral("revision")).toInteger(), seen);

    const Reply order = send("POST", QStringLiteral("/track/interactions/"),
                             R"({"lead":1,"contact":1,"interaction_type":"ORDER"})");
    QCOMPARE(order.status, 201);
    const qint64 orderId = QJsonDocument::fromJson(order.body)["id"].toInteger();
    QCOMPARE(send("PUT", QStringLiteral("/track/interactions/%1/order_details/").arg(orderId),
                  R"({"product_details":"Basmati","quantity":40,"total_price":125.5})")
                 .status,
             201);
    QCOMPARE(send("DELETE", QStringLiteral("/contacts/2/")).status, 200);
    const QJsonObject next
        = QJsonDocument::fromJson(
              send("GET", QStringLiteral("/sync/changes/?since=%1").arg(seen)).body)
              .object();
    const QJsonArray changes = next.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2); // the interaction once, at its newest change
    QCOMPARE(changes.at(0)["kind"].toString(), QStringLiteral("interaction"));
    QCOMPARE(changes.at(0)["record"]["order_placed"].toBool(), true);
    QCOMPARE(changes.at(0)["order_details"]["quantity"].toInt(), 40);
    QCOMPARE(changes.at(1).toObject(),
             QJsonObject({ { QStringLiteral("kind"), QStringLiteral("contact") },
                           { QStringLiteral("id"), 2 },
                           { QStringLiteral("revision"), seen + 3 },
                           { QStringLiteral("deleted"), true } }));

    // A page of one commit at a time.
    const QJsonObject paged
        = QJsonDocument::fromJson(send("GET", QStringLiteral("/sync/changes/?limit=1")).body)
              .object();
    QCOMPARE(paged.value(QStringLiteral("changes")).toArray().size(), 1);
    QCOMPARE(paged.value(QStringLiteral("revision")).toInteger(), 1);
    QCOMPARE(paged.value(QStringLiteral("more")).toBool(), true);

    // Refusals.
    const Reply bad = send("GET", QStringLiteral("/sync/changes/?since=-1&limit=6000"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(QJsonDocument::fromJson(bad.body).object().keys(),
             QStringList({ QStringLiteral("limit"), QStringLiteral("since") }));
    const Reply other = send("GET", QStringLiteral("/sync/changes/?protocol=2"));
    QCOMPARE(other.status, 409);
    QVERIFY(QJsonDocument::fromJson(other.body)["detail"].toString().contains(
        QStringLiteral("version 1 of the sync protocol, not 2")));
    // A batch must say which protocol and schema it speaks; the feed takes no PUT.
    const Reply unversioned = send("POST", QStringLiteral("/sync/changes/"), "{}");
    QCOMPARE(unversioned.status, 400);
    QCOMPARE(QJsonDocument::fromJson(unversioned.body).object().keys(),
             QStringList({ QStringLiteral("protocol"), QStringLiteral("schema") }));
    QCOMPARE(send("PUT", QStringLiteral("/sync/changes/"), "{}").status, 405);
}

void TestRestApi::pagesLeadsAndContacts()
{
    const Reply leads = send("GET", QStringLiteral("/leads?limit=1"));
    QCOMPARE(leads.status, 200);
    QCOMPARE(
        leads.body,
        QByteArray(R"({"count":2,"next":")") + base().toUtf8()
            + R"(/leads?limit=1&offset=1","previous":null,"results":[{"id":1,"name":"Spice Garden","status":"NEW","city":"","phone":"","email":"","notes":""}]})");
    const Reply contacts = send("GET", QStringLiteral("/contacts/?lead=2&limit=2&offset=2"));
    QCOMPARE(contacts.status, 200);
    QCOMPARE(
        contacts.body,
        QByteArray(R"({"count":3,"next":null,"previous":")") + base().toUtf8()
            + R"(/contacts/?lead=2&limit=2","results":[{"id":5,"lead":2,"name":"Priya","role":"","email":"","phone":""}]})");
}

void TestRestApi::createsReadsUpdatesAndDeletesLeads()
{
    const Reply created = send("POST", QStringLiteral("/leads/"),
                               R"({"name": "Chai Point", "status": "CONTACTED", "city": "Pune",
                                   "phone": "+91 20 5555 0101", "email": "owner@chaipoint.example",
                                   "notes": "Two outlets."})");
    QCOMPARE(created.status, 201);
    const QByteArray lead
        = R"({"id":3,"name":"Chai Point","status":"CONTACTED","city":"Pune","phone":"+91 20 5555 0101","email":"owner@chaipoint.example","notes":"Two outlets."})";
    QCOMPARE(created.body, lead);
    QCOMPARE(send("GET", QStringLiteral("/leads/3")).body, lead);
    QCOMPARE(QJsonDocument::fromJson(send("GET", QStringLiteral("/leads/")).body).array().size(),
             3);

    const Reply updated
        = send("PATCH", QStringLiteral("/leads/3/"), R"({"status": "NEGOTIATING", "notes": ""})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(
        updated.body,
        QByteArray(
            R"({"id":3,"name":"Chai Point","status":"NEGOTIATING","city":"Pune","phone":"+91 20 5555 0101","email":"owner@chaipoint.example","notes":""})"));

    const Reply refused = send("PATCH", QStringLiteral("/leads/3/"),
                               R"({"name": "", "status": "WON", "email": "nobody"})");
    const QByteArray refusals
        = R"({"name":["This field may not be blank."],"status":["\"WON\" is not a valid choice."],"email":["Enter a valid email address."]})";
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body, refusals);
    QCOMPARE(send("GET", QStringLiteral("/leads/3")).body, updated.body);

    const Reply missing = send("POST", QStringLiteral("/leads/"), "{}");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.body, QByteArray(R"({"name":["This field is required."]})"));

    const Reply removed = send("DELETE", QStringLiteral("/leads/3/"));
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.body, QByteArray(R"({"message":"Lead deleted successfully."})"));
    QCOMPARE(send("GET", QStringLiteral("/leads/3/")).body, notFound);
    QCOMPARE(send("PATCH", QStringLiteral("/leads/3/"), "{}").status, 404);
}

void TestRestApi::createsReadsUpdatesAndDeletesContacts()
{
    const Reply created = send("POST", QStringLiteral("/contacts"),
                               R"({"lead": 1, "name": "Kiran", "role": "Chef",
                                   "email": "kiran@spice.example", "phone": "555"})");
    QCOMPARE(created.status, 201);
    const QByteArray contact
        = R"({"id":6,"lead":1,"name":"Kiran","role":"Chef","email":"kiran@spice.example","phone":"555"})";
    QCOMPARE(created.body, contact);
    QCOMPARE(send("GET", QStringLiteral("/contacts/6/")).body, contact);

    QList<int> ofLead1;
    const QJsonArray items
        = QJsonDocument::fromJson(send("GET", QStringLiteral("/contacts/?lead=1")).body).array();
    for (const QJsonValue &item : items)
        ofLead1.append(item.toObject().value(QStringLiteral("id")).toInt());
    QCOMPARE(ofLead1, (QList<int> { 1, 2, 6 }));
    QCOMPARE(QJsonDocument::fromJson(send("GET", QStringLiteral("/contacts/")).body).array().size(),
             6);

    const Reply updated = send("PATCH", QStringLiteral("/contacts/6"), R"({"role": "Owner"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(
        updated.body,
        QByteArray(
            R"({"id":6,"lead":1,"name":"Kiran","role":"Owner","email":"kiran@spice.example","phone":"555"})"));

    const Reply refused
        = send("POST", QStringLiteral("/contacts/"), R"({"lead": 42, "name": "   "})");
    const QByteArray refusals
        = R"({"lead":["Invalid pk \"42\" - object does not exist."],"name":["This field may not be blank."]})";
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body, refusals);

    // A phone is digits, perhaps with + ( ) - . and spaces; letters are refused, changing nothing.
    const QByteArray phoneRefusal
        = R"({"phone":["Enter a phone number: digits, perhaps with + ( ) - . and spaces."]})";
    const Reply letters = send("POST", QStringLiteral("/contacts/"),
                               R"({"lead": 1, "name": "Ravi", "phone": "abc"})");
    QCOMPARE(letters.status, 400);
    QCOMPARE(letters.body, phoneRefusal);
    const Reply patched = send("PATCH", QStringLiteral("/contacts/6/"), R"({"phone": "abc"})");
    QCOMPARE(patched.status, 400);
    QCOMPARE(patched.body, phoneRefusal);
    const Reply leadPhone
        = send("POST", QStringLiteral("/leads/"), R"({"name": "Chai Corner", "phone": "call me"})");
    QCOMPARE(leadPhone.status, 400);
    QCOMPARE(leadPhone.body, phoneRefusal);
    QCOMPARE(
        send("GET", QStringLiteral("/contacts/6/")).body,
        QByteArray(
            R"({"id":6,"lead":1,"name":"Kiran","role":"Owner","email":"kiran@spice.example","phone":"555"})"));

    const Reply removed = send("DELETE", QStringLiteral("/contacts/6/"));
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.body, QByteArray(R"({"message":"Contact deleted successfully."})"));
    QCOMPARE(send("GET", QStringLiteral("/contacts/6/")).status, 404);
}

void TestRestApi::cascadesDeletes()
{
    addInteraction(1, 1, InteractionType::Call, QStringLiteral("1"), false, utc(2024, 1, 1, 9, 0));
    addInteraction(2, 3, InteractionType::Order, QStringLiteral("2"), false, utc(2024, 1, 2, 9, 0));
    addInteraction(2, 4, InteractionType::Visit, QStringLiteral("3"), false, utc(2024, 1, 3, 9, 0));
    QCOMPARE(send("PUT", QStringLiteral("/track/interactions/2/order_details/"),
                  R"({"product_details":"A","quantity":1,"total_price":1})")
                 .status,
             201);

    QCOMPARE(send("DELETE", QStringLiteral("/contacts/4/")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/3/")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/2/")).status, 200);

    QCOMPARE(send("DELETE", QStringLiteral("/leads/2/")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/contacts/3/")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/2/")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/2/order_details/")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/?lead=2")).body, QByteArray("[]"));
    QCOMPARE(send("GET", QStringLiteral("/contacts/?lead=2")).body, QByteArray("[]"));
    QCOMPARE(QJsonDocument::fromJson(send("GET", QStringLiteral("/track/interactions/")).body)
                 .array()
                 .size(),
             1);
}

void TestRestApi::roundTripsUnicodeAndEscapes()
{
    const QString details
        = QStringLiteral("Namaste नमस्ते 🙂 \"quoted\" back\\slash\nline\ttab ")
        + QChar(0x01) + QStringLiteral(" </script> ünïcödé");
    QJsonObject payload { { QStringLiteral("lead"), 2 },
                          { QStringLiteral("contact"), 3 },
                          { QStringLiteral("interaction_type"), QStringLiteral("MEETING") },
                          { QStringLiteral("details"), details },
                          { QStringLiteral("date"), QStringLiteral("2024-12-24T21:00:00+05:30") } };
    const Reply created = send("POST", QStringLiteral("/track/interactions/"),
                               QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 201);
    // UTF-8 as it is, quote, backslash and control characters escaped, as DRF writes them.
    const QByteArray expected
        = R"({"id":1,"lead":2,"contact":3,"interaction_type":"MEETING","details":"Namaste नमस्ते 🙂 \"quoted\" back\\slash\nline\ttab \u0001 </script> ünïcödé","order_placed":false,"date":"2024-12-24T15:30:00Z"})";
    QCOMPARE(created.body, expected);
    const Reply read = send("GET", QStringLiteral("/track/interactions/1/"));
    QCOMPARE(read.body, expected);
    QCOMPARE(
        QJsonDocument::fromJson(read.body).object().value(QStringLiteral("details")).toString(),
        details);
    const QByteArray leadPayload = R"({"name": "Café \"Ganesh\" 🍛"})";
    const QByteArray leadCreated
        = R"({"id":3,"name":"Café \"Ganesh\" 🍛","status":"NEW","city":"","phone":"","email":"","notes":""})";
    const Reply lead = send("POST", QStringLiteral("/leads/"), leadPayload);
    QCOMPARE(lead.body, leadCreated);
}

void TestRestApi::rejectedWritesChangeNothing()
{
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const QByteArray interactions = send("GET", QStringLiteral("/track/interactions/")).body;
    const QByteArray leads = send("GET", QStringLiteral("/leads/")).body;
    const QByteArray contacts = send("GET", QStringLiteral("/contacts/")).body;
    QSignalSpy changes(m_database.get(), &Database::changed);

    const QList<std::tuple<QByteArray, QString, QByteArray>> refused {
        { "POST", QStringLiteral("/track/interactions/"), R"({"lead":2,"contact":3})" },
        { "POST", QStringLiteral("/track/interactions/"),
          R"({"lead":2,"contact":3,"interaction_type":"CALL","date":"x"})" },
        { "PATCH", QStringLiteral("/track/interactions/1/"), R"({"details":"Two","lead":"x"})" },
        { "PATCH", QStringLiteral("/track/interactions/1/"), R"({"details":"Two","contact":1})" },
        { "PUT", QStringLiteral("/track/interactions/1/order_details/"),
          R"({"product_details":"A","quantity":0,"total_price":1})" },
        { "POST", QStringLiteral("/leads/"), R"({"name":"X","email":"not-an-email"})" },
        { "PATCH", QStringLiteral("/leads/1/"), R"({"name":"X","status":"NOPE"})" },
        { "POST", QStringLiteral("/contacts/"), R"({"lead":99,"name":"X"})" },
        { "PATCH", QStringLiteral("/contacts/1/"), R"({"name":"X","lead":"one"})" },
        { "POST", QStringLiteral("/track/interactions/"), "{broken" },
    };
    for (const auto &[method, path, body] : refused) {
        const Reply reply = send(method, path, body);
        QVERIFY2(reply.status == 400,
                 qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(body)));
    }
    QCOMPARE(changes.count(), 0);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/")).body, interactions);
    QCOMPARE(send("GET", QStringLiteral("/leads/")).body, leads);
    QCOMPARE(send("GET", QStringLiteral("/contacts/")).body, contacts);
    QCOMPARE(send("GET", QStringLiteral("/track/interactions/1/order_details/")).status, 404);
}

void TestRestApi::announcesEachWriteOnce()
{
    QSignalSpy changes(m_database.get(), &Database::changed);
    const auto expectOne
        = [&](const QByteArray &method, const QString &path, const QByteArray &body, int status) {
              changes.clear();
              const Reply reply = send(method, path, body);
              if (reply.status != status || changes.count() != 1)
                  QTest::qFail(qPrintable(QStringLiteral("%1 %2: status %3, %4 announcements")
                                              .arg(QString::fromLatin1(method), path)
                                              .arg(reply.status)
                                              .arg(changes.count())),
                               __FILE__, __LINE__);
          };
    expectOne("POST", QStringLiteral("/track/interactions/"), specPayload, 201);
    expectOne("PATCH", QStringLiteral("/track/interactions/1"), R"({"details":"x"})", 200);
    expectOne("PUT", QStringLiteral("/track/interactions/1/order_details/"),
              R"({"product_details":"A","quantity":1,"total_price":1})", 201);
    expectOne("PUT", QStringLiteral("/track/interactions/1/order_details/"),
              R"({"product_details":"B","quantity":2,"total_price":2})", 200);
    expectOne("DELETE", QStringLiteral("/track/interactions/1"), {}, 200);
    expectOne("POST", QStringLiteral("/leads/"), R"({"name":"New"})", 201);
    expectOne("PATCH", QStringLiteral("/leads/3/"), R"({"city":"Goa"})", 200);
    expectOne("POST", QStringLiteral("/contacts/"), R"({"lead":3,"name":"Nia"})", 201);
    expectOne("PATCH", QStringLiteral("/contacts/6/"), R"({"role":"Manager"})", 200);
    expectOne("DELETE", QStringLiteral("/contacts/6/"), {}, 200);
    expectOne("DELETE", QStringLiteral("/leads/3/"), {}, 200);

    // Reads announce nothing.
    changes.clear();
    send("GET", QStringLiteral("/track/interactions/"));
    send("GET", QStringLiteral("/leads/1"));
    send("GET", QStringLiteral("/contacts/?lead=1&limit=1"));
    send("OPTIONS", QStringLiteral("/leads/"));
    QCOMPARE(changes.count(), 0);
}

void TestRestApi::closesWhenAsked()
{
    const Reply kept = sendRaw("GET /leads/1 HTTP/1.1\r\nHost: test\r\n\r\n");
    QCOMPARE(kept.status, 200);
    QVERIFY(!kept.closedByServer);
    const Reply closed
        = sendRaw("GET /leads/1 HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
    QCOMPARE(closed.status, 200);
    QVERIFY(closed.body.startsWith(R"({"id":1,)"));
    QVERIFY(closed.closedByServer);
}

// A client quicker than the server's event loop: its next request is there before the loop has
// turned since the last answer, and in between another process committed a write (another
// `serve` acknowledged it). The reads of one pass share a snapshot; the next pass's requests
// must not be read inside it, nor answered from the cache it vouched for.
void TestRestApi::answersTheNextPassPastAnotherWritersCommit()
{
    Database other;
    QVERIFY2(other.open(m_database.location()), qPrintable(other.errorMessage()));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(client.waitForConnected(5000));
    // The server runs one pass at a time; the answer is read outside the event loop, so that no
    // pass runs between an answer and the next request.
    const auto ask = [&client](const QByteArray &path = "/track/interactions/?lead=1") {
        client.write("GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n");
        if (!client.waitForBytesWritten(5000))
            return QByteArray();
        QByteArray data;
        for (int pass = 0; pass < 1000; ++pass) {
            QCoreApplication::processEvents();
            if (client.waitForReadyRead(1))
                data += client.readAll();
            const qsizetype end = data.indexOf("\r\n\r\n");
            const qsizetype length = data.indexOf("Content-Length: ");
            if (end < 0 || length < 0)
                continue;
            const qsizetype size
                = data.mid(length + 16, data.indexOf('\r', length) - length - 16).toLongLong();
            if (data.size() >= end + 4 + size)
                return data.mid(end + 4);
        }
        return QByteArray();
    };
    QCOMPARE(ask(), QByteArray("[]"));
    InteractionDraft draft;
    draft.lead = 1;
    draft.contact = 1;
    draft.type = InteractionType::Call;
    draft.details = QStringLiteral("acknowledged elsewhere");
    const StoreResult<Interaction> made = InteractionStore(other).create(draft);
    QVERIFY2(made.ok(), qPrintable(made.failure));
    const QByteArray next = ask();
    QVERIFY2(next.contains("acknowledged elsewhere"), next.constData());
    // A read of the one interaction (gathered with others into one statement on PostgreSQL).
    const QByteArray path = "/track/interactions/" + QByteArray::number(made.value.id) + '/';
    QVERIFY2(ask(path).contains("acknowledged elsewhere"), ask(path).constData());
    draft.details = QStringLiteral("changed elsewhere");
    const StoreResult<Interaction> changed = InteractionStore(other).update(made.value.id, draft);
    QVERIFY2(changed.ok(), qPrintable(changed.failure));
    const QByteArray afterChange = ask(path);
    QVERIFY2(afterChange.contains("changed elsewhere"), afterChange.constData());
}

void TestRestApi::answersMalformedRequestsWithoutServerErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const auto post = [](const QByteArray &path, const QByteArray &body,
                         const QByteArray &method = "POST") {
        return method + ' ' + path + " HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTest::newRow("percent-encoded id")
        << QByteArray("GET /track/interactions/%31/ HTTP/1.1\r\nHost: t\r\n\r\n") << 200;
    // As Django, the path is decoded before it is routed.
    QTest::newRow("encoded slash")
        << QByteArray("GET /track/interactions%2F1 HTTP/1.1\r\nHost: t\r\n\r\n") << 200;
    QTest::newRow("no host") << QByteArray("GET /leads/?limit=1 HTTP/1.1\r\n\r\n") << 200;
    QTest::newRow("bad percent") << QByteArray("GET /leads/%zz HTTP/1.1\r\nHost: t\r\n\r\n") << 404;
    QTest::newRow("query junk") << QByteArray(
        "GET /leads/?limit=%ff%00&&==&offset HTTP/1.1\r\nHost: t\r\n\r\n")
                                << 400;
    QTest::newRow("absolute form")
        << QByteArray("GET http://t/leads/1 HTTP/1.1\r\nHost: t\r\n\r\n") << 200;
    QTest::newRow("other method") << QByteArray("PROPFIND /leads/ HTTP/1.1\r\nHost: t\r\n\r\n")
                                  << 405;
    QTest::newRow("deep nesting") << post("/track/interactions/", QByteArray(5000, '[')) << 400;
    QTest::newRow("huge number") << post("/track/interactions/",
                                         R"({"lead":1e400,"contact":-0,"interaction_type":"CALL"})")
                                 << 400;
    QTest::newRow("huge quantity")
        << post("/track/interactions/1/order_details/",
                R"({"product_details":"A","quantity":1e300,"total_price":1e300})", "PUT")
        << 400;
    QTest::newRow("object values")
        << post("/leads/", R"({"name":{"a":1},"status":[],"city":true,"notes":null})") << 400;
    QTest::newRow("long text") << post("/leads/",
                                       R"({"name":")" + QByteArray(100000, 'x') + R"("})")
                               << 400;
    QTest::newRow("nul character") << post("/leads/", R"({"name":"a\u0000b"})") << 400;
    QTest::newRow("lone surrogate") << post("/leads/", R"({"name":"a\ud800b"})") << 400;
    QTest::newRow("int overflow pk")
        << post("/contacts/", R"({"lead":9223372036854775808,"name":"x"})") << 400;
    QTest::newRow("negative pk") << post("/contacts/", R"({"lead":-1,"name":"x"})") << 400;
    QTest::newRow("duplicate keys") << post("/leads/", R"({"name":"a","name":"b"})") << 201;
    QTest::newRow("chunked") << QByteArray(
        "POST /leads/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nTransfer-Encoding: "
        "chunked\r\n\r\nc\r\n{\"name\":\"c\"}\r\n0\r\n\r\n")
                             << 201;
}

void TestRestApi::answersMalformedRequestsWithoutServerErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    addInteraction(2, 3, InteractionType::Call, QStringLiteral("One"), false,
                   utc(2024, 12, 24, 15, 30));
    const Reply reply = sendRaw(request);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, json);
    QVERIFY2(isJson(reply.body), reply.body.constData());
    // And the server still answers.
    QCOMPARE(send("GET", QStringLiteral("/leads/1/")).status, 200);
}

QTEST_MAIN(TestRestApi)
#include "tst_restapi.moc"
