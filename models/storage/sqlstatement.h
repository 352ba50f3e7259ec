#pragma once

// A piece of SQL with the values for its "?" marks, in order: what a dialect and a query object
// hand to whoever runs it, so that text and values never part.

#include <QString>
#include <QVariantList>

struct SqlStatement
{
    QString sql;
    QVariantList bindings;
};
