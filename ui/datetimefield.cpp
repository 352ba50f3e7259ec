#include "datetimefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QIcon>
#include <QKeyEvent>

DateTimeField::DateTimeField(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    setPlaceholderText(kind == Kind::DateAndTime ? tr("yyyy-mm-dd hh:mm") : tr("yyyy-mm-dd"));
    QAction *calendar
        = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendarAction"));
    calendar->setText(tr("Choose from a calendar"));
    calendar->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateTimeField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateTimeField::edited);
}

void DateTimeField::setDateTime(const QDateTime &time)
{
    m_set = time.toLocalTime();
    m_setText = m_set.isValid() ? TypedDateTime::format(m_set, m_kind) : QString();
    setText(m_setText);
}

void DateTimeField::setDate(const QDate &date)
{
    setDateTime(date.startOfDay());
}

QSize DateTimeField::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    // What QLineEdit adds around its text: frame, margins and the calendar action's room.
    const int chrome = hint.width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17;
    const QString widest
        = TypedDateTime::format(QDateTime(QDate(2000, 12, 31), QTime(23, 59)), m_kind);
    const int text
        = qMax(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(placeholderText()));
    hint.setWidth(text + chrome + metrics.averageCharWidth() * 2);
    return hint;
}

TypedDateTime DateTimeField::reading() const
{
    return TypedDateTime::read(text(), m_kind, locale(), QDate::currentDate());
}

std::optional<QDateTime> DateTimeField::dateTime() const
{
    if (m_set.isValid() && text() == m_setText)
        return m_set;
    const TypedDateTime typed = reading();
    if (!typed.isValid())
        return std::nullopt;
    return typed.dateTime();
}

std::optional<QDate> DateTimeField::date() const
{
    const std::optional<QDateTime> time = dateTime();
    return time ? std::optional<QDate>(time->date()) : std::nullopt;
}

void DateTimeField::putEdited(const QDateTime &time)
{
    setText(TypedDateTime::format(time, m_kind));
    selectAll();
    emit edited();
}

void DateTimeField::showCalendar()
{
    auto *calendar = new QCalendarWidget(this);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setLocale(locale());
    const std::optional<QDateTime> current = dateTime();
    calendar->setSelectedDate(current ? current->date() : QDate::currentDate());
    // A day picked keeps the time already there.
    auto pick = [this, calendar, current](const QDate &day) {
        calendar->close();
        putEdited(QDateTime(day, current ? current->time() : QTime(0, 0)));
        setFocus(Qt::PopupFocusReason);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick);
    calendar->adjustSize();
    calendar->move(mapToGlobal(QPoint(width() - calendar->width(), height())));
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

void DateTimeField::keyPressEvent(QKeyEvent *event)
{
    const bool down = event->key() == Qt::Key_Down;
    if ((down && event->modifiers() & Qt::AltModifier) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    if ((down || event->key() == Qt::Key_Up) && !(event->modifiers() & ~Qt::KeypadModifier)) {
        // A day later or earlier, at the same time; text that is no date is left for the
        // person to mend.
        if (const std::optional<QDateTime> current = dateTime())
            putEdited(current->addDays(down ? -1 : 1));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateTimeField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // What was typed is shown back in the one form every field uses ("28/11/26" as
    // "2026-11-28"), so that the person sees how it was read; the moment stays the same.
    if (event->reason() == Qt::PopupFocusReason || text() == m_setText)
        return;
    const TypedDateTime typed = reading();
    if (typed.isValid())
        setText(TypedDateTime::format(typed.dateTime(), m_kind));
}
