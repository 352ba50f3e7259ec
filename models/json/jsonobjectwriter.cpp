#include "json/jsonobjectwriter.h"

#include "json/jsonbuffer.h"

#include <QList>

void JsonObjectWriter::beginMember(const char *key)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += key; // keys are the contract's own ASCII names
    m_text += "\":";
}

JsonObjectWriter &JsonObjectWriter::add(const char *key, const QString &value)
{
    beginMember(key);
    appendQuoted(m_text, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(const char *key, qint64 value)
{
    beginMember(key);
    m_text += QByteArray::number(value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(const char *key, bool value)
{
    beginMember(key);
    m_text += value ? "true" : "false";
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addNull(const char *key)
{
    beginMember(key);
    m_text += "null";
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addRaw(const char *key, const QByteArray &value)
{
    beginMember(key);
    m_text += value;
    return *this;
}

// A lone surrogate cannot be UTF-8: toUtf8() writes "?".
void JsonObjectWriter::appendQuoted(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    JsonBuffer buffer(utf8.size() + 2);
    buffer.appendQuotedUtf8(utf8.constData(), utf8.size());
    out += buffer.take();
}

QByteArray JsonObjectWriter::quoted(const QString &text)
{
    QByteArray result;
    appendQuoted(result, text);
    return result;
}

QByteArray JsonObjectWriter::array(const QList<QByteArray> &items)
{
    QByteArray result = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            result += ',';
        result += items.at(i);
    }
    result += ']';
    return result;
}
