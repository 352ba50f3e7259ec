#pragma once

// The window's remembered choices (language, the in-window REST API and its token, scheduled
// backups, window and table layout, the last filters, the sign-in tokens remembered for team
// databases), kept with QSettings under the application's name.

#include "core/backupschedule.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr quint16 defaultApiPort = 8000;
    static constexpr int defaultBackupKeep = 10;

    enum class BackupInterval { Off, Daily, Weekly };

    Settings();

    QString language() const; // a code such as "hi"; empty: the system's language
    void setLanguage(const QString &code);
    bool apiEnabled() const; // off unless turned on
    void setApiEnabled(bool enabled);
    quint16 apiPort() const;
    void setApiPort(quint16 port);
    // The key the in-window REST API asks clients for; empty: none. Kept as typed (QSettings
    // is the user's own file); never shown unmasked by the window.
    QByteArray apiToken() const;
    void setApiToken(const QByteArray &token);

    // The token that signs this computer's person in to the database at location (WindowSignIn's
    // key for it); empty: none remembered. Kept here, never in the database.
    QByteArray signInToken(const QString &location) const;
    void setSignInToken(const QString &location, const QByteArray &token); // empty: forget it

    BackupInterval backupInterval() const; // daily unless changed
    void setBackupInterval(BackupInterval interval);
    int backupKeep() const; // how many scheduled backups are kept
    void setBackupKeep(int keep);
    BackupSchedule backupSchedule() const;

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);
    QSettings &store() { return m_settings; }

private:
    QSettings m_settings;
};
