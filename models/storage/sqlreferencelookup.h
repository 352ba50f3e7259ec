#pragma once

// The rules' questions about referred rows, answered by the database.

#include "core/referencelookup.h"

class PreparedQueries;

// Asks the database, with the statements it keeps prepared.
class SqlReferenceLookup final : public ReferenceLookup
{
public:
    // Only reads: a store that writes holds the rows first (PreparedQueries::lockRow()).
    explicit SqlReferenceLookup(PreparedQueries &queries)
        : m_queries(queries)
    { }
    bool leadExists(qint64 lead) const override;
    std::optional<qint64> leadOfContact(qint64 contact) const override;
    bool contactHasInteractions(qint64 contact) const override;

private:
    PreparedQueries &m_queries;
};
