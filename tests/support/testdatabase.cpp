#include "testdatabase.h"

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

QString clusterUri()
{
    const QString uriFile = qEnvironmentVariable("TOUCHPOINT_TEST_POSTGRES_URI_FILE");
    if (uriFile.isEmpty())
        return {};
    QFile file(uriFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The cluster's URI with another database's name in it.
QString uriOfDatabase(const QString &cluster, const QString &name)
{
    const qsizetype slash
        = cluster.indexOf(QLatin1Char('/'), cluster.indexOf(QLatin1String("//")) + 2);
    const qsizetype query = cluster.indexOf(QLatin1Char('?'));
    const QString base = slash < 0 ? cluster : cluster.left(slash);
    return base + QLatin1Char('/') + name + (query < 0 ? QString() : cluster.mid(query));
}

// Runs statement on the cluster's own database (CREATE and DROP DATABASE cannot run in the
// database they name); empty when done, otherwise why not.
QString runOnCluster(const QString &statement)
{
    static std::atomic<int> connections { 0 };
    const QString name = QStringLiteral("test-cluster-%1").arg(++connections);
    QString error;
    {
        QString refused;
        const DatabaseLocation cluster = DatabaseLocation::fromArgument(clusterUri(), &refused);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(cluster.hostName());
        db.setPort(cluster.port());
        db.setDatabaseName(cluster.databaseName());
        db.setUserName(cluster.userName());
        db.setConnectOptions(cluster.connectOptions());
        if (!cluster.isValid()) {
            error = refused;
        } else if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TestDatabase::~TestDatabase()
{
    reset();
}

bool TestDatabase::onPostgres()
{
    return !qEnvironmentVariableIsEmpty("TOUCHPOINT_TEST_POSTGRES_URI_FILE");
}

bool TestDatabase::createPostgresDatabase()
{
    static std::atomic<int> databases { 0 };
    const QString cluster = clusterUri();
    if (cluster.isEmpty()) {
        m_error = QStringLiteral("Cannot read the PostgreSQL cluster's URI from %1")
                      .arg(qEnvironmentVariable("TOUCHPOINT_TEST_POSTGRES_URI_FILE"));
        return false;
    }
    // Unique across the test executables that share the cluster at once.
    const QString name = QStringLiteral("touchpoint_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++databases);
    if (const QString error = runOnCluster(QStringLiteral("CREATE DATABASE %1").arg(name));
        !error.isEmpty()) {
        m_error = error;
        return false;
    }
    m_postgresName = name;
    m_location = uriOfDatabase(cluster, name);
    return true;
}

void TestDatabase::dropPostgresDatabase()
{
    if (m_postgresName.isEmpty())
        return;
    runOnCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName));
    m_postgresName.clear();
}

bool TestDatabase::open(const QString &fileName, int targetVersion)
{
    reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    if (!m_dir->isValid())
        return false;
    if (onPostgres()) {
        if (!createPostgresDatabase())
            return false;
    } else {
        m_location = m_dir->filePath(fileName);
    }
    return m_database->open(m_location, targetVersion);
}

void TestDatabase::reset()
{
    m_database.reset();
    dropPostgresDatabase();
    m_dir.reset();
    m_location.clear();
    m_error.clear();
}

QString TestDatabase::errorMessage() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_dir && !m_dir->isValid())
        return m_dir->errorString();
    return m_database ? m_database->errorMessage() : QString();
}

QString TestDatabase::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}
