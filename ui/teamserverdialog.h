#pragma once

// Settings > Team Server: joins this file to the team's server (address and the person's token,
// the download with its progress and Cancel), or, once it is a replica, says of which server and
// how it stands, with Sync Now.

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class ReplicaRounds;

class TeamServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamServerDialog)

public:
    TeamServerDialog(Database &database, ReplicaRounds &rounds, QWidget *parent = nullptr);

    QString problemText() const; // what stopped the join; empty when nothing did
    QProgressDialog *progress() const { return m_progress; } // while a join runs

    // Why this file cannot join now (its records cannot be counted); empty when it can.
    static QString whyNotJoinable(Database &database);
    // What happens to the records this file already holds when it joins; empty when it holds
    // none.
    static QString heldNote(Database &database);

private:
    void join();
    void showState();
    void showProblem(const QString &problem);

    Database &m_database;
    ReplicaRounds &m_rounds;
    QStackedWidget *m_pages;
    QLineEdit *m_serverEdit;
    QLineEdit *m_tokenEdit;
    QLabel *m_joinNote;
    QLabel *m_problem;
    QPushButton *m_joinButton;
    QLabel *m_serverLabel;
    QLabel *m_stateLabel;
    QPushButton *m_syncButton;
    QProgressDialog *m_progress = nullptr;
};
