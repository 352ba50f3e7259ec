#pragma once

// Draws items of several wrapped lines, such as the lead's timeline, with room for every line:
// Qt 6.4's size hint falls short of what it paints when a line is set in a fallback font taller
// than the view's own (Devanagari beside Latin text), and the painter then cuts the item after
// its first line and elides it.

#include <QStyledItemDelegate>

class WrappedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
