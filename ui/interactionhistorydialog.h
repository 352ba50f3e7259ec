#pragma once

// Every recorded change of one interaction, in a table: when, who, and what changed from what to
// what (InteractionHistoryModel), opened from the detail pane.

#include <QDialog>

class Database;
class InteractionHistoryModel;
class QTableView;

class InteractionHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionHistoryDialog)

public:
    InteractionHistoryDialog(Database &database, qint64 interaction, QWidget *parent = nullptr);

    InteractionHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    InteractionHistoryModel *m_model;
    QTableView *m_table;
};
