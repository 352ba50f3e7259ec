#pragma once

// What the rules need to know about rows that a draft refers to, answered by the database in
// the app and by a fake in the rules' tests.

#include <QtGlobal>

#include <optional>

class ReferenceLookup
{
public:
    virtual ~ReferenceLookup() = default;
    virtual bool leadExists(qint64 lead) const = 0;
    virtual std::optional<qint64> leadOfContact(qint64 contact) const = 0;
    // Whether any interaction names the contact; true as well when that cannot be told, so that
    // a move is refused rather than interactions left under another lead.
    virtual bool contactHasInteractions(qint64 contact) const = 0;
};
