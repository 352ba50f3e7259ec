#include "core/leadstatus.h"

#include <QCoreApplication>

namespace LeadStatuses {

const QList<LeadStatus> &all()
{
    static const QList<LeadStatus> statuses {
        LeadStatus::New,         LeadStatus::Contacted, LeadStatus::MeetingScheduled,
        LeadStatus::Negotiating, LeadStatus::Converted, LeadStatus::Lost
    };
    return statuses;
}

QString code(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return QStringLiteral("NEW");
    case LeadStatus::Contacted:
        return QStringLiteral("CONTACTED");
    case LeadStatus::MeetingScheduled:
        return QStringLiteral("MEETING_SCHEDULED");
    case LeadStatus::Negotiating:
        return QStringLiteral("NEGOTIATING");
    case LeadStatus::Converted:
        return QStringLiteral("CONVERTED");
    case LeadStatus::Lost:
        return QStringLiteral("LOST");
    }
    Q_UNREACHABLE();
}

std::optional<LeadStatus> fromCode(const QString &text)
{
    for (LeadStatus status : all()) {
        if (code(status) == text)
            return status;
    }
    return std::nullopt;
}

QString displayName(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return QCoreApplication::translate("LeadStatus", "New");
    case LeadStatus::Contacted:
        return QCoreApplication::translate("LeadStatus", "Contacted");
    case LeadStatus::MeetingScheduled:
        return QCoreApplication::translate("LeadStatus", "Meeting scheduled");
    case LeadStatus::Negotiating:
        return QCoreApplication::translate("LeadStatus", "Negotiating");
    case LeadStatus::Converted:
        return QCoreApplication::translate("LeadStatus", "Converted");
    case LeadStatus::Lost:
        return QCoreApplication::translate("LeadStatus", "Lost");
    }
    Q_UNREACHABLE();
}

} // namespace LeadStatuses
