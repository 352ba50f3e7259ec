#include "queryreader.h"

#include "apirequest.h"
#include "core/validationerrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

bool QueryReader::has(const QString &key) const
{
    return m_request.queryValue(key).has_value();
}

std::optional<qint64> QueryReader::integer(const QString &key, qint64 minimum)
{
    const QString text = m_request.queryValue(key).value_or(QString()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Digits only (with a sign): toLongLong alone would take "0x1f" or " 1" in other bases.
    static const QRegularExpression pattern(QStringLiteral("^[-+]?[0-9]{1,18}$"));
    bool ok = false;
    const qint64 number = pattern.match(text).hasMatch() ? text.toLongLong(&ok) : 0;
    if (!ok || number < minimum) {
        m_errors.add(key, QT_TRANSLATE_NOOP("Rules", "A valid integer is required."));
        return std::nullopt;
    }
    return number;
}
