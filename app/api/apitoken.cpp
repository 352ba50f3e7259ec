#include "apitoken.h"

#include "apirequest.h"

#include <QCryptographicHash>
#include <QFile>

namespace {

QByteArray hashOf(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// Every byte is looked at whatever the first difference, so that the time taken tells nothing.
bool sameInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

ApiToken::ApiToken(const QByteArray &key)
    : m_keyHash(key.isEmpty() ? QByteArray() : hashOf(key))
{ }

ApiResponse ApiToken::unauthorized(const QString &message)
{
    ApiResponse response = ApiResponse::detail(401, message);
    response.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token") });
    return response;
}

std::variant<QByteArray, ApiResponse> ApiToken::presentedKey(const ApiRequest &request)
{
    // As DRF's TokenAuthentication: split on white space; another scheme is no credentials.
    const QList<QByteArray> parts
        = request.header("authorization").value_or(QByteArray()).simplified().split(' ');
    if (parts.isEmpty() || parts[0].toLower() != "token")
        return unauthorized(QStringLiteral("Authentication credentials were not provided."));
    if (parts.size() == 1)
        return unauthorized(QStringLiteral("Invalid token header. No credentials provided."));
    if (parts.size() > 2)
        return unauthorized(
            QStringLiteral("Invalid token header. Token string should not contain spaces."));
    return parts[1];
}

std::optional<ApiResponse> ApiToken::refusal(const ApiRequest &request) const
{
    if (!isSet())
        return std::nullopt;
    const std::variant<QByteArray, ApiResponse> key = presentedKey(request);
    if (const ApiResponse *refused = std::get_if<ApiResponse>(&key))
        return *refused;
    if (!sameInConstantTime(hashOf(std::get<QByteArray>(key)), m_keyHash))
        return unauthorized(QStringLiteral("Invalid token."));
    return std::nullopt;
}

std::optional<QString> ApiToken::problemWith(const QByteArray &key)
{
    if (key.size() < 16 || key.size() > 256)
        return QStringLiteral("The API token must be 16 to 256 characters long.");
    for (const char c : key) {
        if (c <= ' ' || c > '~')
            return QStringLiteral(
                "The API token may hold only printable ASCII characters, no spaces.");
    }
    return std::nullopt;
}

std::optional<QByteArray> ApiToken::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the token file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key = file.read(4096).trimmed();
    if (const std::optional<QString> problem = problemWith(key)) {
        *error = QStringLiteral("%1 (in %2)").arg(*problem, path);
        return std::nullopt;
    }
    return key;
}
