#include "recordchooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RecordChooser::RecordChooser(const QString &name, const QStringList &labels, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Which One?"));
    setObjectName(QStringLiteral("recordChooser"));
    auto *question
        = new QLabel(tr("More than one is named “%1”. Which one do you mean?").arg(name), this);
    question->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("choices"));
    m_list->addItems(labels);
    m_list->setCurrentRow(0);
    question->setBuddy(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

int RecordChooser::chosen() const
{
    return m_list->currentRow();
}
