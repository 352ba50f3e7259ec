#include "recordhistorydialog.h"

#include "itemmodels/recordhistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RecordHistoryDialog::RecordHistoryDialog(Database &database, RecordHistory::Kind kind, qint64 id,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(new RecordHistoryModel(database, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    switch (kind) {
    case RecordHistory::Kind::Lead:
        setWindowTitle(tr("History of the Lead"));
        break;
    case RecordHistory::Kind::Contact:
        setWindowTitle(tr("History of the Contact"));
        break;
    case RecordHistory::Kind::Interaction:
        setWindowTitle(tr("History of the Interaction"));
        break;
    }
    m_model->setRecord(kind, id);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RecordHistoryModel::When,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordHistoryModel::Who,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RecordHistoryModel::Change,
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Changes, oldest first"));

    auto *note = new QLabel(tr("A change names its person when one was signed in at the window or "
                               "sent their own token to the API. Changes before the history was "
                               "kept are not shown."),
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
