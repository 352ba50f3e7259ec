#pragma once

// Undoes and redoes an edit of a lead or a contact that its dialog has already written: undo and
// redo are one swap of the stored record and the kept one, as EditInteraction does for
// interactions.

#include "commands/recordcommand.h"
#include "commands/undofailure.h"
#include "storage/database.h"
#include "storage/storeresult.h"

template<typename Store, typename Record, typename Draft>
class EditRecord final : public RecordCommand
{
public:
    // before: the record as it was; what is stored now is read at the first undo. gone: the
    // message when the record was deleted meanwhile.
    EditRecord(Database &database, const Record &before, const QString &text, QString gone,
               UndoFailure failure)
        : RecordCommand(text)
        , m_database(database)
        , m_other(before)
        , m_gone(std::move(gone))
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
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        swap();
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
    QString m_gone;
    UndoFailure m_failure;
    bool m_firstRedo = true;
};
