#pragma once

// The fields of one conflict as a table: field, base, mine, the server's, and the value chosen
// (the server's at first; mine, theirs or one typed in the last column).

#include "conflictresolution.h"

#include <QAbstractTableModel>

class ConflictFieldsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictFieldsModel)

public:
    enum Column { FieldColumn, BaseColumn, MineColumn, TheirsColumn, ChosenColumn, ColumnCount };

    explicit ConflictFieldsModel(QObject *parent = nullptr);

    // The fields of a conflict of a record of kind (which names them as a person reads them).
    void setFields(const QList<ConflictResolution::Field> &fields,
                   RecordHistory::Kind kind = RecordHistory::Kind::Lead);
    void chooseMine(int row);
    void chooseTheirs(int row);
    // The values chosen other than the server's, which stands already: what is to be written.
    QMap<QString, QVariant> chosenChanges() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void choose(int row, const QVariant &value);

    QList<ConflictResolution::Field> m_fields;
    QList<QVariant> m_chosen;
    RecordHistory::Kind m_kind = RecordHistory::Kind::Lead;
};
