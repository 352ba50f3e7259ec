#pragma once

// The window's remembered choices (language, the in-window REST API, window and table layout,
// the last filters), kept with QSettings under the application's name.

#include <QByteArray>
#include <QSettings>
#include <QString>

class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr quint16 defaultApiPort = 8000;

    Settings();

    QString language() const; // a code such as "hi"; empty: the system's language
    void setLanguage(const QString &code);
    bool apiEnabled() const; // off unless turned on
    void setApiEnabled(bool enabled);
    quint16 apiPort() const;
    void setApiPort(quint16 port);

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);
    QSettings &store() { return m_settings; }

private:
    QSettings m_settings;
};
