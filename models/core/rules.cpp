#include "core/rules.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Rules {

namespace {

const char *const required = QT_TRANSLATE_NOOP("Rules", "This field is required.");
const char *const blank = QT_TRANSLATE_NOOP("Rules", "This field may not be blank.");
const char *const tooLong
    = QT_TRANSLATE_NOOP("Rules", "Ensure this field has no more than %1 characters.");
const char *const noSuchRow
    = QT_TRANSLATE_NOOP("Rules", "Invalid pk \"%1\" - object does not exist.");

void checkText(ValidationErrors &errors, const QString &field, const std::optional<QString> &text,
               int maxLength, bool mandatory)
{
    if (!text) {
        if (mandatory)
            errors.add(field, required);
        return;
    }
    if (mandatory && text->trimmed().isEmpty())
        errors.add(field, blank);
    if (text->size() > maxLength)
        errors.add(field, tooLong, { QString::number(maxLength) });
}

void checkEmail(ValidationErrors &errors, const std::optional<QString> &email)
{
    checkText(errors, QStringLiteral("email"), email, maxEmailLength, false);
    if (email && !email->isEmpty() && !isPlausibleEmail(*email))
        errors.add(QStringLiteral("email"),
                   QT_TRANSLATE_NOOP("Rules", "Enter a valid email address."));
}

void checkPhone(ValidationErrors &errors, const std::optional<QString> &phone)
{
    checkText(errors, QStringLiteral("phone"), phone, maxShortTextLength, false);
    if (phone && !phone->trimmed().isEmpty() && !isPlausiblePhone(*phone))
        errors.add(QStringLiteral("phone"),
                   QT_TRANSLATE_NOOP("Rules",
                                     "Enter a phone number: digits, perhaps with + ( ) - . and "
                                     "spaces."));
}

void checkLeadReference(ValidationErrors &errors, const std::optional<qint64> &lead,
                        const ReferenceLookup &references)
{
    if (!lead)
        errors.add(QStringLiteral("lead"), required);
    else if (!references.leadExists(*lead))
        errors.add(QStringLiteral("lead"), noSuchRow, { QString::number(*lead) });
}

} // namespace

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+()\\-. ]*[0-9][0-9+()\\-. ]*$"));
    return pattern.match(phone.trimmed()).hasMatch();
}

const char *chooseLead()
{
    return QT_TRANSLATE_NOOP("Rules", "Choose a lead, or add a new one.");
}

const char *chooseContact()
{
    return QT_TRANSLATE_NOOP("Rules", "Choose a contact, or add a new one.");
}

std::optional<Money> readTypedAmount(const QString &text, const QString &field,
                                     ValidationErrors &errors)
{
    // Group separators and spaces are how people write large amounts; the cents stay exact.
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(','));
    plain.remove(QLatin1Char(' '));
    Money::ParseError error = Money::ParseError::NotANumber;
    const std::optional<Money> amount = Money::fromDecimalText(plain, &error);
    if (amount)
        return amount;
    switch (error) {
    case Money::ParseError::NotANumber:
        errors.add(field,
                   QT_TRANSLATE_NOOP("Rules", "Type the amount as a number, such as 1250.50."));
        break;
    case Money::ParseError::TooManyDecimals:
        errors.add(field,
                   QT_TRANSLATE_NOOP(
                       "Rules", "Enter an amount with at most two decimals, such as 1250.50."));
        break;
    case Money::ParseError::TooManyDigits:
        errors.add(field, QT_TRANSLATE_NOOP("Rules", "This is too large: the most is %1."),
                   { Money::fromCents(Money::maximumCents).toLocaleText(QLocale()) });
        break;
    }
    return std::nullopt;
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(email).hasMatch();
}

