#pragma once

// Where `--database` points: an SQLite file's path, or a PostgreSQL server's database named by a
// connection URI in libpq's form, read into what Qt's QPSQL driver takes.

#include <QCoreApplication>
#include <QString>

class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { Sqlite, Postgres };

    DatabaseLocation() = default;
    static DatabaseLocation sqliteFile(const QString &path);
    // "postgresql://" or "postgres://" begins a URI (libpq's
    // postgresql://USER@HOST:PORT/DBNAME?KEY=VALUE&..., the host a socket's folder when it is
    // given as ?host=/path); anything else is a file's path. A URI that cannot be read, or that
    // holds a password (which anyone could read in the list of processes: libpq takes it from
    // PGPASSWORD or ~/.pgpass), gives an invalid location and error says why.
    static DatabaseLocation fromArgument(const QString &argument, QString *error);
    static bool isPostgresUri(const QString &argument);

    bool isValid() const { return !m_argument.isEmpty(); }
    Engine engine() const { return m_engine; }
    // The path or the URI as it was given: what messages name.
    QString argument() const { return m_argument; }

    // For QSqlDatabase; empty (and -1) where the URI leaves it to libpq's defaults and PG*
    // variables. An SQLite location has its path as databaseName().
    QString hostName() const { return m_hostName; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    // The URI's other parameters (sslmode, connect_timeout, ...) as QPSQL's connect options:
    // "key='value';...", which QPSQL hands to libpq.
    QString connectOptions() const { return m_connectOptions; }

private:
    static QString passwordRefused();

    Engine m_engine = Engine::Sqlite;
    QString m_argument;
    QString m_hostName;
    int m_port = -1;
    QString m_databaseName;
    QString m_userName;
    QString m_connectOptions;
};
