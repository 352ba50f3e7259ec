#include "recordpicker.h"

#include "recordchooser.h"
#include "recordlabelmodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QScopedValueRollback>
#include <QTimer>

RecordPicker::RecordPicker(QAbstractItemModel *model, int idRole, QWidget *parent)
    : QComboBox(parent)
    , m_labels(new RecordLabelModel(model, this))
    , m_idRole(idRole)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_labels);
    setModelColumn(0);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Typing matches the name; the list and the field show the label.
    completer()->setCompletionRole(RecordLabelModel::NameRole);
    // Ours sees the popup's keys before the completer's own filter, which would take Tab.
    completer()->popup()->installEventFilter(this);
    setCurrentIndex(-1);
    auto changed = [this] {
        if (!m_resetting)
            emit selectionChanged();
    };
    connect(this, &QComboBox::editTextChanged, this, changed);
    connect(this, &QComboBox::currentIndexChanged, this, changed);
    // A model reset (a write anywhere, another process's too) must not lose what the person
    // picked or typed. QComboBox answers a reset by choosing the first entry, before we can
    // put the kept one back: nothing is said about that passing choice.
    connect(m_labels, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptText = currentText();
        m_keptId = selectedId();
        m_keptLabel = m_keptId ? m_labels->labelAt(rowOfId(*m_keptId)) : QString();
        m_resetting = true;
    });
    connect(m_labels, &QAbstractItemModel::modelReset, this, [this] {
        {
            const QSignalBlocker blocker(this);
            const int row = m_keptId ? rowOfId(*m_keptId) : -1;
            setCurrentIndex(row);
            // A label may have changed (a second lead of that name since): the new one.
            const bool showedLabel
                = row >= 0 && m_keptText.trimmed().compare(m_keptLabel, Qt::CaseInsensitive) == 0;
            setEditText(showedLabel ? m_labels->labelAt(row) : m_keptText);
        }
        m_resetting = false;
        // Said only when the reset changed the choice, as when the chosen lead was deleted.
        if (selectedId() != m_keptId)
            emit selectionChanged();
    });
}

int RecordPicker::rowOfId(qint64 id) const
{
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, m_idRole).toLongLong() == id)
            return row;
    }
    return -1;
}

QList<int> RecordPicker::rowsNamed(const QString &text) const
{
    QList<int> rows;
    for (int row = 0; row < count(); ++row) {
        if (m_labels->nameAt(row).compare(text, Qt::CaseInsensitive) == 0)
            rows.append(row);
    }
    return rows;
}

std::optional<qint64> RecordPicker::selectedId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // A label is unique (the model adds what tells two alike apart): it names one entry.
    int row = currentIndex();
    if (row < 0 || m_labels->labelAt(row).compare(text, Qt::CaseInsensitive) != 0)
        row = findText(text, Qt::MatchFixedString);
    if (row < 0) {
        const QList<int> named = rowsNamed(text);
        if (named.size() != 1)
            return std::nullopt;
        row = named.first();
    }
    return itemData(row, m_idRole).toLongLong();
}

bool RecordPicker::hasUnknownText() const
{
    return !currentText().trimmed().isEmpty() && !selectedId() && !isAmbiguous();
}

bool RecordPicker::isAmbiguous() const
{
    const QString text = currentText().trimmed();
    return !text.isEmpty() && findText(text, Qt::MatchFixedString) < 0
        && rowsNamed(text).size() > 1;
}

bool RecordPicker::chooseAmongSameNames()
{
    if (!isAmbiguous() || m_choosing)
        return !isAmbiguous();
    const QScopedValueRollback<bool> choosing(m_choosing, true);
    const QString text = currentText().trimmed();
    const QList<int> rows = rowsNamed(text);
    QStringList labels;
    for (int row : rows)
        labels.append(m_labels->labelAt(row));
    // Where the person was going when the question came (the next field, after Tab).
    const QPointer<QWidget> focus = QApplication::focusWidget();
    RecordChooser chooser(text, labels, window());
    const bool chosen = chooser.exec() == QDialog::Accepted && chooser.chosen() >= 0;
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    if (!chosen)
        return false;
    const int row = rows.at(chooser.chosen());
    setCurrentIndex(row);
    setEditText(m_labels->labelAt(row));
    emit activated(row);
    return true;
}

void RecordPicker::setSelectedId(std::optional<qint64> id)
{
    const int row = id ? rowOfId(*id) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
    emit selectionChanged();
}

void RecordPicker::setPlaceholderText(const QString &text)
{
    QComboBox::setPlaceholderText(text);
    if (lineEdit())
        lineEdit()->setPlaceholderText(text);
}

void RecordPicker::acceptCompletionAndMove(bool forward)
{
    QAbstractItemView *popup = completer()->popup();
    QModelIndex chosen = popup->currentIndex();
    // The only entry left is the one meant; among several, only a highlighted one is.
    if (!chosen.isValid() && popup->model()->rowCount() == 1)
        chosen = popup->model()->index(0, completer()->completionColumn());
    popup->hide();
    if (chosen.isValid()) {
        if (auto *proxy = qobject_cast<QAbstractProxyModel *>(completer()->completionModel())) {
            const int row = proxy->mapToSource(chosen).row();
            setCurrentIndex(row);
            setEditText(m_labels->labelAt(row));
            emit activated(row);
        }
    }
    focusNextPrevChild(forward);
}

bool RecordPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == completer()->popup() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // The completer would take Tab to complete and keep the focus here.
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            acceptCompletionAndMove(key->key() == Qt::Key_Tab
                                    && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void RecordPicker::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // Leaving a name several entries share: ask which, once the focus has gone where it went.
    // Not when the window itself lost the focus, or a popup took it.
    const Qt::FocusReason reason = event->reason();
    if (reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason || m_choosing
        || !isAmbiguous())
        return;
    QTimer::singleShot(0, this, [this] {
        const QWidget *modal = QApplication::activeModalWidget();
        if (isVisible() && isAmbiguous() && (!modal || modal == window()))
            chooseAmongSameNames();
    });
}
