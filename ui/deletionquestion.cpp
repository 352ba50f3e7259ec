#include "deletionquestion.h"

#include <QAbstractButton>

DeletionQuestion::DeletionQuestion(QMessageBox::Icon icon, const QString &title,
                                   const QString &question, const QKeySequence &undo,
                                   QMessageBox::StandardButton preferred, QWidget *parent)
    : QMessageBox(icon, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent)
{
    setInformativeText(
        tr("You can undo this with %1.").arg(undo.toString(QKeySequence::NativeText)));
    setDefaultButton(preferred);
    button(QMessageBox::Yes)->setText(tr("Delete"));
}

bool DeletionQuestion::confirmed()
{
    return exec() == QMessageBox::Yes;
}
