#include "leadstatusdelegate.h"

#include "itemmodels/leadtablemodel.h"

#include <QComboBox>

namespace {

void addStatuses(QComboBox *editor)
{
    for (LeadStatus status : LeadStatuses::all())
        editor->addItem(LeadStatuses::displayName(status), int(status));
}

} // namespace

LeadStatusDelegate::LeadStatusDelegate(QObject *parent)
    : RowTextDelegate(parent)
{ }

QWidget *LeadStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("leadStatusEditor"));
    editor->setAccessibleName(tr("Status"));
    addStatuses(editor);
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

QSize LeadStatusDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize hint = RowTextDelegate::sizeHint(option, index);
    if (m_editorFont != option.font || m_editorWidth < 0) {
        // Measured on the editor itself: its margins, arrow and the ink of Devanagari are the
        // style's to know. Once for each font, not for each row.
        QComboBox editor;
        editor.setFont(option.font);
        addStatuses(&editor);
        m_editorFont = option.font;
        m_editorWidth = editor.sizeHint().width();
    }
    hint.setWidth(qMax(hint.width(), m_editorWidth));
    return hint;
}
