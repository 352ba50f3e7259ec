#include "requestbody.h"

#include "apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

// DRF chooses its JSONParser when the media type matches application/json, wildcards included.
bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    const QList<QByteArray> parts = mediaType.split('/');
    if (parts.size() != 2)
        return false;
    const bool typeMatches = parts.at(0) == "application" || parts.at(0) == "*";
    const bool subTypeMatches = parts.at(1) == "json" || parts.at(1) == "*";
    return typeMatches && subTypeMatches;
}

// Python's names for the JSON types, as DRF's "Expected a dictionary, but got list." uses them.
QString pythonTypeName(const QJsonValue &value, const QByteArray &text)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double: {
        const QByteArray number = text.trimmed();
        const bool isFloat = number.contains('.') || number.contains('e') || number.contains('E');
        return isFloat ? QStringLiteral("float") : QStringLiteral("int");
    }
    case QJsonValue::Object:
        return QStringLiteral("dict");
    default:
        return QStringLiteral("NoneType");
    }
}

// Where the parser stopped, in the words of Python's json module: line, column, character.
QString position(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(qBound(0, offset, int(text.size())));
    const qsizetype line = before.count('\n') + 1;
    const QString lastLine = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
    const qsizetype character = QString::fromUtf8(before).size();
    return QStringLiteral("line %1 column %2 (char %3)")
        .arg(line)
        .arg(lastLine.size() + 1)
        .arg(character);
}

ApiResponse notAnObject(const QString &typeName)
{
    ValidationErrors errors;
    errors.add(QStringLiteral("non_field_errors"),
               QT_TRANSLATE_NOOP("Rules", "Invalid data. Expected a dictionary, but got %1."),
               { typeName });
    return ApiResponse::invalid(errors, {});
}

} // namespace

RequestBody::RequestBody(const ApiRequest &request)
{
    // DRF reads a body of no bytes as an empty object, whatever its media type.
    if (request.body.isEmpty())
        return;
    const QByteArray contentType = request.header("content-type").value_or(QByteArray());
    if (!isJsonMediaType(contentType)) {
        m_error = ApiResponse::detail(415,
                                      QStringLiteral("Unsupported media type \"%1\" in request.")
                                          .arg(QString::fromLatin1(contentType)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        m_object = document.object();
        return;
    }
    if (parseError.error == QJsonParseError::NoError && document.isArray()) {
        m_error = notAnObject(QStringLiteral("list"));
        return;
    }
    // QJsonDocument holds only objects and arrays: a lone string, number, true, false or null
    // is valid JSON, recognised as the single element of an array around it.
    QJsonParseError wrappedError;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + request.body + ']', &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        m_error = notAnObject(pythonTypeName(wrapped.array().at(0), request.body));
        return;
    }
    m_error = ApiResponse::detail(
        400,
        QStringLiteral("JSON parse error - %1: %2")
            .arg(parseError.errorString(), position(request.body, parseError.offset)));
}
