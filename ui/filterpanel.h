#pragma once

// The filter widgets beside the interactions table: lead (type-ahead), contact of that lead,
// types, date range, orders only and a search. It answers an InteractionFilter
// (without a sort) and says when it changed; the table's model does the filtering in SQL.

#include "storage/interactionfilter.h"

#include <QWidget>

class ContactListModel;
class Database;
class DateTimeField;
class FieldProblemLabel;
class LeadListModel;
class QCheckBox;
class QLineEdit;
class QSettings;
class QTimer;
class RecordPicker;

class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(Database &database, QWidget *parent = nullptr);

    InteractionFilter filter() const;
    void setLead(std::optional<qint64> lead);
    QLineEdit *searchEdit() const { return m_searchEdit; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    void focusSearch();
    void clearSearch();
    void clearAll();

signals:
    void filterChanged();

private:
    void leadChanged();
    void changed();
    // A ticked date that reads as no day says so beside it, and does not filter.
    void showDateProblems();

    LeadListModel *m_leads;
    ContactListModel *m_contacts;
    RecordPicker *m_leadPicker;
    RecordPicker *m_contactPicker;
    QList<QCheckBox *> m_typeChecks;
    QCheckBox *m_fromCheck;
    DateTimeField *m_fromEdit;
    QCheckBox *m_untilCheck;
    DateTimeField *m_untilEdit;
    FieldProblemLabel *m_fromProblem;
    FieldProblemLabel *m_untilProblem;
    QCheckBox *m_ordersOnlyCheck;
    QLineEdit *m_searchEdit;
    QTimer *m_searchDelay;
    InteractionFilter m_lastFilter;
    bool m_restoring = false;
};
