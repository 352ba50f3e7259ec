#include "recordlabelmodel.h"

RecordLabelModel::RecordLabelModel(QAbstractItemModel *source, QObject *parent)
    : QIdentityProxyModel(parent)
{
    setSourceModel(source);
    m_labelRole = source->roleNames().key(QByteArrayLiteral("label"), -1);
}

QString RecordLabelModel::nameAt(int row) const
{
    return sourceModel()->index(row, 0).data(Qt::DisplayRole).toString();
}

QString RecordLabelModel::labelAt(int row) const
{
    return index(row, 0).data(Qt::DisplayRole).toString();
}

QVariant RecordLabelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0 || m_labelRole < 0)
        return QIdentityProxyModel::data(index, role);
    // The completer matches its completion role (the edit role): the name, not the city.
    if (role == Qt::DisplayRole)
        return sourceModel()->data(mapToSource(index), m_labelRole);
    if (role == Qt::EditRole)
        return sourceModel()->data(mapToSource(index), Qt::DisplayRole);
    return QIdentityProxyModel::data(index, role);
}
