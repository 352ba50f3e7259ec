#pragma once

// Lists the backups of the open database, newest first, and lets the person pick one to put in
// its place; the window asks once more and does the restore (see MainWindow::restoreBackup()).

#include <QDialog>

class QPushButton;
class QTreeWidget;

class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString selectedBackup() const; // its path; empty when none is chosen

    // What a backup's reason (as in its file name) means, for people.
    static QString reasonText(const QString &reason);

private:
    QTreeWidget *m_list;
    QPushButton *m_restoreButton;
};
