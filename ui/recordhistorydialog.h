#pragma once

// Every recorded change of one interaction, lead or contact, in a table: when, who, and what
// changed from what to what (RecordHistoryModel), opened from the detail pane and the lead page.

#include "storage/recordhistory.h"

#include <QDialog>

class Database;
class RecordHistoryModel;
class QTableView;

class RecordHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordHistoryDialog)

public:
    RecordHistoryDialog(Database &database, RecordHistory::Kind kind, qint64 id,
                        QWidget *parent = nullptr);

    RecordHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    RecordHistoryModel *m_model;
    QTableView *m_table;
};
