#include "restoredialog.h"

#include "storage/databasebackup.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

QString RestoreDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (reason == QLatin1String("manual"))
        return tr("Backed up by hand");
    if (reason == QLatin1String("before-migration"))
        return tr("Before an update of the file");
    if (reason == QLatin1String("before-restore"))
        return tr("Replaced by a restore");
    return reason;
}

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreDialog"));

    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(databasePath);
    auto *intro = new QLabel(
        backups.isEmpty()
            ? tr("There are no backups of this database yet in %1.")
                  .arg(DatabaseBackup::folderFor(databasePath))
            : tr("Choose the backup to put in place of the database. The database as it is "
                 "now is kept in %1; nothing is deleted.")
                  .arg(DatabaseBackup::folderFor(databasePath)),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Taken"), tr("Reason"), tr("Size") });
    const QLocale locale;
    for (const DatabaseBackup::Entry &entry : backups) {
        auto *item = new QTreeWidgetItem(
            m_list,
            { locale.toString(entry.created.toLocalTime(), QLocale::ShortFormat),
              reasonText(entry.reason), locale.formattedDataSize(entry.size) });
        item->setData(0, Qt::UserRole, entry.path);
        item->setToolTip(0, entry.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restoreButton->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    return current ? current->data(0, Qt::UserRole).toString() : QString();
}
