#pragma once

// A dialog that creates or edits one stored record, a lead or a contact: the record it edits, how
// Save writes the draft (straight through Store, or as the window asks) and what was written.

#include "recorddialog.h"

#include <functional>
#include <optional>

class Database;

template<typename Store, typename Record, typename Draft>
class StoredRecordDialog : public RecordDialog
{
public:
    // original: the record edited, if any.
    using Write = std::function<StoreResult<Record>(const std::optional<Record> &original,
                                                    const Draft &draft)>;

    // By default Save writes straight through the store; the window writes through an undo
    // command instead.
    void setWrite(Write write) { m_write = std::move(write); }
    // What was written, once the dialog was accepted.
    Record saved() const { return m_saved; }

protected:
    StoredRecordDialog(Database &database, QWidget *parent)
        : RecordDialog(parent)
        , m_database(database)
    { }

    Database &database() const { return m_database; }
    const std::optional<Record> &original() const { return m_original; }
    std::optional<qint64> originalId() const
    {
        return m_original ? std::optional<qint64>(m_original->id) : std::nullopt;
    }
    void setOriginal(const Record &record) { m_original = record; }

    // Writes draft and closes the dialog; or says why not (see written(): gone, failed) and
    // stays open.
    void save(const Draft &draft, const QString &gone, const QString &failed)
    {
        // A save that changes nothing has nothing to undo: it is written straight through.
        const bool undoable = m_write && (!m_original || hasChanges());
        Store store(m_database);
        const StoreResult<Record> result = undoable ? m_write(m_original, draft)
            : m_original                            ? store.update(m_original->id, draft)
                                                    : store.create(draft);
        if (!written(result, gone, failed))
            return;
        m_saved = result.value;
        QDialog::accept();
    }

private:
    Database &m_database;
    std::optional<Record> m_original;
    Record m_saved;
    Write m_write;
};
