#include "json/jsonbuffer.h"

#include <charconv>
#include <cstring>

JsonBuffer::JsonBuffer(qsizetype capacity)
    : m_bytes(qMax<qsizetype>(capacity, 16), Qt::Uninitialized)
    , m_data(m_bytes.data())
{ }

void JsonBuffer::grow(qsizetype more)
{
    m_bytes.resize(qMax(m_bytes.size() * 2, m_size + more));
    m_data = m_bytes.data();
}

void JsonBuffer::append(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    reserve(size);
    std::memcpy(m_data + m_size, data, size_t(size));
    m_size += size;
}

void JsonBuffer::appendNumber(qint64 value)
{
    constexpr qsizetype longest = 20; // "-9223372036854775808"
    reserve(longest);
    const std::to_chars_result written
        = std::to_chars(m_data + m_size, m_data + m_size + longest, value);
    m_size = written.ptr - m_data;
}

// As RFC 8259 asks, and as DRF answers with ensure_ascii off. Plain runs are copied whole.
void JsonBuffer::appendQuotedUtf8(const char *text, qsizetype size)
{
    append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        append(text + runStart, i - runStart);
        runStart = i + 1;
        switch (byte) {
        case '"':
            appendLiteral("\\\"");
            break;
        case '\\':
            appendLiteral("\\\\");
            break;
        case '\n':
            appendLiteral("\\n");
            break;
        case '\r':
            appendLiteral("\\r");
            break;
        case '\t':
            appendLiteral("\\t");
            break;
        case '\b':
            appendLiteral("\\b");
            break;
        case '\f':
            appendLiteral("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf] };
            append(escape, sizeof escape);
        }
        }
    }
    append(text + runStart, size - runStart);
    append('"');
}

QByteArray JsonBuffer::take()
{
    m_bytes.resize(m_size);
    QByteArray text = std::move(m_bytes);
    m_bytes = QByteArray();
    m_data = nullptr;
    m_size = 0;
    return text;
}
