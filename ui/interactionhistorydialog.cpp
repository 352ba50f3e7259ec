#include "interactionhistorydialog.h"

#include "itemmodels/interactionhistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

InteractionHistoryDialog::InteractionHistoryDialog(Database &database, qint64 interaction,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_model(new InteractionHistoryModel(database, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("interactionHistoryDialog"));
    setWindowTitle(tr("History of the Interaction"));
    m_model->setInteraction(interaction);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(InteractionHistoryModel::When,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InteractionHistoryModel::Who,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InteractionHistoryModel::Change,
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Changes, oldest first"));

    auto *note = new QLabel(tr("Changes made through a person's token name them; changes made in "
                               "the window name nobody. Changes before the history was kept are "
                               "not shown."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_table);
    column->addWidget(note);
    column->addWidget(buttons);
    resize(720, 360);
}
