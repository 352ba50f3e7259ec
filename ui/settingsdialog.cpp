#include "settingsdialog.h"

#include "fieldproblemlabel.h"
#include "localapi.h"
#include "settings.h"

#include <QDir>
#include <QLineEdit>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language is named in itself, so that anyone can find their own.
    return { { QString(), tr("The system's language") },
             { QStringLiteral("en"), QStringLiteral("English") },
             { QStringLiteral("hi"), QStringLiteral("हिन्दी (Hindi)") } };
}

SettingsDialog::SettingsDialog(Settings &settings, const LocalApi *api, QWidget *parent)
    : RecordDialog(parent)
    , m_settings(settings)
    , m_api(api)
{
    const bool apiAvailable = api != nullptr;
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

    // Said in the person's language: "REST API" alone is a name that stays English in Hindi.
    auto *apiBox = new QGroupBox(tr("Connecting other programs (REST API)"), this);
    apiBox->setObjectName(QStringLiteral("apiBox"));
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
    m_tokenEdit = new QLineEdit(QString::fromLatin1(settings.apiToken()), apiBox);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("REST API token"));
    // Masked, as a password is: someone looking over the shoulder should not learn it.
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);
    m_tokenEdit->setPlaceholderText(tr("None: any program on this computer may connect"));
    m_tokenProblem = new FieldProblemLabel(tr("Token"), apiBox);
    m_tokenProblem->setObjectName(QStringLiteral("tokenProblem"));
    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString problem = text.isEmpty() || !m_api ? QString() : problemWithToken(text);
        m_tokenProblem->setProblems(problem.isEmpty() ? QStringList() : QStringList { problem });
    });
    auto *tokenNote = new QLabel(tr("With a token, every request must carry the header "
                                    "\"Authorization: Token <token>\"."),
                                 apiBox);
    tokenNote->setWordWrap(true);
    tokenNote->setEnabled(false);
    auto *apiForm = new QFormLayout(apiBox);
    apiForm->addRow(m_apiCheck);
    auto *portLabel = new QLabel(tr("&Port:"), apiBox);
    portLabel->setBuddy(m_portSpin);
    apiForm->addRow(portLabel, m_portSpin);
    auto *tokenLabel = new QLabel(tr("&Token:"), apiBox);
    tokenLabel->setBuddy(m_tokenEdit);
    apiForm->addRow(tokenLabel, m_tokenEdit);
    apiForm->addRow(QString(), m_tokenProblem);
    apiForm->addRow(tokenNote);
    apiForm->addRow(apiNote);
    m_portSpin->setEnabled(apiAvailable && m_apiCheck->isChecked());
    m_apiCheck->setEnabled(apiAvailable);
    m_tokenEdit->setEnabled(apiAvailable);
    connect(m_apiCheck, &QCheckBox::toggled, m_portSpin, &QWidget::setEnabled);

    auto *backupBox = new QGroupBox(tr("Backups"), this);
    m_backupIntervalPicker = new QComboBox(backupBox);
    m_backupIntervalPicker->setObjectName(QStringLiteral("backupIntervalPicker"));
    m_backupIntervalPicker->setAccessibleName(tr("Back up the database"));
    m_backupIntervalPicker->addItem(tr("Never by itself"), int(Settings::BackupInterval::Off));
    m_backupIntervalPicker->addItem(tr("Every day"), int(Settings::BackupInterval::Daily));
    m_backupIntervalPicker->addItem(tr("Every week"), int(Settings::BackupInterval::Weekly));
    m_backupIntervalPicker->setCurrentIndex(
        qMax(0, m_backupIntervalPicker->findData(int(settings.backupInterval()))));
    m_backupKeepSpin = new QSpinBox(backupBox);
    m_backupKeepSpin->setObjectName(QStringLiteral("backupKeepSpin"));
    m_backupKeepSpin->setAccessibleName(tr("Scheduled backups kept"));
    m_backupKeepSpin->setRange(1, 1000);
    m_backupKeepSpin->setValue(settings.backupKeep());
    m_backupNote = new QLabel(backupBox);
    m_backupNote->setWordWrap(true);
    m_backupNote->setEnabled(false);
    m_backupNote->setText(tr("Older scheduled backups are deleted; those taken by hand or "
                             "before an update are kept."));
    auto *backupForm = new QFormLayout(backupBox);
    auto *intervalLabel = new QLabel(tr("&Back up:"), backupBox);
    intervalLabel->setBuddy(m_backupIntervalPicker);
    backupForm->addRow(intervalLabel, m_backupIntervalPicker);
    auto *keepLabel = new QLabel(tr("Scheduled backups &kept:"), backupBox);
    keepLabel->setBuddy(m_backupKeepSpin);
    backupForm->addRow(keepLabel, m_backupKeepSpin);
    backupForm->addRow(m_backupNote);
    const auto intervalChosen = [this] {
        m_backupKeepSpin->setEnabled(m_backupIntervalPicker->currentData().toInt()
                                     != int(Settings::BackupInterval::Off));
    };
    connect(m_backupIntervalPicker, &QComboBox::currentIndexChanged, this, intervalChosen);
    intervalChosen();

    auto *teamBox = new QGroupBox(tr("Team server"), this);
    teamBox->setObjectName(QStringLiteral("teamServerBox"));
    m_teamServerState = new QLabel(teamBox);
    m_teamServerState->setWordWrap(true);
    m_teamServerButton = new QPushButton(tr("T&eam Server…"), teamBox);
    m_teamServerButton->setObjectName(QStringLiteral("teamServerButton"));
    m_teamServerButton->setAutoDefault(false);
    connect(m_teamServerButton, &QPushButton::clicked, this, &SettingsDialog::teamServerRequested);
    auto *teamLayout = new QHBoxLayout(teamBox);
    teamLayout->addWidget(m_teamServerState, 1);
    teamLayout->addWidget(m_teamServerButton);
    teamBox->setVisible(false);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languagePicker);
    form->addRow(languageLabel, m_languagePicker);
    form->addRow(languageNote);

    QDialogButtonBox *buttons = makeButtons(QDialogButtonBox::Ok, QStringLiteral("okButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(apiBox);
    layout->addWidget(backupBox);
    layout->addWidget(teamBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    chainTabOrder({ m_languagePicker, m_apiCheck, m_portSpin, m_tokenEdit, m_backupIntervalPicker,
                    m_backupKeepSpin, m_teamServerButton, buttons->button(QDialogButtonBox::Ok),
                    buttons->button(QDialogButtonBox::Cancel) });
    resize(460, sizeHint().height());
    m_languagePicker->setFocus();
}

QVariantList SettingsDialog::fieldValues() const
{
    return { m_languagePicker->currentIndex(),
             m_apiCheck->isChecked(),
             m_portSpin->value(),
             m_tokenEdit->text(),
             m_backupIntervalPicker->currentIndex(),
             m_backupKeepSpin->value() };
}

QString SettingsDialog::problemWithToken(const QString &text) const
{
    const QByteArray key = text.toLatin1();
    // What Latin-1 cannot hold is not ASCII either: refused as a NUL would be.
    return m_api->problemWithToken(QString::fromLatin1(key) == text ? key : QByteArray(1, '\0'));
}

void SettingsDialog::accept()
{
    const QString token = m_tokenEdit->text();
    if (m_api && !token.isEmpty()) {
        if (const QString problem = problemWithToken(token); !problem.isEmpty()) {
            m_tokenProblem->setProblems({ problem });
            m_tokenEdit->setFocus();
            return; // the dialog stays open with what was typed
        }
    }
    m_settings.setLanguage(m_languagePicker->currentData().toString());
    m_settings.setApiEnabled(m_apiCheck->isChecked());
    m_settings.setApiPort(quint16(m_portSpin->value()));
    if (m_api)
        m_settings.setApiToken(token.toLatin1());
    m_settings.setBackupInterval(
        Settings::BackupInterval(m_backupIntervalPicker->currentData().toInt()));
    m_settings.setBackupKeep(m_backupKeepSpin->value());
    QDialog::accept();
}

void SettingsDialog::setBackupFolder(const QString &folder)
{
    m_backupNote->setText(tr("Backups are kept in %1. Older scheduled backups are deleted; those "
                             "taken by hand or before an update are kept.")
                              .arg(QDir::toNativeSeparators(folder)));
}

void SettingsDialog::setBackupsElsewhere(const QString &why)
{
    m_backupIntervalPicker->setEnabled(false);
    m_backupKeepSpin->setEnabled(false);
    m_backupNote->setText(why);
}

void SettingsDialog::setTeamServer(const QString &state)
{
    m_teamServerState->setText(state);
    m_teamServerButton->parentWidget()->setVisible(true);
}
