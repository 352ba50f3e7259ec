#pragma once

// The question before a deletion that the undo history can take back: says so with the undo
// shortcut, and names its Yes button Delete.

#include <QMessageBox>

class DeletionQuestion final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionQuestion)

public:
    // undo: the shortcut that takes the deletion back; preferred: Yes (Delete) or Cancel, what
    // Enter chooses.
    DeletionQuestion(QMessageBox::Icon icon, const QString &title, const QString &question,
                     const QKeySequence &undo, QMessageBox::StandardButton preferred,
                     QWidget *parent);

    // Shown modally: true when the person chose Delete.
    bool confirmed();
};
