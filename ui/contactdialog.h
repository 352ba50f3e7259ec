#pragma once

// Creates or edits a contact of a lead, showing each problem beside its field as it is typed and
// saying when the lead has another contact of that name; it writes through the store and stays
// open with its contents when the write fails.

#include "core/contact.h"
#include "core/contactdraft.h"
#include "core/validationerrors.h"
#include "storage/contactstore.h"
#include "storedrecorddialog.h"

#include <optional>

class Database;
class LeadListModel;
class QLabel;
class QLineEdit;
class RecordPicker;

class ContactDialog final : public StoredRecordDialog<ContactStore, Contact, ContactDraft>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    explicit ContactDialog(Database &database, QWidget *parent = nullptr);
    ~ContactDialog() override;

    void setContact(const Contact &contact); // edit this one
    void setLead(qint64 lead);
    void setName(const QString &name);
    ValidationErrors problems() const override;

public slots:
    void accept() override;

protected:
    QVariantList fieldValues() const override;

private:
    ContactDraft draft() const;
    void showSameName();

    LeadListModel *m_leads;
    RecordPicker *m_leadPicker;
    QLineEdit *m_nameEdit;
    QLineEdit *m_roleEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_phoneEdit;
    QLabel *m_sameNameNote;
};
