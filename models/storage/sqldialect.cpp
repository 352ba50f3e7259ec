#include "storage/sqldialect.h"

#include <limits>

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const
{
    QStringList marks;
    QStringList updates;
    for (const QString &column : columns) {
        marks << QStringLiteral("?");
        if (!keyColumns.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
             keyColumns.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QString SqlDialect::likePatternContaining(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

qint64 SqlDialect::limitValue(qint64 limit)
{
    return limit >= 0 ? limit : std::numeric_limits<qint64>::max();
}

QString SqlDialect::ownIdMarkRead(const QString &) const
{
    return {};
}

QString SqlDialect::ownIdMarkWrite(const QString &) const
{
    return {};
}
