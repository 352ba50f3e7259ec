#include "emptystate.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *titleLabel(const QString &text, qreal scale, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * scale);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    return title;
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    // A wrapped label centred in a column gets no height for its lines unless it is told.
    const int textWidth = label->fontMetrics().averageCharWidth() * 60;
    label->setFixedWidth(textWidth);
    label->setMinimumHeight(label->heightForWidth(textWidth));
    return label;
}

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : EmptyState(Reason::NoInteractions, parent)
{ }

EmptyState::EmptyState(Reason reason, QWidget *parent)
    : QWidget(parent)
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->addStretch(2);

    if (reason == Reason::NoInteractions) {
        setObjectName(QStringLiteral("emptyState"));
        auto *icon = new QLabel(this);
        icon->setPixmap(QIcon(QStringLiteral(":/icons/touchpoint.svg")).pixmap(96, 96));
        icon->setAlignment(Qt::AlignCenter);
        m_title = titleLabel(tr("No interactions yet"), 1.6, this);
        QLabel *text
            = textLabel(tr("Log every call, email, meeting, visit and order with your leads' "
                           "contacts here. Start with your first interaction, or look around "
                           "with sample data first."),
                        this);
        auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")),
                                    tr("&Add Interaction"), this);
        add->setObjectName(QStringLiteral("addInteractionButton"));
        add->setDefault(true);
        auto *sample = m_sampleButton = new QPushButton(QIcon(QStringLiteral(":/icons/sample.svg")),
                                                        tr("Load &Sample Data"), this);
        sample->setObjectName(QStringLiteral("loadSampleDataButton"));
        connect(add, &QPushButton::clicked, this, &EmptyState::addInteractionRequested);
        connect(sample, &QPushButton::clicked, this, &EmptyState::loadSampleDataRequested);
        buttons->addWidget(add);
        buttons->addWidget(sample);
        column->addWidget(icon);
        column->addWidget(m_title);
        column->addWidget(text, 0, Qt::AlignHCenter);
    } else {
        setObjectName(QStringLiteral("noMatchesState"));
        // Painted like the rows it stands in for.
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
        m_title = titleLabel(tr("No interactions match the filters"), 1.3, this);
        m_title->setObjectName(QStringLiteral("noMatchesTitle"));
        QLabel *text = textLabel(tr("A search looks in the details, the names of leads and "
                                    "contacts, and the products of orders. Clear the filters "
                                    "to see every interaction again."),
                                 this);
        auto *clear = new QPushButton(tr("Clear Filters"), this);
        clear->setObjectName(QStringLiteral("noMatchesClearButton"));
        connect(clear, &QPushButton::clicked, this, &EmptyState::clearFiltersRequested);
        buttons->addWidget(clear);
        column->addWidget(m_title);
        column->addWidget(text, 0, Qt::AlignHCenter);
        hide();
    }
    buttons->addStretch(1);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addStretch(3);
}

void EmptyState::cover(QAbstractScrollArea *view)
{
    m_viewport = view->viewport();
    // A child of the view rather than of its viewport, which scrolls its children.
    setParent(view);
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->geometry());
}

void EmptyState::setSearchText(const QString &text)
{
    m_title->setText(text.isEmpty() ? tr("No interactions match the filters")
                                    : tr("No interactions match \u201c%1\u201d").arg(text));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (m_viewport && watched == m_viewport
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        setGeometry(m_viewport->geometry());
    return QWidget::eventFilter(watched, event);
}

void EmptyState::setSampleDataOffered(bool offered, const QString &whyNot)
{
    if (!m_sampleButton)
        return;
    m_sampleButton->setEnabled(offered);
    m_sampleButton->setToolTip(offered ? QString() : whyNot);
}
