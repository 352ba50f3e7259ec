#include "contactdialog.h"

#include "formrow.h"
#include "itemmodels/leadlistmodel.h"
#include "recordpicker.h"
#include "storage/contactstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ContactDialog::ContactDialog(Database &database, QWidget *parent)
    : StoredRecordDialog(database, parent)
    , m_leads(new LeadListModel(database, this))
{
    setWindowTitle(tr("New Contact"));
    setObjectName(QStringLiteral("contactDialog"));
    m_leadPicker = new RecordPicker(m_leads, LeadListModel::IdRole, this);
    m_leadPicker->setObjectName(QStringLiteral("leadPicker"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_roleEdit = new QLineEdit(this);
    m_roleEdit->setObjectName(QStringLiteral("roleEdit"));
    m_roleEdit->setPlaceholderText(tr("e.g. Owner, Head Chef"));
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));

    QFormLayout *form = FormRow::form(
        {
            { QStringLiteral("lead"), tr("&Lead:"), tr("Lead"), m_leadPicker },
            { QStringLiteral("name"), tr("&Name:"), tr("Name"), m_nameEdit },
            { QStringLiteral("role"), tr("&Role:"), tr("Role"), m_roleEdit },
            { QStringLiteral("email"), tr("&Email:"), tr("Email"), m_emailEdit },
            { QStringLiteral("phone"), tr("&Phone:"), tr("Phone"), m_phoneEdit },
        },
        problemLabels());
    // Two people of one name can work at one place.
    m_sameNameNote = addNote(form, 2);

    QDialogButtonBox *buttons = makeButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    chainTabOrder({ m_leadPicker, m_nameEdit, m_roleEdit, m_emailEdit, m_phoneEdit, saveButton(),
                    buttons->button(QDialogButtonBox::Cancel) });

    auto onEdit = [this](const QString &field) {
        return touchAndValidate(field);
    };
    connect(m_leadPicker, &RecordPicker::selectionChanged, this, onEdit(QStringLiteral("lead")));
    connect(m_nameEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("name")));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ContactDialog::showSameName);
    connect(m_leadPicker, &RecordPicker::selectionChanged, this, &ContactDialog::showSameName);
    connect(m_roleEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("role")));
    connect(m_emailEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("email")));
    connect(m_phoneEdit, &QLineEdit::textEdited, this, onEdit(QStringLiteral("phone")));
    validate();
    resize(420, sizeHint().height());
    m_leadPicker->setFocus();
}

ContactDialog::~ContactDialog()
{
    // QDialog's destructor hides the window, and a picker losing the focus then says its text
    // changed: not to this dialog's slots, whose members are gone by then.
    disconnect(m_leadPicker, nullptr, this, nullptr);
}

void ContactDialog::setContact(const Contact &contact)
{
    setOriginal(contact);
    setWindowTitle(tr("Edit Contact"));
    m_leadPicker->setSelectedId(contact.lead);
    m_nameEdit->setText(contact.name);
    m_roleEdit->setText(contact.role);
    m_emailEdit->setText(contact.email);
    m_phoneEdit->setText(contact.phone);
    showSameName();
    m_nameEdit->setFocus();
    touchEveryField();
    validate();
}

void ContactDialog::setLead(qint64 lead)
{
    m_leadPicker->setSelectedId(lead);
    m_nameEdit->setFocus();
    validate();
}

void ContactDialog::setName(const QString &name)
{
    m_nameEdit->setText(name);
    if (!name.isEmpty())
        touch(QStringLiteral("name"));
    validate();
}

QVariantList ContactDialog::fieldValues() const
{
    return { m_leadPicker->currentText(), m_nameEdit->text(), m_roleEdit->text(),
             m_emailEdit->text(), m_phoneEdit->text() };
}

void ContactDialog::showSameName()
{
    const QString name = m_nameEdit->text().trimmed();
    const std::optional<qint64> lead = m_leadPicker->selectedId();
    qsizetype same = 0;
    if (!name.isEmpty() && lead) {
        for (const Contact &contact : ContactStore(database()).list(*lead).value) {
            if (contact.name.compare(name, Qt::CaseInsensitive) == 0
                && (!original() || contact.id != original()->id))
                ++same;
        }
    }
    const QString note = same == 0
        ? QString()
        : tr("This lead already has %n contact(s) named %1.", nullptr, int(same)).arg(name);
    showNote(m_sameNameNote, note);
}

ContactDraft ContactDialog::draft() const
{
    ContactDraft result;
    result.lead = m_leadPicker->selectedId();
    result.name = m_nameEdit->text().trimmed();
    result.role = m_roleEdit->text().trimmed();
    result.email = m_emailEdit->text().trimmed();
    result.phone = m_phoneEdit->text().trimmed();
    return result;
}

ValidationErrors ContactDialog::problems() const
{
    ValidationErrors errors;
    if (m_leadPicker->hasUnknownText())
        errors.add(QStringLiteral("lead"), QT_TRANSLATE_NOOP("Rules", "No lead has that name."));
    if (m_leadPicker->isAmbiguous())
        errors.add(QStringLiteral("lead"),
                   QT_TRANSLATE_NOOP("Rules", "More than one lead has that name: choose one."));
    errors.merge(ContactStore(database()).check(draft(), originalId()));
    return errors;
}

void ContactDialog::accept()
{
    if (!m_leadPicker->chooseAmongSameNames())
        return;
    save(draft(), tr("This contact was deleted meanwhile, so the changes could not be saved."),
         tr("The contact could not be saved: %1\n\nEverything you entered is still "
            "here; try again once the problem is solved."));
}
