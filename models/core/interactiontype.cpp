#include "core/interactiontype.h"

#include <QCoreApplication>

namespace InteractionTypes {

const QList<InteractionType> &all()
{
    static const QList<InteractionType> types { InteractionType::Call, InteractionType::Email,
                                                InteractionType::Meeting, InteractionType::Visit,
                                                InteractionType::Order };
    return types;
}

QString code(InteractionType type)
{
    switch (type) {
    case InteractionType::Call:
        return QStringLiteral("CALL");
    case InteractionType::Email:
        return QStringLiteral("EMAIL");
    case InteractionType::Meeting:
        return QStringLiteral("MEETING");
    case InteractionType::Visit:
        return QStringLiteral("VISIT");
    case InteractionType::Order:
        return QStringLiteral("ORDER");
    }
    Q_UNREACHABLE();
}

std::optional<InteractionType> fromCode(const QString &text)
{
    for (InteractionType type : all()) {
        if (code(type) == text)
            return type;
    }
    return std::nullopt;
}

QString displayName(InteractionType type)
{
    switch (type) {
    case InteractionType::Call:
        return QCoreApplication::translate("InteractionType", "Call");
    case InteractionType::Email:
        return QCoreApplication::translate("InteractionType", "Email");
    case InteractionType::Meeting:
        return QCoreApplication::translate("InteractionType", "Meeting");
    case InteractionType::Visit:
        return QCoreApplication::translate("InteractionType", "Visit");
    case InteractionType::Order:
        return QCoreApplication::translate("InteractionType", "Order");
    }
    Q_UNREACHABLE();
}

} // namespace InteractionTypes
