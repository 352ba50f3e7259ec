#include "jsonobjectwriter.h"

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
    m_text += quoted(value);
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

// As RFC 8259 asks: quote, backslash and control characters escaped, the rest as UTF-8 (as DRF
// answers, with ensure_ascii off). A lone surrogate cannot be UTF-8: toUtf8() writes "?".
QByteArray JsonObjectWriter::quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray result;
    result.reserve(utf8.size() + 2);
    result += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            result += "\\\"";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\r':
            result += "\\r";
            break;
        case '\t':
            result += "\\t";
            break;
        case '\b':
            result += "\\b";
            break;
        case '\f':
            result += "\\f";
            break;
        default:
            if (byte < 0x20) {
                static const char hex[] = "0123456789abcdef";
                result += "\\u00";
                result += hex[byte >> 4];
                result += hex[byte & 0xf];
            } else {
                result += c;
            }
        }
    }
    result += '"';
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
