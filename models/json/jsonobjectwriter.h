#pragma once

// Writes one compact JSON object with its keys in the order given: QJsonObject sorts its keys,
// and the contract lists them in its own order. Numbers such as money keep their exact text.

#include <QByteArray>
#include <QString>

class JsonObjectWriter final
{
public:
    JsonObjectWriter &add(const char *key, const QString &value);
    JsonObjectWriter &add(const char *key, qint64 value);
    JsonObjectWriter &add(const char *key, bool value);
    JsonObjectWriter &addNull(const char *key);
    // value is already JSON: a number with its decimals, a nested object or an array.
    JsonObjectWriter &addRaw(const char *key, const QByteArray &value);
    QByteArray toJson() const { return m_text + '}'; }

    static QByteArray quoted(const QString &text);
    static void appendQuoted(QByteArray &out, const QString &text);
    static QByteArray array(const QList<QByteArray> &items);

private:
    void beginMember(const char *key);
    QByteArray m_text = QByteArrayLiteral("{");
};
