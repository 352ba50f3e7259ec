#pragma once

// The status bar's word on the replica: in step, changes waiting, offline since when, or the
// conflicts waiting for a person (a click opens them); the latest round's failure as tooltip.

#include <QLabel>

class Database;
class ReplicaRounds;

class SyncStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusLabel)

public:
    SyncStatusLabel(Database &database, const ReplicaRounds &rounds, QWidget *parent = nullptr);

public slots:
    // Reads the replica's status again; hidden while the file is no replica.
    void refresh();

signals:
    void conflictsRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Database &m_database;
    const ReplicaRounds &m_rounds;
    qint64 m_conflicts = 0;
};
