#pragma once

// Draws a column of amounts ("21720.00" in the model) as the user's locale writes them
// ("21,720.00"); any other text, such as "Yes" for an order without details, as it is.

#include <QStyledItemDelegate>

class AmountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    // The same text, for a delegate that draws amounts in one of its columns.
    static QString amountText(const QVariant &value, const QLocale &locale);
};
