#include "signindialog.h"

#include "fieldproblemlabel.h"
#include "windowsignin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    setDatabaseShown(QString());

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Token"));
    // Masked, as a password is: the token is as good as the person's signature.
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    auto *showCheck = new QCheckBox(tr("S&how"), this);
    showCheck->setObjectName(QStringLiteral("showTokenCheck"));
    connect(showCheck, &QCheckBox::toggled, m_tokenEdit, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_problem = new FieldProblemLabel(tr("Token"), this);
    m_problem->setObjectName(QStringLiteral("tokenProblem"));
    m_rememberCheck = new QCheckBox(tr("&Remember on this computer"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    // A problem said about the token is about the one typed before: typing another clears it.
    connect(m_tokenEdit, &QLineEdit::textEdited, m_problem, [this] { m_problem->setProblems({}); });

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(showCheck);
    auto *form = new QFormLayout;
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_rememberCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *signInButton = buttons->button(QDialogButtonBox::Ok);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInButton->setText(tr("&Sign In"));
    signInButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_tokenEdit->setFocus();
}

void SignInDialog::setDatabaseShown(const QString &shown)
{
    m_intro->setText(shown.isEmpty()
                         ? tr("This database is shared by a team. Sign in with the token that "
                              "\"touchpoint users add\" gave you: what you write is then "
                              "recorded as yours.")
                         : tr("%1 is shared by a team. Sign in with the token that \"touchpoint "
                              "users add\" gave you: what you write is then recorded as yours.")
                               .arg(shown));
}

void SignInDialog::setProblem(const QString &problem)
{
    m_problem->setProblems(problem.isEmpty() ? QStringList() : QStringList { problem });
}

void SignInDialog::setRemember(bool remember)
{
    m_rememberCheck->setChecked(remember);
}

QByteArray SignInDialog::token() const
{
    return m_tokenEdit->text().trimmed().toUtf8();
}

bool SignInDialog::remember() const
{
    return m_rememberCheck->isChecked();
}

void SignInDialog::accept()
{
    const WindowSignIn::Check checked = WindowSignIn::check(m_database, token());
    if (!checked.person) {
        setProblem(checked.problem);
        m_tokenEdit->setFocus();
        m_tokenEdit->selectAll();
        return; // the dialog stays open with what was typed
    }
    m_person = checked.person;
    QDialog::accept();
}
