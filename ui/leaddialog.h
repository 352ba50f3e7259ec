#pragma once

// Creates or edits a lead, showing each problem beside its field as it is typed and saying when
// another lead has the name; it writes through the store and stays open with its contents when
// the write fails.

#include "core/lead.h"
#include "core/leaddraft.h"
#include "core/validationerrors.h"
#include "recorddialog.h"

#include <functional>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class LeadDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDialog)

public:
    explicit LeadDialog(Database &database, QWidget *parent = nullptr);

    void setLead(const Lead &lead); // edit this one
    void setName(const QString &name); // a start for a new one
    // How Save writes: by default straight through the store; the window writes through an undo
    // command instead. original: the lead edited, if any.
    using Write = std::function<StoreResult<Lead>(const std::optional<Lead> &original,
                                                  const LeadDraft &draft)>;
    void setWrite(Write write) { m_write = std::move(write); }
    Lead saved() const { return m_saved; }
    ValidationErrors problems() const override;

public slots:
    void accept() override;

protected:
    QVariantList fieldValues() const override;

private:
    LeadDraft draft() const;
    void showSameName();

    Database &m_database;
    QLineEdit *m_nameEdit;
    QComboBox *m_statusPicker;
    QLineEdit *m_cityEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_emailEdit;
    QPlainTextEdit *m_notesEdit;
    QLabel *m_sameNameNote;
    std::optional<Lead> m_original;
    Lead m_saved;
    Write m_write;
};
