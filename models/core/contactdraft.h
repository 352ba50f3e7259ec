#pragma once

// A contact as a front end proposes it: each field set or left out.

#include "core/contact.h"

#include <optional>

struct ContactDraft
{
    std::optional<qint64> lead;
    std::optional<QString> name;
    std::optional<QString> role;
    std::optional<QString> email;
    std::optional<QString> phone;

    static ContactDraft from(const Contact &contact);
    ContactDraft over(const Contact &base) const;
};
