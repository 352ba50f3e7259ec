#include "core/validationerrors.h"

#include <QCoreApplication>

#include <algorithm>

// One multi-argument arg() call, so that a "%2" inside a client's value is never substituted.
static QString substituted(const QString &text, const QStringList &arguments)
{
    switch (arguments.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(arguments.at(0));
    case 2:
        return text.arg(arguments.at(0), arguments.at(1));
    default:
        return text.arg(arguments.at(0), arguments.at(1), arguments.at(2));
    }
}

QString FieldProblem::english() const
{
    return substituted(QString::fromUtf8(sourceText), arguments);
}

QString FieldProblem::translated() const
{
    return substituted(QCoreApplication::translate("Rules", sourceText), arguments);
}

void ValidationErrors::add(const QString &field, const char *sourceText,
                           const QStringList &arguments)
{
    m_problems.append({ field, sourceText, arguments });
}

void ValidationErrors::merge(const ValidationErrors &other)
{
    const QStringList mine = fields();
    for (const FieldProblem &problem : other.m_problems) {
        if (!mine.contains(problem.field))
            m_problems.append(problem);
    }
}

void ValidationErrors::sortFields(const QStringList &order)
{
    auto rank = [&order](const FieldProblem &problem) {
        const qsizetype index = order.indexOf(problem.field);
        return index < 0 ? order.size() : index;
    };
    std::stable_sort(
        m_problems.begin(), m_problems.end(),
        [&rank](const FieldProblem &a, const FieldProblem &b) { return rank(a) < rank(b); });
}

bool ValidationErrors::has(const QString &field) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [&field](const FieldProblem &problem) { return problem.field == field; });
}

QStringList ValidationErrors::fields() const
{
    QStringList result;
    for (const FieldProblem &problem : m_problems) {
        if (!result.contains(problem.field))
            result.append(problem.field);
    }
    return result;
}

QStringList ValidationErrors::englishMessages(const QString &field) const
{
    QStringList result;
    for (const FieldProblem &problem : m_problems) {
        if (problem.field == field)
            result.append(problem.english());
    }
    return result;
}

QStringList ValidationErrors::translatedMessages(const QString &field) const
{
    QStringList result;
    for (const FieldProblem &problem : m_problems) {
        if (problem.field == field)
            result.append(problem.translated());
    }
    return result;
}

QString ValidationErrors::englishSummary() const
{
    QStringList lines;
    for (const FieldProblem &problem : m_problems)
        lines << problem.field + QStringLiteral(": ") + problem.english();
    return lines.join(QStringLiteral("; "));
}
