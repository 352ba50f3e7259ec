#pragma once

// What a RecordPicker lists: each record's label (its "label" role, the name and what tells it
// apart) as the text shown, and its name as the text that type-ahead matches.

#include <QIdentityProxyModel>

class RecordLabelModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordLabelModel)

public:
    // Without a "label" role in source, the names are shown as they are.
    RecordLabelModel(QAbstractItemModel *source, QObject *parent = nullptr);

    // The source's name (its display text) of a row.
    QString nameAt(int row) const;
    QString labelAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_labelRole = -1;
};
