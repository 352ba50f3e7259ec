#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/touchpoint.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No interactions yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Log every call, email, meeting, visit and order with your leads' "
                               "contacts here. Start with your first interaction, or look around "
                               "with sample data first."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label centred in a column gets no height for its lines unless it is told.
    const int textWidth = text->fontMetrics().averageCharWidth() * 60;
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth));

    auto *add
        = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&Add Interaction"), this);
    add->setObjectName(QStringLiteral("addInteractionButton"));
    add->setDefault(true);
    auto *sample = m_sampleButton = new QPushButton(QIcon(QStringLiteral(":/icons/sample.svg")),
                                                    tr("Load &Sample Data"), this);
    sample->setObjectName(QStringLiteral("loadSampleDataButton"));
    connect(add, &QPushButton::clicked, this, &EmptyState::addInteractionRequested);
    connect(sample, &QPushButton::clicked, this, &EmptyState::loadSampleDataRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(sample);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(text, 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addStretch(3);
}

void EmptyState::setSampleDataOffered(bool offered, const QString &whyNot)
{
    m_sampleButton->setEnabled(offered);
    m_sampleButton->setToolTip(offered ? QString() : whyNot);
}
