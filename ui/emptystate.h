#pragma once

// What the interactions table shows instead of a blank grid: for an empty database, a word of
// welcome and the two ways to begin (adding an interaction or loading sample data); for filters
// that match nothing, a sentence saying so and a way to clear them.

#include <QWidget>

class QAbstractScrollArea;
class QLabel;
class QPushButton;

class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    enum class Reason { NoInteractions, NoMatches };

    explicit EmptyState(QWidget *parent = nullptr);
    explicit EmptyState(Reason reason, QWidget *parent = nullptr);

    // NoMatches: lies over the view's rows (not its header), following its size, while shown.
    void cover(QAbstractScrollArea *view);
    // NoMatches: what was searched for, named in the sentence; empty when only other filters
    // are set.
    void setSearchText(const QString &text);

    // Sample data goes only into an empty database: otherwise the button is disabled and its
    // tooltip says why.
    void setSampleDataOffered(bool offered, const QString &whyNot = {});

signals:
    void addInteractionRequested();
    void loadSampleDataRequested();
    void clearFiltersRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The covered view's viewport, kept rather than asked for: its events come while the view
    // is being destroyed too, when the view is no longer a QAbstractScrollArea.
    QWidget *m_viewport = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_sampleButton = nullptr; // NoInteractions only
};
