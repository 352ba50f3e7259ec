#pragma once

// A growing buffer of JSON text for the API's hot paths: each append is a bounds check and a
// memcpy, where QByteArray 6.4 sends every append through insert(), a large part of a list's
// cost (docs/benchmarks.md).

#include <QByteArray>

class JsonBuffer final
{
public:
    explicit JsonBuffer(qsizetype capacity = 1024);

    void append(char c)
    {
        reserve(1);
        m_data[m_size++] = c;
    }
    void append(const char *data, qsizetype size);
    // A string literal, without its terminating NUL.
    template<qsizetype N> void appendLiteral(const char (&text)[N]) { append(text, N - 1); }
    void appendNumber(qint64 value);
    // text as a JSON string: quote, backslash and control characters escaped, the rest as it is.
    void appendQuotedUtf8(const char *text, qsizetype size);

    qsizetype size() const { return m_size; }
    // The text written so far; the buffer is empty afterwards.
    QByteArray take();

private:
    void reserve(qsizetype more)
    {
        if (m_size + more > m_bytes.size())
            grow(more);
    }
    void grow(qsizetype more);

    QByteArray m_bytes;
    char *m_data = nullptr;
    qsizetype m_size = 0;
};
