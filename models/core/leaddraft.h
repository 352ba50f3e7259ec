#pragma once

// A lead as a front end proposes it: each field set or left out.

#include "core/lead.h"

#include <optional>

struct LeadDraft
{
    std::optional<QString> name;
    std::optional<LeadStatus> status;
    std::optional<QString> city;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> notes;

    static LeadDraft from(const Lead &lead);
    LeadDraft over(const Lead &base) const;
};
