#include "amountdelegate.h"

#include "money.h"

QString AmountDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (const std::optional<Money> amount = Money::fromDecimalText(value.toString())) {
        // Item views hand delegates a locale that omits the digit groups; amounts want them.
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return amount->toLocaleText(grouped);
    }
    return QStyledItemDelegate::displayText(value, locale);
}
