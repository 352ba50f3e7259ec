#include "fieldproblemlabel.h"

FieldProblemLabel::FieldProblemLabel(const QString &field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::BrightText);
    QPalette colours = palette();
    // Dark red reads on the light and the dark Fusion palettes alike.
    colours.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(colours);
    setForegroundRole(QPalette::WindowText);
    setAccessibleName(tr("Problem with %1").arg(field));
    // A line is kept for the message while there is none, so that the fields below do not
    // jump from under the pointer when one appears.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setMinimumHeight(fontMetrics().height());
    hide();
}

void FieldProblemLabel::setProblems(const QStringList &messages)
{
    if (messages == m_problems)
        return;
    m_problems = messages;
    setText(messages.join(QLatin1Char('\n')));
    setAccessibleDescription(text());
    setVisible(!messages.isEmpty());
}
