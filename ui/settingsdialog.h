#pragma once

// The window's settings: its language, and whether the REST API runs inside the window and on
// which port.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class Settings;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // apiAvailable: false when this build has no REST API; its settings are then shown disabled.
    SettingsDialog(Settings &settings, bool apiAvailable, QWidget *parent = nullptr);

    // The languages there is a translation for, as codes ("" is the system's).
    static QList<QPair<QString, QString>> languages();

public slots:
    void accept() override;

private:
    Settings &m_settings;
    QComboBox *m_languagePicker;
    QCheckBox *m_apiCheck;
    QSpinBox *m_portSpin;
};
