#include "formrow.h"

#include <QLabel>

#include <QFormLayout>

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

QFormLayout *FormRow::form(const QList<Spec> &rows,
                           QHash<QString, FieldProblemLabel *> &problemLabels)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, label, name, widget] : rows) {
        auto *row = new FormRow(name, widget);
        problemLabels.insert(field, row->problemLabel());
        form->addRow(label, row);
        if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(row)))
            buddy->setBuddy(widget);
    }
    return form;
}
