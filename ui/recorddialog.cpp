#include "recorddialog.h"

#include <QKeySequence>
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
