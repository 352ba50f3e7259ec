// libFuzzer target: any bytes as one API request, handed to RestApi::handle (the API without
// HTTP) over an in-memory database. The first line is "METHOD TARGET" (target: path and query),
// the next lines up to a blank one are headers, the rest is the body. Every answer must be JSON
// and never a 5xx.
#include "apirequest.h"
#include "restapi.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/leadstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

// Made once and never destroyed: libFuzzer ends with exit(), and the order in which statics
// would then be destroyed (Qt's SQL connection registry before the Database) is not ours to pick.
RestApi &api()
{
    static RestApi *restApi = [] {
        static int argc = 1;
        static char name[] = "fuzz_restapi";
        static char *argv[] = { name, nullptr };
        new QCoreApplication(argc, argv);
        auto *database = new Database;
        if (!database->open(QStringLiteral(":memory:")))
            __builtin_trap();
        LeadDraft lead;
        lead.name = QStringLiteral("Spice Garden");
        const qint64 leadId = LeadStore(*database).create(lead).value.id;
        ContactDraft contact;
        contact.lead = leadId;
        contact.name = QStringLiteral("Asha");
        const qint64 contactId = ContactStore(*database).create(contact).value.id;
        InteractionDraft interaction;
        interaction.lead = leadId;
        interaction.contact = contactId;
        interaction.type = InteractionType::Order;
        InteractionStore(*database).create(interaction);
        return new RestApi(*database);
    }();
    return *restApi;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RestApi &restApi = api();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');

    ApiRequest request;
    request.method = requestLine.value(0).toUpper();
    const QByteArray target = requestLine.value(1, "/");
    const qsizetype question = target.indexOf('?');
    request.rawPath = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    request.path = QUrl::fromPercentEncoding(request.rawPath);
    request.host = "127.0.0.1:8000";
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append(
                { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);

    const ApiResponse response = restApi.handle(request);
    if (response.status >= 500 || response.status < 200)
        __builtin_trap();
    if (QJsonDocument::fromJson(response.body).isNull())
        __builtin_trap();
    return 0;
}
