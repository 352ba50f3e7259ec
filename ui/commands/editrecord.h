#pragma once

// Writes its dialog's change of a lead or a contact in its first redo() (see FirstWrite); a change
// that leaves the record as it was has nothing to undo and is dropped. Then undo and redo are one
// swap of the stored record and the kept one, as EditInteraction does for interactions.

#include "commands/addremoverecord.h"
#include "commands/firstwrite.h"
#include "commands/recordcommand.h"
#include "commands/undofailure.h"
#include "storage/database.h"
#include "storage/storeresult.h"

#include <utility>

template<typename Store, typename Record, typename Draft>
class EditRecord final : public RecordCommand
{
public:
    // before: the record as the dialog opened with it; draft: what it is to be.
    EditRecord(Database &database, const Record &before, const Draft &draft,
               FirstWrite<Record> written, UndoFailure failure)
        : RecordCommand(AddRemoveRecord<Store>::messages().edit)
        , m_database(database)
        , m_other(before)
        , m_draft(draft)
        , m_written(std::move(written))
        , m_gone(AddRemoveRecord<Store>::messages().gone)
        , m_failure(std::move(failure))
    { }

    QString whyItWouldFail() const override
    {
        const StoreResult<Record> stored = Store(m_database).get(m_other.id);
        return stored.status == StoreStatus::NotFound ? m_gone : QString();
    }

    void undo() override { swap(); }
    void redo() override
    {
        if (!m_written) {
            swap();
            return;
        }
        const StoreResult<Record> updated = Store(m_database).update(m_other.id, m_draft);
        if (!updated.ok() || updated.value == m_other)
            setObsolete(true);
        const FirstWrite<Record> written = std::exchange(m_written, {});
        written(updated);
    }

private:
    void swap()
    {
        Store store(m_database);
        const StoreResult<Record> current = store.get(m_other.id);
        if (!current.ok()) {
            setObsolete(true);
            m_failure(current.status == StoreStatus::NotFound ? m_gone : current.failure);
            return;
        }
        const StoreResult<Record> written = store.update(m_other.id, Draft::from(m_other));
        if (!written.ok()) {
            setObsolete(true);
            m_failure(written.status == StoreStatus::NotFound ? m_gone : written.failure);
            return;
        }
        m_other = current.value;
    }

    Database &m_database;
    Record m_other; // the state that is not in the database now
    Draft m_draft;
    FirstWrite<Record> m_written; // until the first redo() has written
    QString m_gone;
    UndoFailure m_failure;
};
