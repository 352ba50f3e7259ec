#pragma once

// Draws the cells of the interactions table: rows that arrived since the person last looked
// (InteractionTableModel::NewRole) on a tinted background, so that rows written through the API
// or by another process are noticed; amounts in the order column as AmountDelegate writes them;
// and every cell's text on one baseline that leaves room for Devanagari, whose vowel signs rise
// above the ascent its font reports, so that Hindi neither sits high nor touches the grid line.

#include <QFont>
#include <QStyledItemDelegate>

class InteractionRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionRowDelegate)

public:
    InteractionRowDelegate(int amountColumn, QObject *parent = nullptr);

    // A row's height for text in font, Devanagari included, with room around it.
    static int rowHeight(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_amountColumn;
};
