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
    if (!index.isValid() || index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    // An editable combo box shows and edits the edit role; the completer matches NameRole.
    if (role == NameRole)
        return sourceModel()->data(mapToSource(index), Qt::DisplayRole);
    if ((role == Qt::DisplayRole || role == Qt::EditRole) && m_labelRole >= 0)
        return sourceModel()->data(mapToSource(index), m_labelRole);
    return QIdentityProxyModel::data(index, role);
}

QModelIndexList RecordLabelModel::match(const QModelIndex &start, int role, const QVariant &value,
                                        int hits, Qt::MatchFlags flags) const
{
    // NOLINTNEXTLINE(bugprone-parent-virtual-call): the base's, over this model's data()
    return QAbstractItemModel::match(start, role, value, hits, flags);
}
