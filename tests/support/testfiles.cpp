#include "testfiles.h"

#include "storage/database.h"
#include "storage/leadstore.h"

#include <QCryptographicHash>
#include <QFile>

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 leadCount(const QString &path)
{
    Database database;
    if (!database.open(path))
        return -1;
    return LeadStore(database).count().value;
}

bool corrupt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    const qint64 pages = file.size() / pageSize;
    if (pages < 4)
        return false;
    const qint64 page = pages / 2;
    file.seek(page * pageSize + pageSize / 2);
    return file.write(QByteArray(pageSize, '\xa5')) == pageSize;
}
