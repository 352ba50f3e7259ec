#pragma once

// Asks the person at the window of a team's database for their token (`touchpoint users add`
// gave it): masked as a password, shown on request; a token that signs nobody in is said beside
// the field and the dialog stays; and whether to remember it on this computer.

#include "core/person.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class Database;
class FieldProblemLabel;
class QCheckBox;
class QLabel;
class QLineEdit;

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(Database &database, QWidget *parent = nullptr);

    // The database's name as the person knows it: the file, or the server's URI.
    void setDatabaseShown(const QString &shown);
    // Why the person is asked (a remembered token that no longer works); empty: nothing said.
    void setProblem(const QString &problem);
    void setRemember(bool remember);

    QByteArray token() const;
    bool remember() const;
    // Whose the token is, once accepted.
    std::optional<Person> person() const { return m_person; }

public slots:
    void accept() override;

private:
    Database &m_database;
    QLabel *m_intro;
    QLineEdit *m_tokenEdit;
    FieldProblemLabel *m_problem;
    QCheckBox *m_rememberCheck;
    std::optional<Person> m_person;
};
