#pragma once

// File > Conflicts: each conflict the server answered (record, what happened, the fields with
// before, mine and the server's); the person keeps mine, the server's or a value typed, and
// Resolve writes it as an ordinary edit that the next round sends.

#include "conflictresolution.h"

#include <QDialog>

class ConflictFieldsModel;
class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    explicit ConflictsDialog(Database &database, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_conflicts.size()); }
    QTableView *fieldsView() const { return m_fieldsView; }
    ConflictFieldsModel *fieldsModel() const { return m_fields; }
    QString problemText() const;

public slots:
    void reload();
    bool resolveCurrent();
    // The conflict shown, of a record the server no longer has: this replica's version made
    // again as a new record.
    bool keepCurrentAsNew();

private:
    void showConflict(int row);
    void chooseForCurrentField(bool mine);

    Database &m_database;
    QList<ConflictResolution> m_conflicts;
    QListWidget *m_list;
    QLabel *m_outcome;
    QLabel *m_reasons;
    QTableView *m_fieldsView;
    ConflictFieldsModel *m_fields;
    QPushButton *m_mineButton;
    QPushButton *m_theirsButton;
    QPushButton *m_resolveButton;
    QPushButton *m_keepAsNewButton;
    QLabel *m_problem;
};
