#pragma once

// The window's settings: its language, whether the REST API runs inside the window, on which
// port and with which token, and how often the database is backed up.

#include "recorddialog.h"

class FieldProblemLabel;
class LocalApi;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Settings;

class SettingsDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // api: null when this build has no REST API; its settings are then shown disabled. It
    // also says whether a token can be used.
    SettingsDialog(Settings &settings, const LocalApi *api, QWidget *parent = nullptr);

    // Where the backups are kept, to say so beside their settings.
    void setBackupFolder(const QString &folder);
    // The database has no file to back up: the backup settings are shown, off, with why.
    void setBackupsElsewhere(const QString &why);

    // Shows the Team Server section: how this file stands with the team's server, and a button
    // that asks for the Team Server dialog (teamServerRequested()).
    void setTeamServer(const QString &state);

    // The languages there is a translation for, as codes ("" is the system's).
    static QList<QPair<QString, QString>> languages();

public slots:
    void accept() override;

signals:
    void teamServerRequested();

protected:
    QVariantList fieldValues() const override;

private:
    QString problemWithToken(const QString &text) const;

    Settings &m_settings;
    QComboBox *m_languagePicker;
    QCheckBox *m_apiCheck;
    QSpinBox *m_portSpin;
    QLineEdit *m_tokenEdit;
    FieldProblemLabel *m_tokenProblem;
    QComboBox *m_backupIntervalPicker;
    QSpinBox *m_backupKeepSpin;
    QLabel *m_backupNote;
    QLabel *m_teamServerState;
    QPushButton *m_teamServerButton;
    const LocalApi *m_api;
};
