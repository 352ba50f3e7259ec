#include "headinglabel.h"

HeadingLabel::HeadingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}
