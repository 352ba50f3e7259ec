#include "recorddialog.h"

#include "fieldproblemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

RecordDialog::RecordDialog(QWidget *parent)
    : QDialog(parent)
{
    // Ctrl+Enter: the multi-line fields take a plain Enter as a new line.
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordDialog::saveFromShortcut);
    }
}

bool RecordDialog::hasChanges() const
{
    return m_shown && fieldValues() != m_opening;
}

void RecordDialog::setSaveButton(QPushButton *button)
{
    m_saveButton = button;
    m_saveButton->setDefault(true);
}

QDialogButtonBox *RecordDialog::makeButtons(QDialogButtonBox::StandardButton save,
                                            const QString &saveName)
{
    auto *buttons = new QDialogButtonBox(save | QDialogButtonBox::Cancel, this);
    buttons->button(save)->setObjectName(saveName);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setSaveButton(buttons->button(save));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    return buttons;
}

QLabel *RecordDialog::addNote(QFormLayout *form, int row)
{
    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("sameNameNote"));
    note->setWordWrap(true);
    note->setVisible(false);
    form->insertRow(row, QString(), note);
    return note;
}

void RecordDialog::showNote(QLabel *note, const QString &text)
{
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

void RecordDialog::touchEveryField()
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
        m_touched.insert(it.key());
}

std::function<void()> RecordDialog::touchAndValidate(const QString &field)
{
    return [this, field] {
        touch(field);
        validate();
    };
}

void RecordDialog::showProblems(const ValidationErrors &errors)
{
    // Rules and the dialogs both mark their messages in the "Rules" context.
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
        it.value()->setProblems(m_touched.contains(it.key()) ? errors.translatedMessages(it.key())
                                                             : QStringList());
    m_saveButton->setEnabled(errors.isEmpty());
}

bool RecordDialog::written(StoreStatus status, const ValidationErrors &errors,
                           const QString &failure, const QString &gone, const QString &failed)
{
    switch (status) {
    case StoreStatus::Ok:
        return true;
    case StoreStatus::Invalid:
        // Someone changed the data meanwhile, or the store knows more than check() (a contact
        // with interactions keeps its lead): show why, with what the store found.
        for (const QString &field : errors.fields())
            touch(field);
        validate();
        for (const QString &field : errors.fields()) {
            if (FieldProblemLabel *label = m_problemLabels.value(field))
                label->setProblems(errors.translatedMessages(field));
        }
        return false;
    case StoreStatus::NotFound:
        QMessageBox::warning(this, tr("Not Saved"), gone);
        return false;
    case StoreStatus::Failed:
        QMessageBox::critical(this, tr("Not Saved"), failed.arg(failure));
        return false;
    }
    return false;
}

void RecordDialog::chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void RecordDialog::showEvent(QShowEvent *event)
{
    // What the dialog was opened with is what its opener set before showing it.
    if (!m_shown) {
        m_opening = fieldValues();
        m_shown = true;
    }
    QDialog::showEvent(event);
}

void RecordDialog::saveFromShortcut()
{
    if (m_saveButton && m_saveButton->isEnabled())
        m_saveButton->click();
}

void RecordDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("Save the changes made in this window?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Discard throws them away; Keep Editing goes back to them."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    switch (box.exec()) {
    case QMessageBox::Save:
        // As the Save button does: with a problem, the dialog stays open and shows it.
        accept();
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return;
    }
}
