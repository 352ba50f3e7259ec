// The ceiling for the API benchmark: QtHttpServer 6.4 answering every request with one fixed
// small JSON body, through the same QAbstractHttpServer base as Touchpoint's ApiHttpServer, with
// no routing, no database and no JSON work. Prints its port on stdout, then serves until killed.

#include <QAbstractHttpServer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTextStream>

class BareHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BareHttpServer)

public:
    BareHttpServer() = default;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        static const QByteArray body = R"({"id":1,"lead":1,"contact":1,"interaction_type":"CALL"})";
        makeResponder(request, socket).write(body, "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: a free one)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    parser.addOption(port);
    parser.process(app);
    BareHttpServer server;
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << tcp->errorString() << '\n';
        return 1;
    }
    server.bind(tcp);
    QTextStream(stdout) << tcp->serverPort() << Qt::endl;
    return app.exec();
}

#include "bare_httpserver.moc"
