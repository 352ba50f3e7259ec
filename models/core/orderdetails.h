#pragma once

// What was ordered in an interaction: at most one set per interaction.

#include "core/money.h"

#include <QDateTime>
#include <QString>

struct OrderDetails
{
    qint64 interaction = 0;
    QString productDetails;
    qint64 quantity = 0;
    Money totalPrice;
    QDateTime orderDate; // UTC, whole seconds

    friend bool operator==(const OrderDetails &a, const OrderDetails &b)
    {
        return a.interaction == b.interaction && a.productDetails == b.productDetails
            && a.quantity == b.quantity && a.totalPrice == b.totalPrice
            && a.orderDate == b.orderDate;
    }
};
