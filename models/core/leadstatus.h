#pragma once

// Where a lead stands in the sales funnel, with its codes as stored and as the API speaks them.

#include <QList>
#include <QString>

#include <optional>

enum class LeadStatus { New, Contacted, MeetingScheduled, Negotiating, Converted, Lost };

namespace LeadStatuses {
const QList<LeadStatus> &all();
QString code(LeadStatus status); // "MEETING_SCHEDULED"
std::optional<LeadStatus> fromCode(const QString &code);
QString displayName(LeadStatus status); // translated, for people
} // namespace LeadStatuses
