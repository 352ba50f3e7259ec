#include "commands/changeleadstatus.h"

#include "storage/leadstore.h"

#include <QCoreApplication>

ChangeLeadStatus::ChangeLeadStatus(Database &database, qint64 lead, LeadStatus from, LeadStatus to,
                                   UndoFailure failure)
    : RecordCommand(QCoreApplication::translate("Undo", "Change Status"))
    , m_database(database)
    , m_lead(lead)
    , m_from(from)
    , m_to(to)
    , m_failure(std::move(failure))
{ }

QString ChangeLeadStatus::whyItWouldFail() const
{
    return LeadStore(m_database).get(m_lead).status == StoreStatus::NotFound
        ? QCoreApplication::translate("Undo", "The lead no longer exists.")
        : QString();
}

void ChangeLeadStatus::set(LeadStatus status)
{
    LeadDraft change;
    change.status = status;
    const StoreResult<Lead> written = LeadStore(m_database).update(m_lead, change);
    if (!written.ok()) {
        setObsolete(true);
        m_failure(written.status == StoreStatus::NotFound
                      ? QCoreApplication::translate("Undo", "The lead no longer exists.")
                      : written.failure);
    }
}
