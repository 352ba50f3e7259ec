#pragma once

// A form field with the message about its problems beneath it, as one widget for a QFormLayout
// row; its layout keeps the message close to the field it speaks of.

#include <QHash>
#include <QList>
#include <QWidget>

#include <tuple>

class FieldProblemLabel;
class QFormLayout;

class FormRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormRow)

public:
    // Takes field (and any buttons beside it) as children; the label is made here.
    FormRow(const QString &fieldName, QWidget *field, const QList<QWidget *> &beside = {},
            QWidget *parent = nullptr);
    FieldProblemLabel *problemLabel() const { return m_problemLabel; }

    // Field key, label with its accelerator, accessible name, widget.
    using Spec = std::tuple<QString, QString, QString, QWidget *>;
    // A form of such rows, each label the buddy of its widget; problemLabels gets each row's
    // message label under its field key.
    static QFormLayout *form(const QList<Spec> &rows,
                             QHash<QString, FieldProblemLabel *> &problemLabels);

private:
    FieldProblemLabel *m_problemLabel;
};
