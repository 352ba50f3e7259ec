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

// As RFC 8259 asks: quote, backslash and control characters escaped, the rest as UTF-8 (as DRF
// answers, with ensure_ascii off). A lone surrogate cannot be UTF-8: toUtf8() writes "?".
// Plain runs are copied whole: lists of a hundred interactions are written thousands of times a
// second, and a byte-by-byte append was a third of their cost.
void JsonObjectWriter::appendQuoted(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendQuotedUtf8(out, utf8.constData(), utf8.size());
}

void JsonObjectWriter::appendQuotedUtf8(QByteArray &out, const char *data, qsizetype size)
{
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf] };
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out += '"';
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
