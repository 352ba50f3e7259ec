#include "settings.h"

#include <QCoreApplication>

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

QByteArray Settings::value(const QString &key) const
{
    return m_settings.value(key).toByteArray();
}

void Settings::setValue(const QString &key, const QByteArray &value)
{
    m_settings.setValue(key, value);
}
