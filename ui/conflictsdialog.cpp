#include "conflictsdialog.h"

#include "conflictfieldsmodel.h"
#include "storage/database.h"
#include "storage/replicastore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr QAbstractItemView::EditTriggers editTriggers
    = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed;

} // namespace

ConflictsDialog::ConflictsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("conflictOutcome"));
    m_outcome->setWordWrap(true);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("conflictReasons"));
    m_reasons->setWordWrap(true);
    m_fields = new ConflictFieldsModel(this);
    m_fieldsView = new QTableView(this);
    m_fieldsView->setObjectName(QStringLiteral("conflictFields"));
    m_fieldsView->setAccessibleName(tr("Fields in conflict"));
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not on any key: Alt+M and Alt+T choose for the field, F2 types a value of one's own.
    m_fieldsView->setEditTriggers(editTriggers);
    m_fieldsView->horizontalHeader()->setStretchLastSection(true);
    m_fieldsView->verticalHeader()->hide();
    m_mineButton = new QPushButton(tr("Keep &Mine"), this);
    m_mineButton->setObjectName(QStringLiteral("keepMineButton"));
    m_theirsButton = new QPushButton(tr("Keep the &Server's"), this);
    m_theirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    m_resolveButton = new QPushButton(tr("&Resolve"), this);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_keepAsNewButton = new QPushButton(tr("Keep Mine as a &New Record"), this);
    m_keepAsNewButton->setObjectName(QStringLiteral("keepAsNewButton"));
    for (QPushButton *button : { m_mineButton, m_theirsButton, m_resolveButton, m_keepAsNewButton })
        button->setAutoDefault(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("conflictProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    // Shortcuts of their own beside the mnemonics, the same in every language.
    const auto addShortcut = [this](QPushButton *button, const QKeySequence &keys) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
        button->setToolTip(keys.toString(QKeySequence::NativeText));
    };
    addShortcut(m_mineButton, QKeySequence(Qt::CTRL | Qt::Key_M));
    addShortcut(m_theirsButton, QKeySequence(Qt::CTRL | Qt::Key_T));
    addShortcut(m_resolveButton, QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_mineButton, &QPushButton::clicked, this, [this] { chooseForCurrentField(true); });
    connect(m_theirsButton, &QPushButton::clicked, this, [this] { chooseForCurrentField(false); });
    connect(m_resolveButton, &QPushButton::clicked, this, &ConflictsDialog::resolveCurrent);
    addShortcut(m_keepAsNewButton, QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_keepAsNewButton, &QPushButton::clicked, this, &ConflictsDialog::keepCurrentAsNew);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_mineButton);
    choices->addWidget(m_theirsButton);
    choices->addStretch(1);
    choices->addWidget(m_keepAsNewButton);
    choices->addWidget(m_resolveButton);
    auto *detail = new QVBoxLayout;
    detail->addWidget(m_outcome);
    detail->addWidget(m_reasons);
    detail->addWidget(m_fieldsView, 1);
    detail->addLayout(choices);
    detail->addWidget(m_problem);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addLayout(detail, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    setTabOrder(m_list, m_fieldsView);
    setTabOrder(m_fieldsView, m_mineButton);
    setTabOrder(m_mineButton, m_theirsButton);
    setTabOrder(m_theirsButton, m_keepAsNewButton);
    setTabOrder(m_keepAsNewButton, m_resolveButton);
    resize(820, 420);
    reload();
    m_list->setFocus();
}

void ConflictsDialog::reload()
{
    const int row = qMax(0, m_list->currentRow());
    m_conflicts.clear();
    m_list->clear();
    const StoreResult<QList<ReplicaStore::Conflict>> found = ReplicaStore(m_database).conflicts();
    if (!found.ok()) {
        m_problem->setText(found.failure);
        m_problem->setVisible(true);
    }
    for (const ReplicaStore::Conflict &conflict : found.value) {
        m_conflicts.append(ConflictResolution(conflict));
        m_list->addItem(m_conflicts.last().title());
    }
    if (m_conflicts.isEmpty()) {
        showConflict(-1);
        m_outcome->setText(tr("No conflicts wait for you."));
        return;
    }
    m_list->setCurrentRow(qMin(row, int(m_conflicts.size()) - 1));
}

