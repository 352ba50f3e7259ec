#pragma once

// The message beside a form field saying what is wrong with it; hidden while nothing is, its
// line kept.

#include <QLabel>
#include <QStringList>

class FieldProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldProblemLabel)

public:
    // field: what the message is about, for people using a screen reader ("Lead").
    explicit FieldProblemLabel(const QString &field, QWidget *parent = nullptr);
    void setProblems(const QStringList &messages);
    QStringList problems() const { return m_problems; }
    // The field's name as the form shows it.
    QString field() const { return m_field; }

private:
    QString m_field;
    QStringList m_problems;
};
