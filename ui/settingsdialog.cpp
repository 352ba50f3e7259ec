#include "settingsdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language is named in itself, so that anyone can find their own.
    return { { QString(), tr("The system's language") },
             { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("hi"), QStringLiteral("हिन्दी (Hindi)") } };
}

SettingsDialog::SettingsDialog(Settings &settings, bool apiAvailable, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_languagePicker = new QComboBox(this);
    m_languagePicker->setObjectName(QStringLiteral("languagePicker"));
    m_languagePicker->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : languages())
        m_languagePicker->addItem(name, code);
    m_languagePicker->setCurrentIndex(qMax(0, m_languagePicker->findData(settings.language())));
    auto *languageNote = new QLabel(tr("A new language shows when Touchpoint starts again."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    auto *apiBox = new QGroupBox(tr("REST API"), this);
    m_apiCheck = new QCheckBox(tr("&Run the REST API while this window is open"), apiBox);
    m_apiCheck->setObjectName(QStringLiteral("apiCheck"));
    m_apiCheck->setChecked(settings.apiEnabled());
    m_portSpin = new QSpinBox(apiBox);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setAccessibleName(tr("REST API port"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(settings.apiPort());
    auto *apiNote
        = new QLabel(apiAvailable ? tr("Other tools on this computer can then read and write "
                                       "interactions at http://127.0.0.1:<port>/track/. "
                                       "Only this computer can connect.")
                                  : tr("This build of Touchpoint has no REST API."),
                     apiBox);
    apiNote->setWordWrap(true);
    apiNote->setEnabled(false);
    auto *apiForm = new QFormLayout(apiBox);
    apiForm->addRow(m_apiCheck);
    auto *portLabel = new QLabel(tr("&Port:"), apiBox);
    portLabel->setBuddy(m_portSpin);
    apiForm->addRow(portLabel, m_portSpin);
    apiForm->addRow(apiNote);
    m_portSpin->setEnabled(apiAvailable && m_apiCheck->isChecked());
    m_apiCheck->setEnabled(apiAvailable);
    connect(m_apiCheck, &QCheckBox::toggled, m_portSpin, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languagePicker);
    form->addRow(languageLabel, m_languagePicker);
    form->addRow(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(apiBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_languagePicker->currentData().toString());
    m_settings.setApiEnabled(m_apiCheck->isChecked());
    m_settings.setApiPort(quint16(m_portSpin->value()));
    QDialog::accept();
}
