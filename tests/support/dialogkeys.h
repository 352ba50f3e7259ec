#pragma once

// Keys sent as a person sends them on a screen: to an open completer list first, then to the
// focus.

#include <QApplication>
#include <QTest>

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
