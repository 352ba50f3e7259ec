#include "teamserverdialog.h"

#include "replicarounds.h"
#include "storage/database.h"
#include "storage/leadstore.h"
#include "storage/replicastore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

TeamServerDialog::TeamServerDialog(Database &database, ReplicaRounds &rounds, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_rounds(rounds)
{
    setObjectName(QStringLiteral("teamServerDialog"));
    setWindowTitle(tr("Team Server"));

    auto *joinPage = new QWidget(this);
    m_serverEdit = new QLineEdit(joinPage);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setAccessibleName(tr("Server address"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://crm.example.com:8000"));
    m_tokenEdit = new QLineEdit(joinPage);
    m_tokenEdit->setObjectName(QStringLiteral("serverTokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Your token"));
    // Masked: the token writes in the person's name.
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_joinNote = new QLabel(joinPage);
    m_joinNote->setObjectName(QStringLiteral("joinNote"));
    m_joinNote->setWordWrap(true);
    m_problem = new QLabel(joinPage);
    m_problem->setObjectName(QStringLiteral("joinProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e;"
                                            " padding: 4px;"));
    m_problem->setVisible(false);
    m_joinButton = new QPushButton(tr("&Join"), joinPage);
    m_joinButton->setObjectName(QStringLiteral("joinButton"));
    m_joinButton->setDefault(true);
    auto *joinForm = new QFormLayout(joinPage);
    auto *serverLabel = new QLabel(tr("Server &address:"), joinPage);
    serverLabel->setBuddy(m_serverEdit);
    joinForm->addRow(serverLabel, m_serverEdit);
    auto *tokenLabel = new QLabel(tr("Your &token:"), joinPage);
    tokenLabel->setBuddy(m_tokenEdit);
    joinForm->addRow(tokenLabel, m_tokenEdit);
    joinForm->addRow(m_joinNote);
    joinForm->addRow(m_problem);
    joinForm->addRow(QString(), m_joinButton);
    connect(m_joinButton, &QPushButton::clicked, this, &TeamServerDialog::join);

    auto *replicaPage = new QWidget(this);
    m_serverLabel = new QLabel(replicaPage);
    m_serverLabel->setObjectName(QStringLiteral("replicaServerLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(replicaPage);
    m_stateLabel->setObjectName(QStringLiteral("replicaStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_syncButton = new QPushButton(tr("&Sync Now"), replicaPage);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    connect(m_syncButton, &QPushButton::clicked, &m_rounds, &ReplicaRounds::syncNow);
    auto *replicaForm = new QFormLayout(replicaPage);
    replicaForm->addRow(tr("This file is a replica of:"), m_serverLabel);
    replicaForm->addRow(tr("State:"), m_stateLabel);
    replicaForm->addRow(QString(), m_syncButton);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(joinPage);
    m_pages->addWidget(replicaPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(&m_rounds, &ReplicaRounds::statusMayHaveChanged, this, &TeamServerDialog::showState);
    connect(&m_rounds, &ReplicaRounds::joinProgressed, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setLabelText(tr("Downloading from the team server: %1 records so far.")
                                     .arg(QLocale().toString(done)));
    });
    connect(&m_rounds, &ReplicaRounds::joinFinished, this,
            [this](const ReplicaSync::Summary &summary) {
                if (m_progress) {
                    m_progress->deleteLater();
                    m_progress = nullptr;
                }
                m_joinButton->setEnabled(true);
                if (summary.outcome == ReplicaSync::Outcome::Cancelled)
                    showProblem(tr("Joining was cancelled. What was downloaded is kept: Join "
                                   "again with the same address to go on where it stopped."));
                else if (summary.outcome == ReplicaSync::Outcome::Failed)
                    showProblem(tr("Not joined: %1\n\nWhat was downloaded is kept: Join again "
                                   "to go on where it stopped.")
                                    .arg(summary.failure));
                showState();
            });
    showState();
    resize(480, sizeHint().height());
}

QString TeamServerDialog::whyNotJoinable(Database &database)
{
    const StoreResult<std::optional<ReplicaStore::Membership>> member
        = ReplicaStore(database).membership();
    if (member.ok() && member.value)
        return {}; // a join under way goes on
    const StoreResult<ReplicaStore::Held> held = ReplicaStore(database).held();
    if (!held.ok())
        return held.failure;
    return {};
}

QString TeamServerDialog::heldNote(Database &database)
{
    const StoreResult<ReplicaStore::Held> held = ReplicaStore(database).held();
    if (!held.ok() || held.value.isEmpty())
        return {};
    return tr("This file already holds records (leads: %1, contacts: %2, interactions: %3). To "
              "join, they "
              "take new ids of this computer's own and are sent to the server with the team's; "
              "whatever knows them by their old ids (an integration, a bookmark) must look them "
              "up again.")
        .arg(held.value.leads)
        .arg(held.value.contacts)
        .arg(held.value.interactions);
}

void TeamServerDialog::showState()
{
    const StoreResult<std::optional<ReplicaStore::Membership>> member
        = ReplicaStore(m_database).membership();
    const bool replica = member.ok() && member.value && member.value->downloaded();
    m_pages->setCurrentIndex(replica ? 1 : 0);
    if (!replica) {
        if (m_progress)
            return;
        const QString whyNot = whyNotJoinable(m_database);
        const bool begun = member.ok() && member.value;
        if (begun && m_serverEdit->text().isEmpty())
            m_serverEdit->setText(member.value->server);
        QString note = whyNot;
        if (note.isEmpty() && begun)
            note = tr("Joining %1 was begun and not finished: Join goes on where it stopped.")
                       .arg(member.value->server);
        if (note.isEmpty())
            note = heldNote(m_database);
        if (note.isEmpty())
            note = tr("Joining downloads all the team's leads, contacts and interactions into "
                      "this file; from then on it keeps in step with the server by itself, and "
                      "works offline too.");
        m_joinNote->setText(note);
        m_joinButton->setEnabled(whyNot.isEmpty());
        m_serverEdit->setEnabled(whyNot.isEmpty());
        m_tokenEdit->setEnabled(whyNot.isEmpty());
        return;
    }
    m_serverLabel->setText(member.value->server);
    const StoreResult<ReplicaStore::Status> status = ReplicaStore(m_database).status();
    QString state;
    if (!status.ok())
        state = status.failure;
    else if (status.value.conflicts > 0)
        state = tr("%n conflict(s) wait for you (File > Conflicts).", nullptr,
                   int(status.value.conflicts));
    else if (status.value.offlineSince.isValid())
        state = tr("Offline since %1; %n change(s) waiting.", nullptr, int(status.value.waiting))
                    .arg(QLocale().toString(status.value.offlineSince.toLocalTime(),
                                            QLocale::ShortFormat));
    else if (status.value.waiting > 0)
        state = tr("%n change(s) waiting to be sent.", nullptr, int(status.value.waiting));
    else
        state = tr("In step with the server.");
    if (!m_rounds.lastFailure().isEmpty())
        state += QLatin1Char('\n') + tr("The last round failed: %1").arg(m_rounds.lastFailure());
    m_stateLabel->setText(state);
    m_syncButton->setEnabled(!m_rounds.isRunning());
}

void TeamServerDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString TeamServerDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void TeamServerDialog::join()
{
    if (m_rounds.isRunning() || m_progress)
        return;
    if (const QString whyNot = whyNotJoinable(m_database); !whyNot.isEmpty()) {
        showProblem(whyNot);
        return;
    }
    const QUrl server = QUrl::fromUserInput(m_serverEdit->text().trimmed());
    const bool web
        = server.scheme() == QLatin1String("http") || server.scheme() == QLatin1String("https");
    if (m_serverEdit->text().trimmed().isEmpty() || !server.isValid() || !web
        || server.host().isEmpty()) {
        showProblem(tr("Type the server's address, such as https://crm.example.com:8000."));
        m_serverEdit->setFocus();
        return;
    }
    const QString token = m_tokenEdit->text().trimmed();
    if (token.isEmpty()) {
        showProblem(tr("Type the token you were given (touchpoint users add on the server)."));
        m_tokenEdit->setFocus();
        return;
    }
    showProblem(QString());
    m_joinButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Asking the team server…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("joinProgress"));
    m_progress->setWindowTitle(tr("Joining the Team Server"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_rounds, &ReplicaRounds::cancel);
    m_progress->show();
    m_rounds.join(server, token.toUtf8(), QSysInfo::machineHostName());
}
