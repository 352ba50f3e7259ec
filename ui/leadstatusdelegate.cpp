#include "leadstatusdelegate.h"

#include "leadtablemodel.h"

#include <QComboBox>

LeadStatusDelegate::LeadStatusDelegate(QObject *parent)
    : RowTextDelegate(parent)
{ }

QWidget *LeadStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("leadStatusEditor"));
    editor->setAccessibleName(tr("Status"));
    for (LeadStatus status : LeadStatuses::all())
        editor->addItem(LeadStatuses::displayName(status), int(status));
    emit editingStarted();
    return editor;
}

void LeadStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int found = combo->findData(index.data(LeadTableModel::StatusRole));
    if (found >= 0)
        combo->setCurrentIndex(found);
}

void LeadStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                      const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const auto from = LeadStatus(index.data(LeadTableModel::StatusRole).toInt());
    const auto to = LeadStatus(combo->currentData().toInt());
    if (from != to)
        emit statusChosen(index.data(LeadTableModel::IdRole).toLongLong(), from, to);
}

void LeadStatusDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    RowTextDelegate::destroyEditor(editor, index);
    emit editingEnded();
}
