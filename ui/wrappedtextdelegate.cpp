#include "wrappedtextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>
#include <QTextLayout>

#include <cmath>

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Each line's own height, as the painter lays it out, rounded up one by one: the rounding
    // of their sum is where the size hint came out short.
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(textOption);
    // The lines are as wide as the view lets them be; the hint's own width is the text's widest.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int margin = 2 * (QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const qreal width = view ? qMax(1, view->viewport()->width() - 2 * margin) : size.width();
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += std::ceil(line.height());
    }
    layout.endLayout();
    size.setHeight(qMax(size.height(), int(std::ceil(height)) + 2));
    return size;
}
