#pragma once

// The API's one key, as DRF's TokenAuthentication takes it ("Authorization: Token <key>"): checks
// a request's header in constant time and gives DRF's 401 answers. Never logged.

#include "apiresponse.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

struct ApiRequest;

class ApiToken final
{
public:
    ApiToken() = default; // none: every request is let in
    explicit ApiToken(const QByteArray &key);

    bool isSet() const { return !m_keyHash.isEmpty(); }
    // The 401 answer for a request without the right key; nothing when it may go on.
    std::optional<ApiResponse> refusal(const ApiRequest &request) const;

    // The key a request presents ("Authorization: Token <key>"), or DRF's 401 for a request that
    // presents none or a malformed one.
    static std::variant<QByteArray, ApiResponse> presentedKey(const ApiRequest &request);
    // DRF's 401, with its WWW-Authenticate header.
    static ApiResponse unauthorized(const QString &message);

    // A key must be 16 to 256 printable ASCII characters without spaces; why not, otherwise.
    static std::optional<QString> problemWith(const QByteArray &key);
    // The key in a file (surrounding white space ignored), or a problem with it in error.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);

private:
    QByteArray m_keyHash; // SHA-256 of the key: compared in constant time, whatever the length
};
