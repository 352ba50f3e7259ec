#include "apirequest.h"

#include <QUrl>

namespace {

QString decodedQueryPart(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

} // namespace

std::optional<QByteArray> ApiRequest::header(QByteArrayView name) const
{
    std::optional<QByteArray> result;
    for (const auto &[sentName, value] : headers) {
        if (sentName.size() == name.size()
            && QByteArrayView(sentName).compare(name, Qt::CaseInsensitive) == 0)
            result = value;
    }
    return result;
}

QList<QPair<QString, QString>> ApiRequest::queryItems() const
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &piece : rawQuery.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0)
            items.append({ decodedQueryPart(piece), QString() });
        else
            items.append(
                { decodedQueryPart(piece.left(equals)), decodedQueryPart(piece.mid(equals + 1)) });
    }
    return items;
}

std::optional<QString> ApiRequest::queryValue(const QString &key) const
{
    std::optional<QString> result;
    for (const auto &[name, value] : queryItems()) {
        if (name == key)
            result = value;
    }
    return result;
}
