#pragma once

// The rules' questions about referred rows, answered by the database.

#include "core/referencelookup.h"

#include <QHash>
#include <QList>
#include <QString>

class PreparedQueries;

// Asks the database, with the statements it keeps prepared. Inside a write, the store holds the
// rows the rules will read through holdLeads() and holdContacts(), which read what the rules ask of
// them in the statement that holds them: the rules' questions about a held row are then answered
// from that reading, with no second trip to the database, and still true until the commit.
class SqlReferenceLookup final : public ReferenceLookup
{
public:
    explicit SqlReferenceLookup(PreparedQueries &queries)
        : m_queries(queries)
    { }
    // Inside a write: holds the rows until the commit (PreparedQueries::holdRows(), Shared) and
    // keeps what it read; rows this lookup already holds are not asked for again. A row that is
    // not there is not an error: the rules find it missing. Empty when done, otherwise the
    // engine's words. Leads before their contacts (SqlDialect::RowLock's order).
    QString holdLeads(const QList<qint64> &leads);
    QString holdContacts(const QList<qint64> &contacts);

    bool leadExists(qint64 lead) const override;
    std::optional<qint64> leadOfContact(qint64 contact) const override;
    bool contactHasInteractions(qint64 contact) const override;
    // The engine's words when a question had to be asked and could not be (it was then answered
    // as ReferenceLookup says), empty otherwise: a verdict built on such an answer is the
    // database's failure, not the draft's.
    QString failure() const { return m_failure; }

private:
    PreparedQueries &m_queries;
    // What holding read: whether each held lead is there, and each held contact's lead (none
    // when the contact is not there).
    QHash<qint64, bool> m_heldLeads;
    QHash<qint64, std::optional<qint64>> m_heldContacts;
    mutable QString m_failure;
};
