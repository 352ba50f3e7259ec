#pragma once

// How the window writes moments for people: in the user's locale and local time.

#include <QString>

class QDateTime;

class DisplayText final
{
public:
    // "Monday, 13 January 2025, 11:37": the local day and time in words, for reading.
    static QString longDateTime(const QDateTime &moment);
};
