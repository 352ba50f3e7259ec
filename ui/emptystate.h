#pragma once

// What an empty database shows instead of a blank grid: a word of welcome and the two ways to
// begin, adding an interaction or loading sample data.

#include <QWidget>

class QPushButton;

class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Sample data goes only into an empty database: otherwise the button is disabled and its
    // tooltip says why.
    void setSampleDataOffered(bool offered, const QString &whyNot = {});

signals:
    void addInteractionRequested();
    void loadSampleDataRequested();

private:
    QPushButton *m_sampleButton;
};
