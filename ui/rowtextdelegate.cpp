#include "rowtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace {

struct Extent
{
    int ascent = 0;
    int descent = 0;
};

// How far text in font reaches above and below its baseline: the font's own ascent and descent,
// or the ink of Devanagari (set in a fallback font) where it reaches further.
Extent extentOf(const QFont &font)
{
    const QFontMetrics metrics(font);
    const QRect ink = metrics.boundingRect(QStringLiteral("हिन्दी कॉल ईमेल विज़िट ग्राहक"));
    return { qMax(metrics.ascent(), -ink.top() + 1), qMax(metrics.descent(), ink.bottom() + 1) };
}

} // namespace

RowTextDelegate::RowTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int RowTextDelegate::rowHeight(const QFont &font)
{
    const Extent extent = extentOf(font);
    return extent.ascent + extent.descent + 8;
}

// The style draws the cell without its text (background, selection, focus); the text follows
// on a baseline shared by every cell of the row, whatever script each holds.
void RowTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // The margin Qt's styles leave beside an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = cell.rect.adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(cell.font);
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString shown = metrics.elidedText(line, cell.textElideMode, room.width());
    const Extent extent = extentOf(cell.font);
    const int baseline
        = room.top() + (room.height() - extent.ascent - extent.descent) / 2 + extent.ascent;
    int x = room.left();
    if (cell.displayAlignment & Qt::AlignRight)
        x = room.right() + 1 - metrics.horizontalAdvance(shown);
    else if (cell.displayAlignment & Qt::AlignHCenter)
        x = room.left() + (room.width() - metrics.horizontalAdvance(shown)) / 2;

    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setClipRect(room);
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(
        group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QPoint(x, baseline), shown);
    painter->restore();
}
