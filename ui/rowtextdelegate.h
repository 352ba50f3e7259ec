#pragma once

// Draws a table cell's text on one baseline for the whole row that leaves room for Devanagari,
// whose vowel signs rise above the ascent its font reports, so that Hindi in any column neither
// sits high nor touches the grid line above, and sits level with Latin text beside it.

#include <QFont>
#include <QStyledItemDelegate>

class RowTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTextDelegate)

public:
    explicit RowTextDelegate(QObject *parent = nullptr);

    // A row's height for text in font, Devanagari included, with room around it.
    static int rowHeight(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
