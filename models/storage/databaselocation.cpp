#include "storage/databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// A value as libpq's conninfo reads it: quoted, its quotes and backslashes escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString DatabaseLocation::passwordRefused()
{
    return tr("The PostgreSQL URI holds a password, which anyone on this computer could read in "
              "the list of processes. Leave it out and give it in PGPASSWORD or ~/.pgpass "
              "instead.");
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_argument = path;
    location.m_databaseName = path;
    return location;
}

bool DatabaseLocation::isPostgresUri(const QString &argument)
{
    return argument.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::fromArgument(const QString &argument, QString *error)
{
    error->clear();
    if (!isPostgresUri(argument)) {
        if (argument.isEmpty())
            *error = tr("No database was named.");
        return argument.isEmpty() ? DatabaseLocation() : sqliteFile(argument);
    }
    const QUrl url(argument, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("%1 is not a PostgreSQL connection URI: %2").arg(argument, url.errorString());
        return {};
    }
    if (!url.password().isEmpty()) {
        *error = passwordRefused();
        return {};
    }
    DatabaseLocation location;
    location.m_engine = Engine::Postgres;
    location.m_argument = argument;
    location.m_hostName = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_userName = url.userName(QUrl::FullyDecoded);
    location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.m_databaseName.contains(QLatin1Char('/'))) {
        *error = tr("%1 is not a PostgreSQL connection URI: the database's name holds a '/'.")
                     .arg(argument);
        return {};
    }
    const auto refuse = [&](const QString &key) {
        *error = tr("%1 is not a PostgreSQL connection URI: cannot read its parameter \"%2\".")
                     .arg(argument, key);
        return DatabaseLocation();
    };
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password")) {
            *error = passwordRefused();
            return {};
        }
        // QPSQL separates its options with ';': one inside a value would cut it in two.
        if (key.isEmpty() || value.contains(QLatin1Char(';')))
            return refuse(key);
        // The URI's own parts may also come as parameters, as libpq allows.
        if (key == QLatin1String("host"))
            location.m_hostName = value;
        else if (key == QLatin1String("port") && value.toInt() > 0)
            location.m_port = value.toInt();
        else if (key == QLatin1String("port"))
            return refuse(key);
        else if (key == QLatin1String("dbname"))
            location.m_databaseName = value;
        else if (key == QLatin1String("user"))
            location.m_userName = value;
        else
            options << key + QLatin1Char('=') + conninfoValue(value);
    }
    location.m_connectOptions = options.join(QLatin1Char(';'));
    return location;
}
