#include "formrow.h"

#include "fieldproblemlabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

FormRow::FormRow(const QString &fieldName, QWidget *field, const QList<QWidget *> &beside,
                 QWidget *parent)
    : QWidget(parent)
    , m_problemLabel(new FieldProblemLabel(fieldName, this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(field, 1);
    for (QWidget *widget : beside)
        line->addWidget(widget);
    column->addLayout(line);
    column->addWidget(m_problemLabel);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(fieldName);
}
