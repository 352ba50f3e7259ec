#include "restapi.h"

#include "apirequest.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "json/jsonobjectwriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QStringList>

#include <array>
#include <map>

namespace {

enum class Endpoint {
    InteractionList,
    OrderList,
    InteractionDetail,
    OrderDetails,
    InteractionHistory,
    LeadList,
    LeadDetail,
    ContactList,
    ContactDetail,
    LeadHistory,
    ContactHistory,
    SyncChanges,
    SyncJoin,
    SyncBlocks,
    SyncRecords,
    SyncConflicts,
    ApiDescription,
    Last = ApiDescription, // every endpoint is numbered from 0 to Last, for the Allow headers
};

struct Route
{
    Endpoint endpoint;
    qint64 id = 0;
};

// Django's <int:pk>: digits only; anything else (or 0, or too large) names no object.
std::optional<qint64> pathId(QStringView segment)
{
    if (segment.isEmpty() || segment.size() > 18)
        return std::nullopt;
    qint64 id = 0;
    for (const QChar c : segment) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        id = id * 10 + (c.unicode() - '0');
    }
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Every path answers with and without its trailing slash. Read in place, without a list of
// segments: this runs for every request.
std::optional<Route> routeOf(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringView rest = QStringView(path).sliced(1);
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    constexpr qsizetype most = 4;
    std::array<QStringView, most> s;
    qsizetype count = 0;
    while (true) {
        if (count == most)
            return std::nullopt;
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        s[count++] = slash < 0 ? rest : rest.first(slash);
        if (slash < 0)
            break;
        rest = rest.sliced(slash + 1);
    }
    const auto is = [&s](qsizetype index, const char *name) {
        return s[index] == QLatin1String(name);
    };
    if (count == 1 && is(0, "openapi.json"))
        return Route { Endpoint::ApiDescription };
    if (count == 2 && is(0, "sync")) {
        for (const auto &[name, endpoint] : { std::pair { "changes", Endpoint::SyncChanges },
                                              std::pair { "join", Endpoint::SyncJoin },
                                              std::pair { "blocks", Endpoint::SyncBlocks },
                                              std::pair { "records", Endpoint::SyncRecords },
                                              std::pair { "conflicts", Endpoint::SyncConflicts } })
            if (is(1, name))
                return Route { endpoint };
        return std::nullopt;
    }
    if (count >= 2 && is(0, "track") && is(1, "interactions")) {
        if (count == 2)
            return Route { Endpoint::InteractionList };
        if (count == 3 && is(2, "orders"))
            return Route { Endpoint::OrderList };
        const std::optional<qint64> id = pathId(s[2]);
        if (id && count == 3)
            return Route { Endpoint::InteractionDetail, *id };
        if (id && count == 4 && is(3, "order_details"))
            return Route { Endpoint::OrderDetails, *id };
        if (id && count == 4 && is(3, "history"))
            return Route { Endpoint::InteractionHistory, *id };
        return std::nullopt;
    }
    for (const auto &[name, list, detail, history] :
         { std::tuple { "leads", Endpoint::LeadList, Endpoint::LeadDetail, Endpoint::LeadHistory },
           std::tuple { "contacts", Endpoint::ContactList, Endpoint::ContactDetail,
                        Endpoint::ContactHistory } }) {
        if (!is(0, name) || count > 3)
            continue;
        if (count == 1)
            return Route { list };
        const std::optional<qint64> id = pathId(s[1]);
        if (id && count == 2)
            return Route { detail, *id };
        if (id && is(2, "history"))
            return Route { history, *id };
    }
    return std::nullopt;
}

// In the order DRF lists them in its Allow header (Django's http_method_names).
const QByteArrayList &allowedMethods(Endpoint endpoint)
{
    static const QByteArrayList list { "GET", "POST", "HEAD", "OPTIONS" };
    static const QByteArrayList readOnlyList { "GET", "HEAD", "OPTIONS" };
    static const QByteArrayList detail { "GET", "PATCH", "DELETE", "HEAD", "OPTIONS" };
    static const QByteArrayList replaceable { "GET", "PUT", "HEAD", "OPTIONS" };
    static const QByteArrayList postOnly { "POST", "OPTIONS" };
    switch (endpoint) {
    case Endpoint::InteractionList:
    case Endpoint::LeadList:
    case Endpoint::ContactList:
    case Endpoint::SyncChanges:
        return list;
    case Endpoint::SyncJoin:
    case Endpoint::SyncBlocks:
        return postOnly;
    case Endpoint::SyncRecords:
    case Endpoint::SyncConflicts:
    case Endpoint::OrderList:
    case Endpoint::InteractionHistory:
    case Endpoint::LeadHistory:
    case Endpoint::ContactHistory:
    case Endpoint::ApiDescription:
        return readOnlyList;
    case Endpoint::InteractionDetail:
    case Endpoint::LeadDetail:
    case Endpoint::ContactDetail:
        return detail;
    case Endpoint::OrderDetails:
        return replaceable;
    }
    Q_UNREACHABLE();
}

// The Allow header's value, joined once: every answer carries it.
QByteArray allowHeader(Endpoint endpoint)
{
    static const std::map<Endpoint, QByteArray> joined = [] {
        std::map<Endpoint, QByteArray> result;
        for (int e = 0; e <= int(Endpoint::Last); ++e)
            result[Endpoint(e)] = allowedMethods(Endpoint(e)).join(", ");
        return result;
    }();
    return joined.at(endpoint);
}

QString viewName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::InteractionList:
        return QStringLiteral("Interaction List");
    case Endpoint::OrderList:
        return QStringLiteral("Order List");
    case Endpoint::InteractionDetail:
        return QStringLiteral("Interaction Detail");
    case Endpoint::OrderDetails:
        return QStringLiteral("Order Details");
    case Endpoint::LeadList:
        return QStringLiteral("Lead List");
    case Endpoint::LeadDetail:
        return QStringLiteral("Lead Detail");
    case Endpoint::ContactList:
        return QStringLiteral("Contact List");
    case Endpoint::ContactDetail:
        return QStringLiteral("Contact Detail");
    case Endpoint::InteractionHistory:
        return QStringLiteral("Interaction History");
    case Endpoint::LeadHistory:
        return QStringLiteral("Lead History");
    case Endpoint::ContactHistory:
        return QStringLiteral("Contact History");
    case Endpoint::SyncChanges:
        return QStringLiteral("Sync Changes");
    case Endpoint::SyncJoin:
        return QStringLiteral("Sync Join");
    case Endpoint::SyncBlocks:
        return QStringLiteral("Sync Blocks");
    case Endpoint::SyncRecords:
        return QStringLiteral("Sync Records");
    case Endpoint::SyncConflicts:
        return QStringLiteral("Sync Conflicts");
    case Endpoint::ApiDescription:
        return QStringLiteral("Api Description");
    }
    return {};
}

