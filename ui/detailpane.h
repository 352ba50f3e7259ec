#pragma once

// The selected interaction in full beside the table: who, when, what was said, and its order.

#include <QWidget>

#include <optional>

class Database;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(Database &database, QWidget *parent = nullptr);

    std::optional<qint64> interaction() const { return m_interaction; }
    void showInteraction(std::optional<qint64> id);
    QString detailsText() const; // what the details label shows, for tests
    // What the order section shows, for tests: product, quantity, total and order date, or
    // nothing when the section is hidden or the order's details are missing.
    QStringList orderTexts() const;
    // Who logged the interaction and when, and who changed it last and when, as the pane shows
    // them (RecordHistory), for tests: empty where the pane shows no such row.
    QString loggedText() const;
    QString changedText() const;

signals:
    void editRequested();
    void deleteRequested();
    void leadRequested(qint64 lead);

private:
    void reload();
    // Opens the interaction's whole history in a dialog of its own.
    void showHistory();

    Database &m_database;
    std::optional<qint64> m_interaction;
    qint64 m_lead = 0;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_leadLabel;
    QLabel *m_contactLabel;
    QLabel *m_dateLabel;
    QLabel *m_loggedLabel;
    QLabel *m_changedLabel;
    QLabel *m_conflictLabel;
    QFormLayout *m_form;
    QLabel *m_detailsLabel;
    QWidget *m_orderGroup;
    QFormLayout *m_orderForm;
    QLabel *m_productLabel;
    QLabel *m_quantityLabel;
    QLabel *m_totalLabel;
    QLabel *m_orderDateLabel;
    QLabel *m_orderMissingLabel;
    QPushButton *m_historyButton;
};
