#include "interactionrowdelegate.h"

#include "amountdelegate.h"
#include "itemmodels/interactiontablemodel.h"

#include <QPalette>

InteractionRowDelegate::InteractionRowDelegate(int amountColumn, QObject *parent)
    : RowTextDelegate(parent)
    , m_amountColumn(amountColumn)
{ }

void InteractionRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_amountColumn && option->features & QStyleOptionViewItem::HasDisplay)
        option->text = AmountDelegate::amountText(index.data(), option->locale);
    if (index.data(InteractionTableModel::NewRole).toBool()) {
        // The selection's colour, faint: a selected new row still looks selected.
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(64);
        option->backgroundBrush = tint;
    }
}
