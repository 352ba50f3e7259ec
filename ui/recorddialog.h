#pragma once

// What every dialog that edits a record shares: Enter saves from a line, Ctrl+Enter from anywhere
// (a multi-line field too), and Esc, Cancel or the window's close button ask Save, Discard or
// keep editing when a field differs from what it opened with; each field's problems show beside
// it once the person has touched it, Save only while there are none; and what a save that the
// store refused means.

#include "core/validationerrors.h"
#include "storage/storeresult.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QSet>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;
class FieldProblemLabel;
class QFormLayout;
class QLabel;
class QPushButton;

class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    // A field differs from what it held when the dialog was first shown.
    bool hasChanges() const;
    QPushButton *saveButton() const { return m_saveButton; }
    // Every problem the rules find now, whether or not it is shown yet.
    virtual ValidationErrors problems() const { return {}; }

    // Opens the stored record id in a Dialog over parent, filled by show, saving with write.
    template<typename Store, typename Dialog, typename Record>
    static void editStored(Database &database, std::optional<qint64> id, QWidget *parent,
                           void (Dialog::*show)(const Record &),
                           const typename Dialog::Write &write)
    {
        if (!id)
            return;
        const StoreResult<Record> stored = Store(database).get(*id);
        if (!stored.ok())
            return;
        Dialog dialog(database, parent);
        (dialog.*show)(stored.value);
        dialog.setWrite(write);
        dialog.exec();
    }

public slots:
    // With changes, asks first; Save in the question is the dialog's own Save (accept()).
    void reject() override;

protected:
    // What the fields hold now, in a form that compares equal when nothing was changed.
    virtual QVariantList fieldValues() const = 0;
    // The button that saves: the default one (Enter), and the one Ctrl+Enter clicks.
    void setSaveButton(QPushButton *button);
    // save (the save button, named saveName) and Cancel, wired to accept() and reject().
    QDialogButtonBox *makeButtons(QDialogButtonBox::StandardButton save = QDialogButtonBox::Save,
                                  const QString &saveName = QStringLiteral("saveButton"));
    // Tab goes through the widgets in this order.
    static void chainTabOrder(const QList<QWidget *> &widgets);
    // A note inserted at row of form, hidden while empty (see showNote()): said, not forbidden,
    // such as another record's having the name typed.
    QLabel *addNote(QFormLayout *form, int row);
    static void showNote(QLabel *note, const QString &text);

    // Where each field's problems show, by field key, as FormRow::form() fills it.
    QHash<QString, FieldProblemLabel *> &problemLabels() { return m_problemLabels; }
    void touch(const QString &field) { m_touched.insert(field); }
    void untouch(const QString &field) { m_touched.remove(field); }
    void touchEveryField();
    // A slot for a field's edit signal: the field is touched and the problems checked again.
    std::function<void()> touchAndValidate(const QString &field);
    virtual void validate() { showProblems(problems()); }
    // The problems of the touched fields beside them; Save only while there are none.
    void showProblems(const ValidationErrors &errors);

    // True when the store wrote the record; else says why and the dialog stays open: beside the
    // fields the rules refused, or in a box, gone when the record was deleted meanwhile, failed
    // (%1: the store's words) when the write failed.
    template<typename T>
    bool written(const StoreResult<T> &result, const QString &gone, const QString &failed)
    {
        return written(result.status, result.errors, result.failure, gone, failed);
    }

    void showEvent(QShowEvent *event) override;

private:
    void saveFromShortcut();
    bool written(StoreStatus status, const ValidationErrors &errors, const QString &failure,
                 const QString &gone, const QString &failed);

    QPushButton *m_saveButton = nullptr;
    QHash<QString, FieldProblemLabel *> m_problemLabels;
    QSet<QString> m_touched;
    QVariantList m_opening;
    bool m_shown = false;
};