void ConflictsDialog::showConflict(int row)
{
    const bool shown = row >= 0 && row < m_conflicts.size();
    m_problem->setVisible(false);
    m_fields->setFields(shown ? m_conflicts.at(row).fields() : QList<ConflictResolution::Field>(),
                        shown ? m_conflicts.at(row).conflict().kind : RecordHistory::Kind::Lead);
    m_resolveButton->setEnabled(shown);
    if (!shown) {
        m_outcome->clear();
        m_reasons->clear();
        m_mineButton->setEnabled(false);
        m_theirsButton->setEnabled(false);
        m_keepAsNewButton->setVisible(false);
        return;
    }
    const ConflictResolution &conflict = m_conflicts.at(row);
    // A record the server deleted (or refused to make) has no fields to choose: it is either
    // let go, or kept as a new record.
    const bool choosable = !conflict.deletedOnServer() && m_fields->rowCount() > 0;
    m_keepAsNewButton->setVisible(conflict.keepableAsNew());
    m_mineButton->setEnabled(choosable);
    m_theirsButton->setEnabled(choosable);
    m_fieldsView->setEditTriggers(choosable ? editTriggers : QAbstractItemView::NoEditTriggers);
    m_resolveButton->setText(conflict.deletedOnServer() ? tr("&Accept the Server's Delete")
                                                        : tr("&Resolve"));
    m_outcome->setText(conflict.outcomeText());
    const QStringList reasons = conflict.reasons();
    m_reasons->setText(reasons.isEmpty()
                           ? QString()
                           : tr("The server's reasons:\n%1").arg(reasons.join(QLatin1Char('\n'))));
    m_reasons->setVisible(!reasons.isEmpty());
    if (m_fields->rowCount() > 0)
        m_fieldsView->setCurrentIndex(m_fields->index(0, ConflictFieldsModel::ChosenColumn));
}

void ConflictsDialog::chooseForCurrentField(bool mine)
{
    const int row = m_fieldsView->currentIndex().row();
    if (mine)
        m_fields->chooseMine(row);
    else
        m_fields->chooseTheirs(row);
    m_fieldsView->setFocus();
}

bool ConflictsDialog::resolveCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const StoreResult<bool> resolved
        = m_conflicts.at(row).apply(m_database, m_fields->chosenChanges());
    if (!resolved.ok()) {
        QStringList problems;
        for (const FieldProblem &problem : resolved.errors.problems())
            problems.append(tr("%1: %2").arg(problem.field, problem.translated()));
        m_problem->setText(
            resolved.status == StoreStatus::Invalid
                ? tr("Not resolved; nothing was written:\n%1").arg(problems.join(QLatin1Char('\n')))
                : resolved.status == StoreStatus::NotFound
                ? tr("Not resolved: the record or the conflict is no longer "
                     "there.")
                : tr("Not resolved: %1").arg(resolved.failure));
        m_problem->setVisible(true);
        return false;
    }
    reload();
    return true;
}

bool ConflictsDialog::keepCurrentAsNew()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const StoreResult<qint64> made = m_conflicts.at(row).keepAsNew(m_database);
    if (!made.ok()) {
        QStringList problems;
        for (const FieldProblem &problem : made.errors.problems())
            problems.append(tr("%1: %2").arg(problem.field, problem.translated()));
        m_problem->setText(
            made.status == StoreStatus::Invalid
                ? tr("Not kept; nothing was written:\n%1").arg(problems.join(QLatin1Char('\n')))
                : tr("Not kept: %1").arg(made.failure));
        m_problem->setVisible(true);
        return false;
    }
    reload();
    return true;
}

QString ConflictsDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}