ValidationErrors checkInteraction(const InteractionDraft &draft, const ReferenceLookup &references)
{
    ValidationErrors errors;
    checkLeadReference(errors, draft.lead, references);
    if (!draft.contact) {
        errors.add(QStringLiteral("contact"), required);
    } else if (const std::optional<qint64> owner = references.leadOfContact(*draft.contact);
               !owner) {
        errors.add(QStringLiteral("contact"), noSuchRow, { QString::number(*draft.contact) });
    } else if (draft.lead && *owner != *draft.lead && !errors.has(QStringLiteral("lead"))) {
        errors.add(QStringLiteral("contact"),
                   QT_TRANSLATE_NOOP("Rules", "Contact %1 does not belong to lead %2."),
                   { QString::number(*draft.contact), QString::number(*draft.lead) });
    }
    if (!draft.type)
        errors.add(QStringLiteral("interaction_type"), required);
    checkText(errors, QStringLiteral("details"), draft.details, maxLongTextLength, false);
    if (!draft.orderPlaced)
        errors.add(QStringLiteral("order_placed"), required);
    if (!draft.date)
        errors.add(QStringLiteral("date"), required);
    return errors;
}

ValidationErrors checkLead(const LeadDraft &draft)
{
    ValidationErrors errors;
    checkText(errors, QStringLiteral("name"), draft.name, maxNameLength, true);
    if (!draft.status)
        errors.add(QStringLiteral("status"), required);
    checkText(errors, QStringLiteral("city"), draft.city, maxShortTextLength, false);
    checkPhone(errors, draft.phone);
    checkEmail(errors, draft.email);
    checkText(errors, QStringLiteral("notes"), draft.notes, maxLongTextLength, false);
    return errors;
}

ValidationErrors checkPersonName(const QString &name)
{
    ValidationErrors errors;
    checkText(errors, QStringLiteral("name"), name, maxNameLength, true);
    if (std::any_of(name.cbegin(), name.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        errors.add(QStringLiteral("name"),
                   QT_TRANSLATE_NOOP(
                       "Rules", "A name may not hold line breaks or other control characters."));
    return errors;
}

ValidationErrors checkContact(const ContactDraft &draft, const ReferenceLookup &references)
{
    ValidationErrors errors;
    checkLeadReference(errors, draft.lead, references);
    checkText(errors, QStringLiteral("name"), draft.name, maxNameLength, true);
    checkText(errors, QStringLiteral("role"), draft.role, maxShortTextLength, false);
    checkEmail(errors, draft.email);
    checkPhone(errors, draft.phone);
    return errors;
}

ValidationErrors checkContactChange(const ContactDraft &draft, const Contact &stored,
                                    const ReferenceLookup &references)
{
    ValidationErrors errors = checkContact(draft, references);
    // Moving a contact to another lead would leave its interactions under the old lead.
    if (draft.lead != stored.lead && !errors.has(QStringLiteral("lead"))
        && references.contactHasInteractions(stored.id))
        errors.add(
            QStringLiteral("lead"),
            QT_TRANSLATE_NOOP("Rules", "A contact with interactions cannot move to another lead."));
    return errors;
}

ValidationErrors checkOrderDetails(const OrderDetailsDraft &draft)
{
    ValidationErrors errors;
    checkText(errors, QStringLiteral("product_details"), draft.productDetails, maxLongTextLength,
              true);
    if (!draft.quantity)
        errors.add(QStringLiteral("quantity"), required);
    else if (*draft.quantity < 1)
        errors.add(QStringLiteral("quantity"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this value is greater than or equal to 1."));
    else if (*draft.quantity > maxQuantity)
        errors.add(QStringLiteral("quantity"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this value is less than or equal to %1."),
                   { QString::number(maxQuantity) });
    if (!draft.totalPrice)
        errors.add(QStringLiteral("total_price"), required);
    else if (draft.totalPrice->cents() < 0)
        errors.add(QStringLiteral("total_price"),
                   QT_TRANSLATE_NOOP("Rules", "Ensure this value is greater than or equal to 0."));
    if (!draft.orderDate)
        errors.add(QStringLiteral("order_date"), required);
    return errors;
}

} // namespace Rules
