#pragma once

// Edits a lead's status in place in the leads table with a list of the statuses; what is chosen
// is handed on (statusChosen) to go through the store as an undoable command, not written into
// the model. Shown, a status sits on the row's baseline as every cell of the table does.

#include "core/leadstatus.h"

#include "rowtextdelegate.h"

#include <QFont>

class LeadStatusDelegate final : public RowTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadStatusDelegate)

public:
    explicit LeadStatusDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    // As wide as the editor with the longest status, so that no status is cut while chosen.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void statusChosen(qint64 lead, LeadStatus from, LeadStatus to) const;
    // From the editor's creation to its end: what the table shows should hold still meanwhile.
    void editingStarted() const;
    void editingEnded() const;

private:
    mutable QFont m_editorFont; // the font m_editorWidth was measured in
    mutable int m_editorWidth = -1;
};
