#pragma once

// Every problem the rules found with a draft, field by field, in the order the fields were checked.

#include <QList>
#include <QString>
#include <QStringList>

// The message is kept as its untranslated source text so that the REST API can answer in the
// contract's language while the window shows the same message translated.
struct FieldProblem
{
    QString field;
    const char *sourceText = nullptr; // marked with QT_TRANSLATE_NOOP("Rules", ...)
    QStringList arguments;

    QString english() const;
    QString translated() const;
};

class ValidationErrors final
{
public:
    void add(const QString &field, const char *sourceText, const QStringList &arguments = {});
    // Takes over the other's problems for the fields that have none here yet, so that a field
    // whose JSON could not even be read is not also reported as missing.
    void merge(const ValidationErrors &other);
    // Puts the fields named in order first, in that order; the rest keep their place after them.
    void sortFields(const QStringList &order);

    bool isEmpty() const { return m_problems.isEmpty(); }
    bool has(const QString &field) const;
    QStringList fields() const;
    QStringList englishMessages(const QString &field) const;
    QStringList translatedMessages(const QString &field) const;
    // Every problem as "field: message", in English, for a log or a command's error.
    QString englishSummary() const;
    const QList<FieldProblem> &problems() const { return m_problems; }

private:
    QList<FieldProblem> m_problems;
};
