// libFuzzer target: any bytes as a request body, read as JSON into every draft kind and written
// back, as the REST API does before the store sees it.
#include "json/jsonform.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const QJsonObject object = document.object();

    ValidationErrors errors;
    const InteractionDraft interaction = JsonForm::readInteraction(object, errors);
    const LeadDraft lead = JsonForm::readLead(object, errors);
    const ContactDraft contact = JsonForm::readContact(object, errors);
    const OrderDetailsDraft order = JsonForm::readOrderDetails(object, errors);
    QByteArray out = JsonForm::writeErrors(errors, JsonForm::interactionFields());

    // Whatever was read must write back as valid JSON.
    if (interaction.lead && interaction.contact && interaction.type && interaction.details
        && interaction.orderPlaced && interaction.date) {
        out = JsonForm::write(Interaction { 1, *interaction.lead, *interaction.contact,
                                            *interaction.type, *interaction.details,
                                            *interaction.orderPlaced, *interaction.date });
        if (QJsonDocument::fromJson(out).isNull())
            __builtin_trap();
    }
    if (lead.name && order.productDetails && order.quantity && order.totalPrice
        && order.orderDate) {
        out = JsonForm::write(OrderDetails { 1, *order.productDetails, *order.quantity,
                                             *order.totalPrice, *order.orderDate });
        if (QJsonDocument::fromJson(out).isNull())
            __builtin_trap();
    }
    if (contact.name)
        out = JsonForm::write(Contact { 1, 1, *contact.name, {}, {}, {} });
    if (QJsonDocument::fromJson(JsonForm::writeErrors(errors, {})).isNull())
        __builtin_trap();
    return 0;
}
