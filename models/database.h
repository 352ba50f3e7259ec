#pragma once

// The Touchpoint file: opens it safely, brings its schema up to date and announces every change.

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Change {
        Leads = 0x1,
        Contacts = 0x2,
        Interactions = 0x4,
        OrderDetails = 0x8,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    enum class OpenError { None, CannotOpen, NotADatabase, NotTouchpoint, TooNew, MigrationFailed };

    // The SQLite application_id that marks a file as ours ("TPNT").
    static constexpr int applicationId = 0x54504e54;

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    static QString defaultPath(); // in QStandardPaths::AppDataLocation

    // Refuses, without modifying it, a file that is not a Touchpoint database or is newer than
    // this build; otherwise migrates it to targetVersion (the latest unless a test asks).
    bool open(const QString &path, int targetVersion = -1);
    void close();
    bool isOpen() const;

    OpenError openError() const { return m_openError; }
    QString errorMessage() const { return m_errorMessage; } // translated, for people
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    // Called by the stores after a commit: one signal per committed change.
    void announce(Changes changes);

signals:
    void changed(Database::Changes changes);

private:
    bool fail(OpenError error, const QString &message);
    bool inspect(const QString &path);

    QString m_connectionName;
    QString m_path;
    OpenError m_openError = OpenError::None;
    QString m_errorMessage;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Database::Changes)
