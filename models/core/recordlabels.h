#pragma once

// The labels pickers show for leads and contacts: the name and what tells it apart.

#include <QList>
#include <QString>

namespace RecordLabels {

// "name — qualifier" (a lead's city, a contact's lead), or the name alone without a qualifier.
// Where two records would still read alike (two branches in one city, or two leads of one
// name and no city), the record's number is added: a picker never shows two entries that
// cannot be told apart.
QList<QString> distinct(const QList<QString> &names, const QList<QString> &qualifiers,
                        const QList<qint64> &ids);

} // namespace RecordLabels
