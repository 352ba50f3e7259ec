#pragma once

// Draws the cells of the interactions table: rows that arrived since the person last looked
// (InteractionTableModel::NewRole) on a tinted background, so that rows written through the API
// or by another process are noticed; amounts in the order column as AmountDelegate writes them;
// and every cell's text on the row's baseline that leaves room for Devanagari (RowTextDelegate).

#include "rowtextdelegate.h"

class InteractionRowDelegate final : public RowTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionRowDelegate)

public:
    InteractionRowDelegate(int amountColumn, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_amountColumn;
};
