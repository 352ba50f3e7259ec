#pragma once

// The contract's JSON form of leads, contacts, interactions and order details: written with the
// contract's keys in its order, read into drafts with every field's problem recorded.

#include "core/contact.h"
#include "core/contactdraft.h"
#include "core/interaction.h"
#include "core/interactiondraft.h"
#include "core/lead.h"
#include "core/leaddraft.h"
#include "core/orderdetails.h"
#include "core/orderdetailsdraft.h"
#include "core/validationerrors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace JsonForm {
QByteArray write(const Interaction &interaction);
QByteArray write(const Lead &lead);
QByteArray write(const Contact &contact);
QByteArray write(const OrderDetails &details);

template<typename T> QByteArray writeList(const QList<T> &items)
{
    QList<QByteArray> texts;
    texts.reserve(items.size());
    for (const T &item : items)
        texts.append(write(item));
    QByteArray result = "[";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            result += ',';
        result += texts.at(i);
    }
    return result + ']';
}

// DRF's shapes: {"field": ["message", ...]} in the contract's field order, and {"detail": "..."}.
QByteArray writeErrors(const ValidationErrors &errors, const QStringList &fieldOrder);
QByteArray writeDetail(const QString &message);

const QStringList &interactionFields();
const QStringList &leadFields();
const QStringList &contactFields();
const QStringList &orderDetailsFields();

InteractionDraft readInteraction(const QJsonObject &object, ValidationErrors &errors);
LeadDraft readLead(const QJsonObject &object, ValidationErrors &errors);
ContactDraft readContact(const QJsonObject &object, ValidationErrors &errors);
OrderDetailsDraft readOrderDetails(const QJsonObject &object, ValidationErrors &errors);
} // namespace JsonForm
