#include "databaseopener.h"

#include "postgresuri.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

DatabaseOpener::DatabaseOpener(QWidget *parent)
{
    ask = [parent](const QString &problem, const std::optional<DatabaseBackup::Entry> &latest) {
        QMessageBox box(QMessageBox::Warning, tr("Damaged Database"), problem,
                        QMessageBox::NoButton, parent);
        QPushButton *restore = nullptr;
        if (latest) {
            box.setInformativeText(
                tr("Touchpoint can put the latest backup, taken %1, in its place. The damaged "
                   "file is then moved into %2 and kept there, not overwritten; what was written "
                   "after that backup is not in it.")
                    .arg(QLocale().toString(latest->created.toLocalTime(), QLocale::LongFormat),
                         QDir::toNativeSeparators(QFileInfo(latest->path).absolutePath())));
            restore = box.addButton(tr("&Restore Latest Backup"), QMessageBox::AcceptRole);
        } else {
            box.setInformativeText(tr("There is no backup to put in its place. You can open "
                                      "another file, or quit and repair it."));
        }
        QPushButton *other = box.addButton(tr("&Open Another File…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restore ? restore : other);
        box.setEscapeButton(quit);
        box.exec();
        if (restore && box.clickedButton() == restore)
            return Choice::RestoreLatest;
        if (box.clickedButton() == other)
            return Choice::OpenAnother;
        return Choice::Quit;
    };
    pickFile = [parent] {
        return QFileDialog::getOpenFileName(parent, tr("Open Touchpoint Database"), QString(),
                                            tr("Touchpoint databases (*.sqlite);;All files (*)"));
    };
    tell = [parent](const QString &message) {
        QMessageBox::critical(parent, tr("Touchpoint"), message);
    };
}

bool DatabaseOpener::open(Database &database, const QString &path)
{
    m_notice.clear();
    QString current = path;
    for (;;) {
        if (database.open(current))
            return true;
        // A database on a server has no backup file to offer, nor another file to pick.
        if (database.openError() != Database::OpenError::Damaged || PostgresUri::matches(current)) {
            tell(database.errorMessage());
            // Another file that cannot be opened takes the person back to the damaged one.
            if (current == path)
                return false;
            current = path;
            continue;
        }
        const std::optional<DatabaseBackup::Entry> latest = DatabaseBackup::latest(current);
        switch (ask(database.errorMessage(), latest)) {
        case Choice::Quit:
            return false;
        case Choice::OpenAnother:
            if (const QString other = pickFile(); !other.isEmpty())
                current = other;
            break;
        case Choice::RestoreLatest: {
            QString aside, error;
            if (!latest) {
                tell(tr("There is no backup of %1.").arg(QDir::toNativeSeparators(current)));
            } else if (!DatabaseBackup::restore(latest->path, current, &aside, &error)) {
                tell(error);
            } else {
                m_notice = tr("Restored the latest backup. The damaged file is kept as %1.")
                               .arg(QDir::toNativeSeparators(aside));
            }
            break;
        }
        }
    }
}
