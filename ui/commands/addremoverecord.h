#pragma once

// Adds or removes a lead or a contact with everything that hangs on it: one command run in
// either direction, as Tiled's AddRemoveMapObjects. Removing takes the record out and keeps what
// the store answered (Store::takeOut); adding puts that back under the old ids (Store::restore).
// A step that the store refuses marks the command obsolete, so that the stack drops it rather
// than keep offering what can only fail, and tells the person why, once. AddLead, DeleteLead,
// AddContact and DeleteContact are its two directions for each store.

#include "commands/firstwrite.h"
#include "commands/recordcommand.h"
#include "commands/undofailure.h"
#include "core/contact.h"
#include "core/contactdraft.h"
#include "core/lead.h"
#include "core/leaddraft.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/leadstore.h"
#include "storage/storeresult.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

template<typename Store> class AddRemoveRecord : public RecordCommand
{
public:
    // A stored record is taken out next: that fails once it is gone. One kept is put back next,
    // which the store answers for when it is tried.
    QString whyItWouldFail() const override
    {
        if (m_removed)
            return {};
        const auto stored = Store(m_database).get(m_id);
        return stored.status == StoreStatus::NotFound ? m_messages.gone : QString();
    }

    // add, remove, edit: the commands' names (edit: EditRecord's). gone: the message when the
    // record was deleted elsewhere meanwhile. attached: when an addition cannot be undone because
    // another writer gave the new record what would go with it (%1: the record's name). orphaned:
    // when it cannot come back because what it belongs to is gone.
    struct Messages
    {
        QString add;
        QString remove;
        QString edit;
        QString gone;
        QString attached;
        QString orphaned;
    };
    // Store's messages, in addremoverecord.cpp.
    static Messages messages();

protected:
    // removing: the command deletes the record, rather than undoing its addition.
    AddRemoveRecord(Database &database, qint64 id, QString name, bool removing, UndoFailure failure)
        : RecordCommand(removing ? messages().remove : messages().add)
        , m_database(database)
        , m_id(id)
        , m_name(std::move(name))
        , m_messages(messages())
        , m_failure(std::move(failure))
    { }

    bool isStored() const { return !m_removed.has_value(); }
    Database &database() const { return m_database; }
    // The record that the command's first redo() wrote.
    void wrote(qint64 id, const QString &name)
    {
        m_id = id;
        m_name = name;
    }

    // Puts the kept record back; nothing when it is in the database already.
    void addRecord()
    {
        if (!m_removed)
            return;
        const auto restored = Store(m_database).restore(*m_removed);
        if (!restored.ok()) {
            fail(restored.status == StoreStatus::Invalid ? m_messages.orphaned : restored.failure);
            return;
        }
        m_removed.reset();
    }

    // Takes the record out and keeps it. With Cascade::Refused (the undo of an addition), a
    // record that another writer attached something to is left where it is.
    void removeRecord(typename Store::Cascade cascade)
    {
        if (m_removed)
            return;
        const auto taken = Store(m_database).takeOut(m_id, cascade);
        if (!taken.ok()) {
            if (taken.status == StoreStatus::NotFound)
                fail(m_messages.gone);
            else if (taken.status == StoreStatus::Invalid)
                fail(m_messages.attached.arg(m_name));
            else
                fail(taken.failure);
            return;
        }
        m_removed = taken.value;
    }

private:
    void fail(const QString &message)
    {
        setObsolete(true);
        m_failure(message);
    }

    Database &m_database;
    qint64 m_id;
    QString m_name;
    Messages m_messages;
    UndoFailure m_failure;
    std::optional<typename Store::Removed> m_removed; // while the record is out of the database
};

template<> AddRemoveRecord<LeadStore>::Messages AddRemoveRecord<LeadStore>::messages();
template<> AddRemoveRecord<ContactStore>::Messages AddRemoveRecord<ContactStore>::messages();

// Writes a new record from its dialog's draft in its first redo() (see FirstWrite). Undo takes it
// out unless an API client has attached something to it meanwhile (a lead's contacts, a
// contact's interactions); redo puts it back under the same ids.
template<typename Store, typename Record, typename Draft>
class AddRecord final : public AddRemoveRecord<Store>
{
public:
    AddRecord(Database &database, const Draft &draft, FirstWrite<Record> written,
              UndoFailure failure)
        : AddRemoveRecord<Store>(database, 0, QString(), false, std::move(failure))
        , m_draft(draft)
        , m_written(std::move(written))
    { }

    void undo() override { this->removeRecord(Store::Cascade::Refused); }
    void redo() override
    {
        if (!m_written) {
            this->addRecord();
            return;
        }
        const StoreResult<Record> created = Store(this->database()).create(m_draft);
        if (created.ok())
            this->wrote(created.value.id, created.value.name);
        else
            this->setObsolete(true);
        const FirstWrite<Record> written = std::exchange(m_written, {});
        written(created);
    }

private:
    Draft m_draft;
    FirstWrite<Record> m_written; // until the first redo() has written
};

// Deletes the record in redo(), at the push too, with everything that hangs on it; undo puts it
// all back under the old ids.
template<typename Store, typename Record> class DeleteRecord final : public AddRemoveRecord<Store>
{
public:
    DeleteRecord(Database &database, const Record &record, UndoFailure failure)
        : AddRemoveRecord<Store>(database, record.id, record.name, true, std::move(failure))
    { }

    void undo() override { this->addRecord(); }
    void redo() override { this->removeRecord(Store::Cascade::Allowed); }
};

using AddLead = AddRecord<LeadStore, Lead, LeadDraft>;
using DeleteLead = DeleteRecord<LeadStore, Lead>;
using AddContact = AddRecord<ContactStore, Contact, ContactDraft>;
using DeleteContact = DeleteRecord<ContactStore, Contact>;
