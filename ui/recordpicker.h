#pragma once

// A type-ahead picker of a lead or a contact from a list model: the typed text finds the entries
// whose name contains it, each listed with what tells it apart ("Spice Garden — Pune"), and the
// picker answers the chosen entry's id. A name that several entries share is asked about.

#include <QComboBox>

#include <optional>

class RecordLabelModel;

class RecordPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPicker)

public:
    // idRole: the model's role that holds the id; the names are in the model's first column,
    // and the role named "label" in roleNames() (if any) is what the list shows.
    RecordPicker(QAbstractItemModel *model, int idRole, QWidget *parent = nullptr);

    // The entry the text names: its label, or a name no other entry has (ignoring case).
    std::optional<qint64> selectedId() const;
    // Text that names no entry: the person typed something we cannot find.
    bool hasUnknownText() const;
    // The text is a name more than one entry has, and none of them was picked.
    bool isAmbiguous() const;
    // Asks which one is meant when the text is ambiguous; false when the person would not say.
    bool chooseAmongSameNames();
    void setSelectedId(std::optional<qint64> id);
    void setPlaceholderText(const QString &text);

signals:
    // The text or the chosen entry changed.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int rowOfId(qint64 id) const;
    QList<int> rowsNamed(const QString &text) const;
    void acceptCompletionAndMove(bool forward);

    RecordLabelModel *m_labels;
    int m_idRole;
    QString m_keptText;
    QString m_keptLabel;
    std::optional<qint64> m_keptId;
    bool m_resetting = false;
    bool m_choosing = false;
};
