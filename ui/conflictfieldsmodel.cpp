#include "conflictfieldsmodel.h"

#include "itemmodels/recordhistorymodel.h"

namespace {

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return ConflictFieldsModel::tr("(none)");
    return value.toString();
}

} // namespace

ConflictFieldsModel::ConflictFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictFieldsModel::setFields(const QList<ConflictResolution::Field> &fields,
                                    RecordHistory::Kind kind)
{
    beginResetModel();
    m_fields = fields;
    m_kind = kind;
    m_chosen.clear();
    for (const ConflictResolution::Field &field : fields)
        m_chosen.append(field.theirs);
    endResetModel();
}

void ConflictFieldsModel::choose(int row, const QVariant &value)
{
    if (row < 0 || row >= m_chosen.size())
        return;
    m_chosen[row] = value;
    const QModelIndex changed = index(row, ChosenColumn);
    emit dataChanged(changed, changed);
}

void ConflictFieldsModel::chooseMine(int row)
{
    if (row >= 0 && row < m_fields.size())
        choose(row, m_fields.at(row).mine);
}

void ConflictFieldsModel::chooseTheirs(int row)
{
    if (row >= 0 && row < m_fields.size())
        choose(row, m_fields.at(row).theirs);
}

QMap<QString, QVariant> ConflictFieldsModel::chosenChanges() const
{
    QMap<QString, QVariant> changes;
    for (int row = 0; row < m_fields.size(); ++row) {
        // A value typed as the server's text is the server's value, whatever its type.
        if (m_chosen.at(row) != m_fields.at(row).theirs
            && shown(m_chosen.at(row)) != shown(m_fields.at(row).theirs))
            changes.insert(m_fields.at(row).name, m_chosen.at(row));
    }
    return changes;
}

int ConflictFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictResolution::Field &field = m_fields.at(index.row());
    if (role == Qt::EditRole && index.column() == ChosenColumn)
        return m_chosen.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case FieldColumn:
        return RecordHistoryModel::fieldLabel(m_kind, field.name);
    case BaseColumn:
        return shown(field.base);
    case MineColumn:
        return shown(field.mine);
    case TheirsColumn:
        return shown(field.theirs);
    case ChosenColumn:
        return shown(m_chosen.at(index.row()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FieldColumn:
        return tr("Field");
    case BaseColumn:
        return tr("Before");
    case MineColumn:
        return tr("Mine");
    case TheirsColumn:
        return tr("Server's");
    case ChosenColumn:
        return tr("Keep");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ConflictFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == ChosenColumn ? flags | Qt::ItemIsEditable : flags;
}

bool ConflictFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ChosenColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    choose(index.row(), value);
    return true;
}
