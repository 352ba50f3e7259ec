#include "testdatabase.h"

bool TestDatabase::open(const QString &fileName)
{
    reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    if (!m_dir->isValid())
        return false;
    return m_database->open(m_dir->filePath(fileName));
}

void TestDatabase::reset()
{
    m_database.reset();
    m_dir.reset();
}

QString TestDatabase::errorMessage() const
{
    if (m_dir && !m_dir->isValid())
        return m_dir->errorString();
    return m_database ? m_database->errorMessage() : QString();
}

QString TestDatabase::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}
