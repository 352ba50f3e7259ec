#pragma once

// Creates or edits one interaction with its order details: pickers with type-ahead, each problem
// shown beside its field as it is typed (from the core's rules), Save only when all is well. It
// writes through the store and stays open with its contents when the write fails.

#include "core/interaction.h"
#include "core/interactiondraft.h"
#include "core/orderdetails.h"
#include "core/orderdetailsdraft.h"
#include "core/validationerrors.h"
#include "recorddialog.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class ContactListModel;
class Database;
class DateTimeField;
class FieldProblemLabel;
class LeadListModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class RecordPicker;

class InteractionDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    explicit InteractionDialog(Database &database, QWidget *parent = nullptr);
    ~InteractionDialog() override;

    // Turns the dialog into the editor of a stored interaction.
    void setInteraction(const Interaction &interaction, const std::optional<OrderDetails> &order);
    // Starting points for a new one, such as the lead and contact the table is filtered on.
    void setLead(qint64 lead);
    void setContact(qint64 contact);

    bool isEditing() const { return m_original.has_value(); }
    std::optional<Interaction> original() const { return m_original; }
    std::optional<OrderDetails> originalOrder() const { return m_originalOrder; }
    // How Save writes the drafts (of a new interaction, or of the one set): by default
    // straight through the store; the window writes through an undo command instead.
    using Write = std::function<StoreResult<Interaction>(
        const InteractionDraft &draft, const std::optional<OrderDetailsDraft> &order)>;
    void setWrite(Write write) { m_write = std::move(write); }

    // What was written, once the dialog was accepted.
    Interaction saved() const { return m_saved; }
    std::optional<OrderDetails> savedOrder() const { return m_savedOrder; }

    ValidationErrors problems() const override;

public slots:
    void accept() override;

protected:
    QVariantList fieldValues() const override;

private:
    void validate() override;
    // Touches field and every one above it: what the person has passed by.
    void touchThrough(const QString &field);
    InteractionDraft draft() const;
    std::optional<OrderDetailsDraft> orderDraft() const;
    void leadChanged();
    void addLead();
    void addContact();
    void updateOrderGroup();
    // As tall as the fields want, but never taller than the screen; the fields scroll.
    void fitToScreen();
    void focusFirstNeeded();

    Database &m_database;
    LeadListModel *m_leads;
    ContactListModel *m_contacts;
    RecordPicker *m_leadPicker;
    RecordPicker *m_contactPicker;
    QToolButton *m_addLeadButton;
    QToolButton *m_addContactButton;
    QComboBox *m_typePicker;
    DateTimeField *m_dateEdit;
    QPlainTextEdit *m_detailsEdit;
    QCheckBox *m_orderPlacedCheck;
    QGroupBox *m_orderGroup;
    QLineEdit *m_productEdit;
    QSpinBox *m_quantitySpin;
    QLineEdit *m_totalPriceEdit;
    DateTimeField *m_orderDateEdit;
    QScrollArea *m_fieldsScroll; // the fields, so that the dialog fits a short screen
    QLabel *m_stillNeeded; // beside a greyed Save: which fields it waits for
    bool m_orderDateFollowsDate = true;

    std::optional<Interaction> m_original;
    std::optional<OrderDetails> m_originalOrder;
    Interaction m_saved;
    std::optional<OrderDetails> m_savedOrder;
    Write m_write;
};
