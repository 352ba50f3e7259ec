#pragma once

// What a RecordPicker lists: each record's label (its "label" role, the name and what tells it
// apart) as the text shown and edited, and its name in NameRole, the text type-ahead matches.

#include <QIdentityProxyModel>

class RecordLabelModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordLabelModel)

public:
    // Past the roles the list models use.
    static constexpr int NameRole = Qt::UserRole + 0x100;

    // Without a "label" role in source, the names are shown as they are.
    RecordLabelModel(QAbstractItemModel *source, QObject *parent = nullptr);

    // The source's name (its display text) of a row.
    QString nameAt(int row) const;
    QString labelAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Matches what data() gives: QIdentityProxyModel's would ask the source, and find names.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags
                          = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;

private:
    int m_labelRole = -1;
};
