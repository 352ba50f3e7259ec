#pragma once

// The rules' questions about referred rows, answered by the database.

#include "core/referencelookup.h"

class PreparedQueries;

// Asks the database, with the statements it keeps prepared.
class SqlReferenceLookup final : public ReferenceLookup
{
public:
    // Outside a write (a dialog's check before saving) the rows are only read. Inside one they
    // are held until the commit (SqlDialect::RowLock): a lead before a contact, in the order the
    // rules ask, so that another writer cannot move or delete what a rule found until this
    // writer's rows are committed.
    enum class Hold { None, UntilCommit };

    explicit SqlReferenceLookup(PreparedQueries &queries, Hold hold = Hold::None)
        : m_queries(queries)
        , m_hold(hold)
    { }
    bool leadExists(qint64 lead) const override;
    std::optional<qint64> leadOfContact(qint64 contact) const override;
    bool contactHasInteractions(qint64 contact) const override;

private:
    QString heldWhere(const QString &sql) const;

    PreparedQueries &m_queries;
    Hold m_hold;
};
