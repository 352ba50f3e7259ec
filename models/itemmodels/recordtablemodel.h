#pragma once

// A table of records read whole from the database, in the order read, each with an id: the
// rows, the look-up by id and the shape (a flat table) that the lists of leads and contacts and
// the leads tab's table share.

#include "core/recordlabels.h"
#include "storage/storeresult.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A template, so it has no Q_OBJECT of its own: the models built on it do, and their signals,
// tr() context and meta-object are theirs.
template<typename Record> class RecordTableModel : public QAbstractTableModel
{
public:
    QString lastError() const { return m_lastError; }

    Record recordAt(int row) const // an empty Record (id 0) when there is no such row
    {
        return row >= 0 && row < m_records.size() ? m_records.at(row) : Record {};
    }
    int rowOf(qint64 id) const // -1 when not listed
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_titles.size());
    }
    // Each column's title, translated in the context of the model built on this (its class
    // name), where the titles were marked with QT_TRANSLATE_NOOP.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section < 0 || section >= m_titles.size())
            return {};
        return QCoreApplication::translate(metaObject()->className(), m_titles.at(section));
    }

protected:
    RecordTableModel(QList<const char *> titles, QObject *parent)
        : QAbstractTableModel(parent)
        , m_titles(std::move(titles))
    { }

    // The record at index, or none for an index that is not one of this model's rows: views and
    // pickers ask with invalid indexes, and checkIndex() would warn about each.
    const Record *shownAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this || index.row() >= rowCount())
            return nullptr;
        return &m_records.at(index.row());
    }

    // The records a query read, or none and its failure in lastError().
    void take(const StoreResult<QList<Record>> &read)
    {
        m_records = read.value;
        if (read.ok())
            m_lastError.clear();
        else
            m_lastError = read.failure;
    }

    // Each record's name with its qualifier, told apart (RecordLabels::distinct), for pickers.
    QList<QString> distinctLabels(QString Record::*qualifier) const
    {
        QList<QString> names;
        QList<QString> qualifiers;
        QList<qint64> ids;
        for (const Record &record : m_records) {
            names.append(record.name);
            qualifiers.append(record.*qualifier);
            ids.append(record.id);
        }
        return RecordLabels::distinct(names, qualifiers, ids);
    }

    QList<Record> m_records;

private:
    QList<const char *> m_titles;
    QString m_lastError;
};
