#pragma once

// Order details as a front end proposes them; they are always written whole.

#include "core/orderdetails.h"

#include <optional>

struct OrderDetailsDraft
{
    std::optional<QString> productDetails;
    std::optional<qint64> quantity;
    std::optional<Money> totalPrice;
    std::optional<QDateTime> orderDate; // left out: the interaction's date

    static OrderDetailsDraft from(const OrderDetails &details);
};
