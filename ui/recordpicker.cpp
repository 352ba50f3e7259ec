#include "recordpicker.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QLineEdit>

RecordPicker::RecordPicker(QAbstractItemModel *model, int idRole, QWidget *parent)
    : QComboBox(parent)
    , m_idRole(idRole)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(model);
    setModelColumn(0);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
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
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptText = currentText();
        m_keptId = selectedId();
        m_resetting = true;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        {
            const QSignalBlocker blocker(this);
            setCurrentIndex(findText(m_keptText, Qt::MatchFixedString));
            setEditText(m_keptText);
        }
        m_resetting = false;
        // Said only when the reset changed the choice, as when the chosen lead was deleted.
        if (selectedId() != m_keptId)
            emit selectionChanged();
    });
}

std::optional<qint64> RecordPicker::selectedId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int row = currentIndex();
    if (row < 0 || itemText(row).compare(text, Qt::CaseInsensitive) != 0)
        row = findText(text, Qt::MatchFixedString);
    if (row < 0)
        return std::nullopt;
    return itemData(row, m_idRole).toLongLong();
}

bool RecordPicker::hasUnknownText() const
{
    return !currentText().trimmed().isEmpty() && !selectedId();
}

void RecordPicker::setSelectedId(std::optional<qint64> id)
{
    int row = -1;
    if (id) {
        for (int i = 0; i < count(); ++i) {
            if (itemData(i, m_idRole).toLongLong() == *id) {
                row = i;
                break;
            }
        }
    }
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
