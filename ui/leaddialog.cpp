#include "leaddialog.h"

#include "formrow.h"
#include "storage/leadstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LeadDialog::LeadDialog(Database &database, QWidget *parent)
    : StoredRecordDialog(database, parent)
{
    setWindowTitle(tr("New Lead"));
    setObjectName(QStringLiteral("leadDialog"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_statusPicker = new QComboBox(this);
    m_statusPicker->setObjectName(QStringLiteral("statusPicker"));
    for (LeadStatus status : LeadStatuses::all())
        m_statusPicker->addItem(LeadStatuses::displayName(status), LeadStatuses::code(status));
    m_cityEdit = new QLineEdit(this);
    m_cityEdit->setObjectName(QStringLiteral("cityEdit"));
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setMinimumHeight(70);

    QFormLayout *form = FormRow::form(
        {
            { QStringLiteral("name"), tr("&Name:"), tr("Name"), m_nameEdit },
            { QStringLiteral("status"), tr("S&tatus:"), tr("Status"), m_statusPicker },
            { QStringLiteral("city"), tr("Cit&y:"), tr("City"), m_cityEdit },
            { QStringLiteral("phone"), tr("&Phone:"), tr("Phone"), m_phoneEdit },
            { QStringLiteral("email"), tr("&Email:"), tr("Email"), m_emailEdit },
            { QStringLiteral("notes"), tr("N&otes:"), tr("Notes"), m_notesEdit },
        },
        problemLabels());
    // Two branches of one business can share a name.
    m_sameNameNote = addNote(form, 1);

    QDialogButtonBox *buttons = makeButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    chainTabOrder({ m_nameEdit, m_statusPicker, m_cityEdit, m_phoneEdit, m_emailEdit, m_notesEdit,
                    saveButton(), buttons->button(QDialogButtonBox::Cancel) });

    auto onEdit = [this](const QString &field) {
        return touchAndValidate(field);
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("name")));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &LeadDialog::showSameName);
    connect(m_statusPicker, &QComboBox::currentIndexChanged, this,
            onEdit(QStringLiteral("status")));
    connect(m_cityEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("city")));
    connect(m_phoneEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("phone")));
    connect(m_emailEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("email")));
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, onEdit(QStringLiteral("notes")));
    validate();
    resize(440, sizeHint().height());
    m_nameEdit->setFocus();
}

void LeadDialog::setLead(const Lead &lead)
{
    setOriginal(lead);
    setWindowTitle(tr("Edit Lead"));
    m_nameEdit->setText(lead.name);
    m_statusPicker->setCurrentIndex(m_statusPicker->findData(LeadStatuses::code(lead.status)));
    m_cityEdit->setText(lead.city);
    m_phoneEdit->setText(lead.phone);
    m_emailEdit->setText(lead.email);
    m_notesEdit->setPlainText(lead.notes);
    showSameName();
    touchEveryField();
    validate();
}

void LeadDialog::setName(const QString &name)
{
    m_nameEdit->setText(name);
    if (!name.isEmpty())
        touch(QStringLiteral("name"));
    validate();
}

QVariantList LeadDialog::fieldValues() const
{
    return { m_nameEdit->text(),  m_statusPicker->currentIndex(),
             m_cityEdit->text(),  m_phoneEdit->text(),
             m_emailEdit->text(), m_notesEdit->toPlainText() };
}

void LeadDialog::showSameName()
{
    const QString name = m_nameEdit->text().trimmed();
    QList<Lead> same;
    if (!name.isEmpty()) {
        const StoreResult<QList<Lead>> found = LeadStore(database()).list(0, -1, name);
        for (const Lead &lead : found.value) {
            if (lead.name.compare(name, Qt::CaseInsensitive) == 0
                && (!original() || lead.id != original()->id))
                same.append(lead);
        }
    }
    QString note;
    if (same.size() == 1 && !same.first().city.isEmpty())
        note
            = tr("A lead named %1 already exists in %2.").arg(same.first().name, same.first().city);
    else if (same.size() == 1)
        note = tr("A lead named %1 already exists.").arg(same.first().name);
    else if (same.size() > 1)
        note = tr("%n leads named %1 already exist.", nullptr, int(same.size())).arg(name);
    showNote(m_sameNameNote, note);
}

LeadDraft LeadDialog::draft() const
{
    LeadDraft result;
    result.name = m_nameEdit->text().trimmed();
    result.status = LeadStatuses::fromCode(m_statusPicker->currentData().toString());
    result.city = m_cityEdit->text().trimmed();
    result.phone = m_phoneEdit->text().trimmed();
    result.email = m_emailEdit->text().trimmed();
    result.notes = m_notesEdit->toPlainText();
    return result;
}

ValidationErrors LeadDialog::problems() const
{
    return LeadStore(database()).check(draft(), originalId());
}

void LeadDialog::accept()
{
    save(draft(), tr("This lead was deleted meanwhile, so the changes could not be saved."),
         tr("The lead could not be saved: %1\n\nEverything you entered is still here; "
            "try again once the problem is solved."));
}