// docs/openapi.json, built into the program, written compact as every answer is (QJsonDocument
// orders the keys by name, which means the same in JSON).
const QByteArray &apiDescription()
{
    static const QByteArray compact = [] {
        QFile file(QStringLiteral(":/api/openapi.json"));
        return file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact)
            : QByteArray();
    }();
    return compact;
}

// DRF's answer to OPTIONS (SimpleMetadata), without the form description.
ApiResponse options(Endpoint endpoint)
{
    const QByteArray json
        = JsonObjectWriter::array({ JsonObjectWriter::quoted(QStringLiteral("application/json")) });
    return ApiResponse::json(200,
                             JsonObjectWriter()
                                 .add("name", viewName(endpoint))
                                 .add("description", QString())
                                 .addRaw("renders", json)
                                 .addRaw("parses", json)
                                 .toJson());
}

bool isList(Endpoint endpoint)
{
    return endpoint == Endpoint::InteractionList || endpoint == Endpoint::OrderList
        || endpoint == Endpoint::LeadList || endpoint == Endpoint::ContactList;
}

// Enough for a thousand lists of a hundred interactions.
constexpr qsizetype defaultCacheBytes = 32 * 1024 * 1024;

} // namespace

RestApi::RestApi(Database &database)
    : m_database(database)
    , m_interactions(database)
    , m_leads(database)
    , m_contacts(database)
    , m_history(database)
    , m_sync(database)
    , m_people(database)
    , m_cache(database, defaultCacheBytes)
{ }

ApiResponse RestApi::handle(const ApiRequest &request)
{
    return respond(request, false);
}

ApiResponse RestApi::handleOrQueue(const ApiRequest &request)
{
    return respond(request, true);
}

QList<ApiResponse> RestApi::answerQueued()
{
    const QList<Queued> queued = std::exchange(m_queued, {});
    const QList<ApiResponse> created = m_interactions.createQueued();
    const QList<ApiResponse> read = m_interactions.retrieveQueued();
    const QByteArray listAllows = allowHeader(Endpoint::InteractionList);
    const QByteArray detailAllows = allowHeader(Endpoint::InteractionDetail);
    QList<ApiResponse> answers;
    answers.reserve(queued.size());
    qsizetype nextCreated = 0;
    qsizetype nextRead = 0;
    for (const Queued kind : queued) {
        const bool create = kind == Queued::Create;
        const QList<ApiResponse> &from = create ? created : read;
        qsizetype &next = create ? nextCreated : nextRead;
        ApiResponse answer = next < from.size()
            ? from.at(next)
            : ApiResponse::unavailable(QStringLiteral("the request was not answered"));
        ++next;
        answer.headers.append({ QByteArrayLiteral("Allow"), create ? listAllows : detailAllows });
        answers.append(std::move(answer));
    }
    return answers;
}

