#pragma once

// Someone of the team who reaches the database through the API with a token of their own
// (`touchpoint users`): the token itself is never kept, only its hash.

#include <QDateTime>
#include <QString>

#include <optional>

struct Person
{
    qint64 id = 0;
    QString name;
    QDateTime added; // UTC, whole seconds
    std::optional<QDateTime> revoked; // from then on the token is refused

    bool isRevoked() const { return revoked.has_value(); }
};
