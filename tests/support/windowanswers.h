#pragma once

// Answers to windows that are yet to show: a modal dialog's exec() holds the test until it is
// closed, so what the person would do there is set up before and done when the window shows.

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

// The answers still waiting for their window. A test's cleanup() ends them (forgetPendingAnswers):
// one left running would answer the next test's question, and write into a string that is gone.
inline QObject &pendingAnswers()
{
    static QObject pending;
    return pending;
}

inline void forgetPendingAnswers()
{
    qDeleteAll(pendingAnswers().findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
}

// Acts on the next visible top-level widget of type Widget, whichever event loop shows it. The
// timer gives up when the caller deletes it (a window that must not come).
template<typename Widget> QPointer<QTimer> actOnNext(std::function<void(Widget *)> act)
{
    auto *timer = new QTimer(&pendingAnswers());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *found = qobject_cast<Widget *>(widget);
            if (!found || !found->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            act(found);
            return;
        }
    });
    timer->start();
    return timer;
}

// Which of a message box's words the answer gives back.
enum class MessageBoxWords {
    Text,
    TextAndInformativeText, // on two lines
};

// Answers the next message box with button (closes it when it has no such button); gives its
// words in text.
inline QPointer<QTimer> answerNextMessageBox(QMessageBox::StandardButton button,
                                             QString *text = nullptr,
                                             MessageBoxWords words = MessageBoxWords::Text)
{
    return actOnNext<QMessageBox>([button, text, words](QMessageBox *box) {
        if (text) {
            *text = words == MessageBoxWords::Text
                ? box->text()
                : box->text() + QLatin1Char('\n') + box->informativeText();
        }
        if (QAbstractButton *answer = box->button(button))
            answer->click();
        else
            box->close();
    });
}

inline bool messageBoxShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(widget) && widget->isVisible())
            return true;
    }
    return false;
}

// Acts on the next modal dialog of that name once it shows.
inline void whenModalNamed(const QString &name, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer(&pendingAnswers());
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
    auto *timer = new QTimer(&pendingAnswers());
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
