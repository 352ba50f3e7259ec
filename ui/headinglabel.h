#pragma once

// The bold title over a section of a pane (the detail pane's Order and Details, the lead page's
// Contacts and timeline).

#include <QLabel>

class HeadingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadingLabel)

public:
    explicit HeadingLabel(const QString &text, QWidget *parent = nullptr);
};
