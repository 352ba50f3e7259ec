#include "windowsignin.h"

#include "postgresuri.h"
#include "settings.h"
#include "signindialog.h"
#include "storage/database.h"
#include "storage/personstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

WindowSignIn::WindowSignIn(Database &database, Settings &settings, QWidget *parent)
    : m_database(database)
    , m_settings(settings)
    , m_parent(parent)
{ }

QString WindowSignIn::locationKey(const QString &location)
{
    if (!PostgresUri::matches(location))
        return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
    QUrl url(location);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword | QUrl::RemoveFragment);
}

QString WindowSignIn::rememberedUnder() const
{
    return locationKey(m_database.path());
}

WindowSignIn::Check WindowSignIn::check(Database &database, const QByteArray &token)
{
    if (token.isEmpty())
        return { std::nullopt, tr("Paste the token you were given.") };
    const StoreResult<QHash<QByteArray, Person>> people = PersonStore(database).byTokenHash();
    if (!people.ok())
        return { std::nullopt, tr("Cannot read the database's people: %1").arg(people.failure) };
    const auto found = people.value.constFind(PersonStore::tokenHash(token));
    if (found == people.value.cend())
        return { std::nullopt, tr("This token is not known.") };
    if (found->isRevoked())
        return { std::nullopt, tr("This token has been revoked.") };
    return { *found, QString() };
}

std::optional<QByteArray> WindowSignIn::readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the token file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // A token is far shorter; the rest of a file that is not one is not read.
    const QByteArray token = file.read(4096).trimmed();
    if (token.isEmpty()) {
        *error = tr("The token file %1 is empty.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return token;
}

WindowSignIn::Outcome WindowSignIn::signIn(const std::optional<QByteArray> &token)
{
    m_person.reset();
    m_error.clear();
    const StoreResult<PersonStore::Census> census = PersonStore(m_database).census();
    if (!census.ok()) {
        m_error = tr("Cannot read the database's people: %1").arg(census.failure);
        return Outcome::Refused;
    }
    if (census.value.people == 0)
        return Outcome::NotNeeded;

    if (token) {
        const Check given = check(m_database, *token);
        if (!given.person) {
            m_error = given.problem;
            return Outcome::Refused;
        }
        return signedIn(*given.person);
    }

    const QString key = rememberedUnder();
    const QByteArray remembered = m_settings.signInToken(key);
    QString why;
    if (!remembered.isEmpty()) {
        const Check kept = check(m_database, remembered);
        if (kept.person)
            return signedIn(*kept.person);
        why = tr("The token remembered on this computer no longer signs you in: %1")
                  .arg(kept.problem);
    }

    SignInDialog dialog(m_database, m_parent);
    dialog.setDatabaseShown(PostgresUri::matches(m_database.path())
                                ? PostgresUri::shown(m_database.path())
                                : QDir::toNativeSeparators(key));
    dialog.setRemember(!remembered.isEmpty());
    dialog.setProblem(why);
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Cancelled;
    // Unticked, a token remembered before (one that no longer works, or another person's) goes.
    m_settings.setSignInToken(key, dialog.remember() ? dialog.token() : QByteArray());
    return signedIn(*dialog.person());
}

WindowSignIn::Outcome WindowSignIn::signedIn(const Person &person)
{
    m_person = person;
    m_database.setActingPerson(person.id);
    return Outcome::SignedIn;
}
