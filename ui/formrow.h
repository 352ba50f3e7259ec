#pragma once

// A form field with the message about its problems beneath it, as one widget for a QFormLayout
// row; its layout keeps the message close to the field it speaks of.

#include <QWidget>

class FieldProblemLabel;

class FormRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormRow)

public:
    // Takes field (and any buttons beside it) as children; the label is made here.
    FormRow(const QString &fieldName, QWidget *field, const QList<QWidget *> &beside = {},
            QWidget *parent = nullptr);
    FieldProblemLabel *problemLabel() const { return m_problemLabel; }

private:
    FieldProblemLabel *m_problemLabel;
};
