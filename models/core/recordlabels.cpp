#include "core/recordlabels.h"

#include <QCoreApplication>
#include <QHash>

QList<QString> RecordLabels::distinct(const QList<QString> &names, const QList<QString> &qualifiers,
                                      const QList<qint64> &ids)
{
    QList<QString> labels;
    labels.reserve(names.size());
    QHash<QString, int> labelCount;
    QHash<QString, int> nameCount;
    for (qsizetype i = 0; i < names.size(); ++i) {
        labels.append(qualifiers.at(i).isEmpty()
                          ? names.at(i)
                          : QCoreApplication::translate("RecordLabels", "%1 — %2")
                                .arg(names.at(i), qualifiers.at(i)));
        ++labelCount[labels.constLast().toCaseFolded()];
        ++nameCount[names.at(i).toCaseFolded()];
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // A bare name shared with another record would read as either of them.
        if (labelCount.value(labels.at(i).toCaseFolded()) > 1
            || (qualifiers.at(i).isEmpty() && nameCount.value(names.at(i).toCaseFolded()) > 1))
            labels[i] = QCoreApplication::translate("RecordLabels", "%1 (no. %2)")
                            .arg(labels.at(i))
                            .arg(ids.at(i));
    }
    return labels;
}
