#include "json/jsonform.h"

#include "core/isotimestamp.h"
#include "json/jsonfieldreader.h"
#include "json/jsonobjectwriter.h"

namespace JsonForm {

QByteArray write(const Interaction &interaction)
{
    return JsonObjectWriter()
        .add("id", interaction.id)
        .add("lead", interaction.lead)
        .add("contact", interaction.contact)
        .add("interaction_type", InteractionTypes::code(interaction.type))
        .add("details", interaction.details)
        .add("order_placed", interaction.orderPlaced)
        .add("date", IsoTimestamp::format(interaction.date))
        .toJson();
}

QByteArray write(const Lead &lead)
{
    return JsonObjectWriter()
        .add("id", lead.id)
        .add("name", lead.name)
        .add("status", LeadStatuses::code(lead.status))
        .add("city", lead.city)
        .add("phone", lead.phone)
        .add("email", lead.email)
        .add("notes", lead.notes)
        .toJson();
}

QByteArray write(const Contact &contact)
{
    return JsonObjectWriter()
        .add("id", contact.id)
        .add("lead", contact.lead)
        .add("name", contact.name)
        .add("role", contact.role)
        .add("email", contact.email)
        .add("phone", contact.phone)
        .toJson();
}

QByteArray write(const OrderDetails &details)
{
    return JsonObjectWriter()
        .add("product_details", details.productDetails)
        .add("quantity", details.quantity)
        .addRaw("total_price", details.totalPrice.toDecimalText().toLatin1())
        .add("order_date", IsoTimestamp::format(details.orderDate))
        .toJson();
}

QByteArray writeErrors(const ValidationErrors &errors, const QStringList &fieldOrder)
{
    ValidationErrors sorted = errors;
    sorted.sortFields(fieldOrder);
    JsonObjectWriter writer;
    for (const QString &field : sorted.fields()) {
        QList<QByteArray> messages;
        for (const QString &message : sorted.englishMessages(field))
            messages.append(JsonObjectWriter::quoted(message));
        // Field names come from the contract or, for unknown keys, never reach here.
        writer.addRaw(field.toLatin1().constData(), JsonObjectWriter::array(messages));
    }
    return writer.toJson();
}

QByteArray writeDetail(const QString &message)
{
    return JsonObjectWriter().add("detail", message).toJson();
}

const QStringList &interactionFields()
{
    static const QStringList fields { QStringLiteral("lead"),
                                      QStringLiteral("contact"),
                                      QStringLiteral("interaction_type"),
                                      QStringLiteral("details"),
                                      QStringLiteral("order_placed"),
                                      QStringLiteral("date") };
    return fields;
}

const QStringList &leadFields()
{
    static const QStringList fields { QStringLiteral("name"),  QStringLiteral("status"),
                                      QStringLiteral("city"),  QStringLiteral("phone"),
                                      QStringLiteral("email"), QStringLiteral("notes") };
    return fields;
}

const QStringList &contactFields()
{
    static const QStringList fields { QStringLiteral("lead"), QStringLiteral("name"),
                                      QStringLiteral("role"), QStringLiteral("email"),
                                      QStringLiteral("phone") };
    return fields;
}

const QStringList &orderDetailsFields()
{
    static const QStringList fields { QStringLiteral("product_details"), QStringLiteral("quantity"),
                                      QStringLiteral("total_price"), QStringLiteral("order_date") };
    return fields;
}

InteractionDraft readInteraction(const QJsonObject &object, ValidationErrors &errors)
{
    JsonFieldReader reader(object, errors);
    InteractionDraft draft;
    draft.lead = reader.primaryKey(QStringLiteral("lead"));
    draft.contact = reader.primaryKey(QStringLiteral("contact"));
    draft.type = reader.choice<InteractionType>(QStringLiteral("interaction_type"),
                                                &InteractionTypes::fromCode);
    draft.details = reader.text(QStringLiteral("details"));
    draft.orderPlaced = reader.boolean(QStringLiteral("order_placed"));
    draft.date = reader.dateTime(QStringLiteral("date"));
    return draft;
}

LeadDraft readLead(const QJsonObject &object, ValidationErrors &errors)
{
    JsonFieldReader reader(object, errors);
    LeadDraft draft;
    draft.name = reader.text(QStringLiteral("name"));
    draft.status = reader.choice<LeadStatus>(QStringLiteral("status"), &LeadStatuses::fromCode);
    draft.city = reader.text(QStringLiteral("city"));
    draft.phone = reader.text(QStringLiteral("phone"));
    draft.email = reader.text(QStringLiteral("email"));
    draft.notes = reader.text(QStringLiteral("notes"));
    return draft;
}

ContactDraft readContact(const QJsonObject &object, ValidationErrors &errors)
{
    JsonFieldReader reader(object, errors);
    ContactDraft draft;
    draft.lead = reader.primaryKey(QStringLiteral("lead"));
    draft.name = reader.text(QStringLiteral("name"));
    draft.role = reader.text(QStringLiteral("role"));
    draft.email = reader.text(QStringLiteral("email"));
    draft.phone = reader.text(QStringLiteral("phone"));
    return draft;
}

OrderDetailsDraft readOrderDetails(const QJsonObject &object, ValidationErrors &errors)
{
    JsonFieldReader reader(object, errors);
    OrderDetailsDraft draft;
    draft.productDetails = reader.text(QStringLiteral("product_details"));
    draft.quantity = reader.integer(QStringLiteral("quantity"));
    draft.totalPrice = reader.money(QStringLiteral("total_price"));
    draft.orderDate = reader.dateTime(QStringLiteral("order_date"));
    return draft;
}

} // namespace JsonForm
