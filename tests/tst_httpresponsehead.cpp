// HttpResponseHead: the bytes of an answer, byte for byte, without a socket: the API's answers
// (extra headers, HEAD without its body, a client that asked to close) and the request guard's
// refusals.
#include "httpresponsehead.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestHttpResponseHead final : public QObject
{
    Q_OBJECT

private slots:
    void toByteArray_data();
    void toByteArray();
    void statusLines_data();
    void statusLines();
};

void TestHttpResponseHead::toByteArray_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qsizetype>("contentLength");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("closesConnection");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray one = R"({"id":1})";
    QTest::newRow("a read") << 200 << one.size() << Headers() << false << one
                            << QByteArray("HTTP/1.1 200 OK\r\n"
                                          "Content-Type: application/json\r\n"
                                          "Content-Length: 8\r\n"
                                          "\r\n"
                                          R"({"id":1})");
    QTest::newRow("a create, its headers in order")
        << 201 << one.size()
        << Headers { { "Location", "/track/interactions/1/" }, { "X-Other", "" } } << false << one
        << QByteArray("HTTP/1.1 201 Created\r\n"
                      "Content-Type: application/json\r\n"
                      "Content-Length: 8\r\n"
                      "Location: /track/interactions/1/\r\n"
                      "X-Other: \r\n"
                      "\r\n"
                      R"({"id":1})");
    QTest::newRow("HEAD: the length of the body, not the body")
        << 404 << qsizetype(23) << Headers() << false << QByteArray()
        << QByteArray("HTTP/1.1 404 Not Found\r\n"
                      "Content-Type: application/json\r\n"
                      "Content-Length: 23\r\n"
                      "\r\n");
    QTest::newRow("a client that asked to close")
        << 401 << one.size() << Headers { { "WWW-Authenticate", "Token" } } << true << one
        << QByteArray("HTTP/1.1 401 Unauthorized\r\n"
                      "Content-Type: application/json\r\n"
                      "Content-Length: 8\r\n"
                      "WWW-Authenticate: Token\r\n"
                      "Connection: close\r\n"
                      "\r\n"
                      R"({"id":1})");
    const QByteArray refusal = R"({"detail":"Request body is larger than the 1 MiB limit."})";
    QTest::newRow("the guard's refusal") << 413 << refusal.size() << Headers() << true << refusal
                                         << QByteArray("HTTP/1.1 413 Payload Too Large\r\n"
                                                       "Content-Type: application/json\r\n"
                                                       "Content-Length: 57\r\n"
                                                       "Connection: close\r\n"
                                                       "\r\n"
                                                       + refusal);
    QTest::newRow("an empty body") << 200 << qsizetype(0) << Headers() << false << QByteArray()
                                   << QByteArray("HTTP/1.1 200 OK\r\n"
                                                 "Content-Type: application/json\r\n"
                                                 "Content-Length: 0\r\n"
                                                 "\r\n");
    QTest::newRow("a status without a line here: QtHttpServer writes it")
        << 418 << one.size() << Headers() << false << one
        << QByteArray("Content-Type: application/json\r\n"
                      "Content-Length: 8\r\n"
                      "\r\n"
                      R"({"id":1})");
}

void TestHttpResponseHead::toByteArray()
{
    QFETCH(int, status);
    QFETCH(qsizetype, contentLength);
    QFETCH(Headers, headers);
    QFETCH(bool, closesConnection);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);

    HttpResponseHead head;
    head.status = status;
    head.contentLength = contentLength;
    head.headers = headers;
    head.closesConnection = closesConnection;
    QCOMPARE(head.toByteArray(body), expected);
}

void TestHttpResponseHead::statusLines_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("200") << 200 << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("201") << 201 << QByteArray("HTTP/1.1 201 Created\r\n");
    QTest::newRow("400") << 400 << QByteArray("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("401") << 401 << QByteArray("HTTP/1.1 401 Unauthorized\r\n");
    QTest::newRow("404") << 404 << QByteArray("HTTP/1.1 404 Not Found\r\n");
    QTest::newRow("405") << 405 << QByteArray("HTTP/1.1 405 Method Not Allowed\r\n");
    QTest::newRow("408") << 408 << QByteArray("HTTP/1.1 408 Request Timeout\r\n");
    QTest::newRow("413") << 413 << QByteArray("HTTP/1.1 413 Payload Too Large\r\n");
    QTest::newRow("415") << 415 << QByteArray("HTTP/1.1 415 Unsupported Media Type\r\n");
    QTest::newRow("431") << 431 << QByteArray("HTTP/1.1 431 Request Header Fields Too Large\r\n");
    QTest::newRow("503") << 503 << QByteArray("HTTP/1.1 503 Service Unavailable\r\n");
    QTest::newRow("none for 500") << 500 << QByteArray();
}

void TestHttpResponseHead::statusLines()
{
    QFETCH(int, status);
    QFETCH(QByteArray, line);
    QCOMPARE(HttpResponseHead::statusLine(status).toByteArray(), line);
}

QTEST_GUILESS_MAIN(TestHttpResponseHead)
#include "tst_httpresponsehead.moc"
