#pragma once

// The leads and contacts a test starts from, written through the stores (so through the rules),
// and the count of rows a test checks after a write.

#include <QString>

class Database;

// The new row's id, or 0 when it was refused.
qint64 addLead(Database &database, const QString &name);
qint64 addContact(Database &database, qint64 lead, const QString &name);

// The rows of a table as the file holds them, or -1 when they cannot be counted.
qint64 rowCount(Database &database, const QString &table);
