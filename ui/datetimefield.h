#pragma once

// A date, or date and time, field a person types into as text (ISO or the locale's short
// format, read by TypedDateTime), with a calendar to pick from and Up or Down to step a day.
// It never rewrites what was typed into another moment: text it cannot read reads as nothing,
// and reading() says why, for the form to show beside it.

#include "core/typeddatetime.h"

#include <QLineEdit>

#include <optional>

class DateTimeField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeField)

public:
    using Kind = TypedDateTime::Kind;

    explicit DateTimeField(Kind kind, QWidget *parent = nullptr);

    // Shows a moment in local time; while its text is untouched, dateTime() gives it back
    // exactly, seconds and all.
    void setDateTime(const QDateTime &time);
    void setDate(const QDate &date);
    // What the text reads as; nothing when it is not a date (or a date and time).
    std::optional<QDateTime> dateTime() const;
    std::optional<QDate> date() const;
    TypedDateTime reading() const;

    // As wide as a date (and time) with the calendar icon, not QLineEdit's seventeen letters:
    // the filter panel's width, and so the table's room in a small window, follow it.
    QSize sizeHint() const override;

public slots:
    void showCalendar();

signals:
    // The person changed it: typed, picked a day in the calendar or stepped with Up or Down.
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void putEdited(const QDateTime &time);

    Kind m_kind;
    QDateTime m_set;
    QString m_setText;
};
