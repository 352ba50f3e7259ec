#pragma once

// The interactions tab: the filter panel, the table over its model with its columns (which are
// shown, how wide), the detail pane beside or under it, the empty states, the notice of rows that
// arrived from elsewhere, and the selection and scroll position kept across every refresh.

#include "storage/interactionfilter.h"

#include <QWidget>

#include <optional>

class Database;
class DetailPane;
class EmptyState;
class FilterPanel;
class InteractionTableModel;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedLayout;
class QStatusBar;
class QTableView;
class QTimer;
class Settings;

class InteractionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionsView)

public:
    InteractionsView(Database &database, Settings &settings, QWidget *parent = nullptr);

    InteractionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    DetailPane *detailPane() const { return m_detailPane; }
    // Hides or shows columns; what the header's context menu shows, and the window's View menu.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    // The notice of new rows, then the count and the order total (permanent), as the view's
    // part of the window's status bar.
    void addStatusWidgets(QStatusBar *statusBar);

    QString countText() const;
    // The order total of the rows shown, as the status bar says it; empty while summed.
    QString orderTotalText() const;
    QString newRowsText() const; // the status bar's notice of new rows; empty when hidden
    bool isShowingEmptyState() const;
    QList<int> columnWidths() const; // of the table, by column

    std::optional<qint64> selectedInteraction() const;
    bool selectInteraction(qint64 id);
    // Rows the person added here, or that came with a restored file, are not new: no notice.
    void acknowledgeNew();
    // The empty state's offer; see EmptyState::setSampleDataOffered().
    void setSampleDataOffered(bool offered, const QString &whyNot);

    void restoreState();
    void saveState();

public slots:
    // Scrolls to the first of the rows that arrived and selects it.
    void showNewRows();

signals:
    // The selection, or whether there is a table to select in, may have changed.
    void selectionChanged();
    void openRequested(); // a row activated
    void newInteractionRequested();
    void loadSampleDataRequested();
    // The view wants to be on screen (to show the new rows).
    void showRequested();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterChanged();
    void keepView();
    void restoreView();
    int defaultColumnWidth(int column) const;
    void fitColumns();
    void placeDetailPane();
    void updateCounts();
    void interactionsArrived(qint64 shown);
    void updateNewRowsNotice();
    void updateOrderTotal();
    void fillColumnsMenu();
    void setColumnShown(int column, bool shown);

    Settings &m_settings;
    InteractionTableModel *m_model;
    QStackedLayout *m_pages;
    EmptyState *m_emptyState;
    EmptyState *m_noMatches; // over the table when the filters let no row through
    QSplitter *m_splitter;
    QSplitter *m_tableSplitter;
    FilterPanel *m_filterPanel;
    QTableView *m_table;
    DetailPane *m_detailPane;
    QMenu *m_columnsMenu;
    QLabel *m_countLabel;
    QLabel *m_orderTotalLabel;
    QPushButton *m_newRowsButton;
    QTimer *m_newRowsTimer;
    // What the table showed before a reset, to show it again after (see restoreView()).
    struct Kept
    {
        InteractionFilter filter;
        qint64 id = 0; // the selected interaction
        int row = -1;
        std::optional<int> y; // where the selected row was in the viewport, when in view
        qint64 topId = 0; // the interaction in the first visible row
        int topRow = -1;
        int horizontal = 0;
    };
    Kept m_kept;
    int m_leadWidth = 0; // as chosen; fitColumns() may show them narrower
    int m_contactWidth = 0;
    bool m_fittingColumns = false;
};
