#pragma once

// What the dialog tests do as a person does: keys sent where a screen sends them (an open
// completer list first), questions answered when they show.

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

// The answers waiting for a message box. A test's cleanup() ends them: one left running would
// answer the next test's question, and write its text into a string that is gone.
inline QObject &unansweredMessageBoxes()
{
    static QObject pending;
    return pending;
}

inline void forgetUnansweredMessageBoxes()
{
    qDeleteAll(unansweredMessageBoxes().findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
}

// Answers the next message box, whichever dialog's event loop shows it; gives its text. The
// timer gives up when the caller deletes it (a question that must not come).
inline QPointer<QTimer> answerNextMessageBox(QMessageBox::StandardButton button,
                                             QString *text = nullptr)
{
    auto *timer = new QTimer(&unansweredMessageBoxes());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            if (text)
                *text = box->text();
            timer->stop();
            timer->deleteLater();
            if (QAbstractButton *answer = box->button(button))
                answer->click();
            else
                box->close();
            return;
        }
    });
    timer->start();
    return timer;
}

// Where a key goes on a screen: to an open popup (a completer's list, whose filter passes it on
// to its field) before the focus.
inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

inline void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyTarget();
        QVERIFY(target);
        // Beyond ASCII (the dash of a label) as an input method gives it: text, no key.
        if (c.unicode() < 0x80)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(none)");
}

// Acts on the next modal dialog of that name once it shows.
inline void whenModalNamed(const QString &name, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

// Chooses the entry whose text is label in the next "which one" question.
inline void chooseNext(const QString &label, QStringList *offered = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, label, offered] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String("recordChooser"))
            return;
        timer->stop();
        timer->deleteLater();
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("choices"));
        QStringList texts;
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
        if (offered)
            *offered = texts;
        // Down to it and Enter, as a person would.
        while (list->currentItem() && list->currentItem()->text() != label
               && list->currentRow() < list->count() - 1)
            QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
    });
    timer->start();
}
