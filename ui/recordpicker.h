#pragma once

// A type-ahead picker of a lead or a contact from a list model: the typed text finds the entries
// that contain it, and the picker answers the chosen entry's id.

#include <QComboBox>

#include <optional>

class RecordPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPicker)

public:
    // idRole: the model's role that holds the id; the names are in the model's first column.
    RecordPicker(QAbstractItemModel *model, int idRole, QWidget *parent = nullptr);

    // The entry whose name is the text (ignoring case), or none.
    std::optional<qint64> selectedId() const;
    // Text that names no entry: the person typed something we cannot find.
    bool hasUnknownText() const;
    void setSelectedId(std::optional<qint64> id);
    void setPlaceholderText(const QString &text);

signals:
    // The text or the chosen entry changed.
    void selectionChanged();

private:
    int m_idRole;
    QString m_keptText;
    std::optional<qint64> m_keptId;
    bool m_resetting = false;
};
