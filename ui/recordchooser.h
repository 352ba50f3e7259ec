#pragma once

// Asks which of several records of one name the person means, listing each with what tells it
// apart (a lead's city, a contact's lead).

#include <QDialog>

class QListWidget;

class RecordChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordChooser)

public:
    RecordChooser(const QString &name, const QStringList &labels, QWidget *parent = nullptr);

    // The position in labels of the one chosen, once accepted.
    int chosen() const;

private:
    QListWidget *m_list;
};
