#include "amountdelegate.h"

#include "core/money.h"

QString AmountDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return amountText(value, locale);
}

QString AmountDelegate::amountText(const QVariant &value, const QLocale &locale)
{
    if (const std::optional<Money> amount = Money::fromDecimalText(value.toString())) {
        // Item views hand delegates a locale that omits the digit groups; amounts want them.
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return amount->toLocaleText(grouped);
    }
    // QStyledItemDelegate's text of a string is the string itself.
    return value.toString();
}
