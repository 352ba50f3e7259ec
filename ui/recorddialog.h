#pragma once

// The keyboard and closing behaviour every dialog that edits a record shares: Enter saves from
// a line, Ctrl+Enter from anywhere (a multi-line field too), and Esc, Cancel or the window's
// close button ask Save, Discard or keep editing when a field differs from what it opened with.

#include <QDialog>
#include <QVariantList>

class QPushButton;

class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    // A field differs from what it held when the dialog was first shown.
    bool hasChanges() const;

public slots:
    // With changes, asks first; Save in the question is the dialog's own Save (accept()).
    void reject() override;

protected:
    // What the fields hold now, in a form that compares equal when nothing was changed.
    virtual QVariantList fieldValues() const = 0;
    // The button that saves: the default one (Enter), and the one Ctrl+Enter clicks.
    void setSaveButton(QPushButton *button);
    // Tab goes through the widgets in this order.
    static void chainTabOrder(const QList<QWidget *> &widgets);

    void showEvent(QShowEvent *event) override;

private:
    void saveFromShortcut();

    QPushButton *m_saveButton = nullptr;
    QVariantList m_opening;
    bool m_shown = false;
};