ApiResponse RestApi::respond(const ApiRequest &request, bool queue)
{
    const std::optional<Route> route = routeOf(request.path);
    if (!route)
        return ApiResponse::notFound();
    const QByteArrayList &allowed = allowedMethods(route->endpoint);
    // As DRF: the URL is resolved first (404), then the credentials are checked, then the method.
    bool hasPeople = false;
    std::optional<Person> person;
    std::optional<ApiResponse> refusal = m_people.refusal(request, &hasPeople, &person);
    if (!hasPeople)
        refusal = m_token.refusal(request);
    if (refusal) {
        refusal->headers.append({ QByteArrayLiteral("Allow"), allowHeader(route->endpoint) });
        return *refusal;
    }
    // What this request writes is written by its person (RecordHistory); then again by whoever
    // wrote before: the person signed in at the window that runs this API, or nobody.
    const std::optional<qint64> before = m_database.actingPerson();
    m_database.setActingPerson(person ? std::optional<qint64>(person->id) : std::nullopt);
    const auto restore = qScopeGuard([this, before] { m_database.setActingPerson(before); });
    // HEAD is answered as GET; whoever sends the answer leaves the body out.
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;

    // Reads of one interaction that arrive together are read in one statement, where each
    // statement is a round trip to the database server: one round trip instead of one each.
    if (queue && method == "GET" && route->endpoint == Endpoint::InteractionDetail
        && m_database.dialect().statementsAreRoundTrips()) {
        m_queued.append(Queued::Retrieve);
        return m_interactions.queueRetrieve(route->id);
    }
    // Reads that arrive together share a snapshot, when the database batches them (serve).
    if (method == "GET")
        m_database.beginReadBatch();
    const bool cacheable
        = method == "GET" && allowed.contains(request.method) && isList(route->endpoint);
    if (cacheable) {
        if (std::optional<ApiResponse> kept = m_cache.find(request))
            return *kept;
    }

    ApiResponse response;
    if (!allowed.contains(request.method)) {
        response = ApiResponse::detail(
            405,
            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
    } else if (method == "OPTIONS") {
        response = options(route->endpoint);
    } else {
        const qint64 id = route->id;
        switch (route->endpoint) {
        case Endpoint::InteractionList:
            if (method == "GET")
                response = m_interactions.list(request, false);
            else if (queue) {
                response = m_interactions.queueCreate(request);
                if (response.queued) {
                    m_queued.append(Queued::Create);
                    return response;
                }
            } else
                response = m_interactions.create(request);
            break;
        case Endpoint::OrderList:
            response = m_interactions.list(request, true);
            break;
        case Endpoint::InteractionDetail:
            response = method == "GET" ? m_interactions.retrieve(id)
                : method == "PATCH"    ? m_interactions.update(id, request)
                                       : m_interactions.remove(id);
            break;
        case Endpoint::OrderDetails:
            response = method == "GET" ? m_interactions.orderDetails(id)
                                       : m_interactions.setOrderDetails(id, request);
            break;
        case Endpoint::LeadList:
            response = method == "GET" ? m_leads.list(request) : m_leads.create(request);
            break;
        case Endpoint::LeadDetail:
            response = method == "GET" ? m_leads.retrieve(id)
                : method == "PATCH"    ? m_leads.update(id, request)
                                       : m_leads.remove(id);
            break;
        case Endpoint::ContactList:
            response = method == "GET" ? m_contacts.list(request) : m_contacts.create(request);
            break;
        case Endpoint::ApiDescription:
            response = ApiResponse::json(200, apiDescription());
            break;
        case Endpoint::InteractionHistory:
            response = m_history.of(RecordHistory::Kind::Interaction, id);
            break;
        case Endpoint::LeadHistory:
            response = m_history.of(RecordHistory::Kind::Lead, id);
            break;
        case Endpoint::ContactHistory:
            response = m_history.of(RecordHistory::Kind::Contact, id);
            break;
        case Endpoint::SyncChanges:
            response = method == "GET" ? m_sync.changes(request) : m_sync.receive(request);
            break;
        case Endpoint::SyncJoin:
            response = m_sync.join(request);
            break;
        case Endpoint::SyncBlocks:
            response = m_sync.grantBlock(request);
            break;
        case Endpoint::SyncRecords:
            response = m_sync.records(request);
            break;
        case Endpoint::SyncConflicts:
            response = m_sync.conflicts();
            break;
        case Endpoint::ContactDetail:
            response = method == "GET" ? m_contacts.retrieve(id)
                : method == "PATCH"    ? m_contacts.update(id, request)
                                       : m_contacts.remove(id);
            break;
        }
    }
    // As DRF, every answer of a view says which methods it takes.
    response.headers.append({ QByteArrayLiteral("Allow"), allowHeader(route->endpoint) });
    if (cacheable)
        m_cache.insert(request, response);
    return response;
}
