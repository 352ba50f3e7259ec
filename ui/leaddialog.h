#pragma once

// Creates or edits a lead, showing each problem beside its field as it is typed and saying when
// another lead has the name; it writes through the store and stays open with its contents when
// the write fails.

#include "core/lead.h"
#include "core/leaddraft.h"
#include "core/validationerrors.h"
#include "storage/leadstore.h"
#include "storedrecorddialog.h"

#include <optional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class LeadDialog final : public StoredRecordDialog<LeadStore, Lead, LeadDraft>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDialog)

public:
    explicit LeadDialog(Database &database, QWidget *parent = nullptr);

    void setLead(const Lead &lead); // edit this one
    void setName(const QString &name); // a start for a new one
    ValidationErrors problems() const override;

public slots:
    void accept() override;

protected:
    QVariantList fieldValues() const override;

private:
    LeadDraft draft() const;
    void showSameName();

    QLineEdit *m_nameEdit;
    QComboBox *m_statusPicker;
    QLineEdit *m_cityEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_emailEdit;
    QPlainTextEdit *m_notesEdit;
    QLabel *m_sameNameNote;
};
