#pragma once

// Who is at the window of a database that has people (`touchpoint users`): signs them in with a
// token given on the command line, the one remembered on this computer for this database, or the
// one they paste into SignInDialog; whoever signs in is then the database's acting person, so
// that what the window writes is recorded as theirs.

#include "core/person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;
class QWidget;
class Settings;

class WindowSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(WindowSignIn)

public:
    enum class Outcome {
        NotNeeded, // the database has nobody in it: the window writes as nobody, as ever
        SignedIn,
        Cancelled, // the person closed the dialog
        Refused, // the token given could not sign anyone in, or the database could not be read
    };
    // Whose a token is; or, when it signs nobody in, why, said for the window.
    struct Check
    {
        std::optional<Person> person;
        QString problem;
    };

    // Asks with a SignInDialog over parent.
    WindowSignIn(Database &database, Settings &settings, QWidget *parent = nullptr);

    // With token, when given, and nothing else (a token file: no dialog, no remembering); else
    // with the token remembered for this database, else (or when that one no longer works, with
    // why) the dialog asks. Only for a database with people; NotNeeded otherwise.
    Outcome signIn(const std::optional<QByteArray> &token = std::nullopt);
    std::optional<Person> person() const { return m_person; }
    QString error() const { return m_error; } // why Refused
    // What the token is remembered under in Settings (Settings::signInToken()).
    QString rememberedUnder() const;

    static Check check(Database &database, const QByteArray &token);
    // The token in a file, white space around it ignored (as `touchpoint serve --token-file`
    // reads one); nothing, and why in error, when the file cannot be read or is empty.
    static std::optional<QByteArray> readTokenFile(const QString &path, QString *error);
    // The database's location as a key: a file's absolute path, so that a relative one given
    // from another folder names the same file; a server's URI without its password.
    static QString locationKey(const QString &location);

private:
    Outcome signedIn(const Person &person);

    Database &m_database;
    Settings &m_settings;
    QWidget *m_parent;
    std::optional<Person> m_person;
    QString m_error;
};
