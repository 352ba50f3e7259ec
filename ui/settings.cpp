#include "settings.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

// A location holds slashes, which QSettings reads as groups: encoded, it is one key.
QString signInKey(const QString &location)
{
    return QStringLiteral("signIn/") + QString::fromLatin1(QUrl::toPercentEncoding(location));
}

} // namespace

// Named after the application alone, as Database::defaultPath() is: no organisation folder.
Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::applicationName(),
                 QCoreApplication::applicationName())
{ }

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("language"), code);
}

bool Settings::apiEnabled() const
{
    return m_settings.value(QStringLiteral("api/enabled"), false).toBool();
}

void Settings::setApiEnabled(bool enabled)
{
    m_settings.setValue(QStringLiteral("api/enabled"), enabled);
}

quint16 Settings::apiPort() const
{
    const int port = m_settings.value(QStringLiteral("api/port"), int(defaultApiPort)).toInt();
    return port > 0 && port <= 65535 ? quint16(port) : defaultApiPort;
}

void Settings::setApiPort(quint16 port)
{
    m_settings.setValue(QStringLiteral("api/port"), int(port));
}

QByteArray Settings::apiToken() const
{
    return m_settings.value(QStringLiteral("api/token")).toByteArray();
}

void Settings::setApiToken(const QByteArray &token)
{
    if (token.isEmpty())
        m_settings.remove(QStringLiteral("api/token"));
    else
        m_settings.setValue(QStringLiteral("api/token"), token);
}

QByteArray Settings::signInToken(const QString &location) const
{
    return m_settings.value(signInKey(location)).toByteArray();
}

void Settings::setSignInToken(const QString &location, const QByteArray &token)
{
    if (token.isEmpty())
        m_settings.remove(signInKey(location));
    else
        m_settings.setValue(signInKey(location), token);
}

Settings::BackupInterval Settings::backupInterval() const
{
    const QString value
        = m_settings.value(QStringLiteral("backup/interval"), QStringLiteral("daily")).toString();
    if (value == QLatin1String("off"))
        return BackupInterval::Off;
    if (value == QLatin1String("weekly"))
        return BackupInterval::Weekly;
    return BackupInterval::Daily;
}

void Settings::setBackupInterval(BackupInterval interval)
{
    const char *names[] = { "off", "daily", "weekly" };
    m_settings.setValue(QStringLiteral("backup/interval"),
                        QString::fromLatin1(names[int(interval)]));
}

int Settings::backupKeep() const
{
    const int keep = m_settings.value(QStringLiteral("backup/keep"), defaultBackupKeep).toInt();
    return keep >= 1 ? keep : defaultBackupKeep;
}

void Settings::setBackupKeep(int keep)
{
    m_settings.setValue(QStringLiteral("backup/keep"), keep);
}

BackupSchedule Settings::backupSchedule() const
{
    using namespace std::chrono_literals;
    switch (backupInterval()) {
    case BackupInterval::Off:
        break;
    case BackupInterval::Daily:
        return BackupSchedule(24h, backupKeep());
    case BackupInterval::Weekly:
        return BackupSchedule(7 * 24h, backupKeep());
    }
    return {};
}

QByteArray Settings::value(const QString &key) const
{
    return m_settings.value(key).toByteArray();
}

void Settings::setValue(const QString &key, const QByteArray &value)
{
    m_settings.setValue(key, value);
}
