// The window's interactions table at a million rows: each operation through InteractionTableModel
// and InteractionFilter, timed beside the very same SQL run raw by the sqlite3 command line (psql
// for a PostgreSQL database) on the same database, and the peak memory with the table shown. A
// benchmark that prints figures, not a test: run it on a database made by `touchpoint generate`
// (see docs/benchmarks.md).

#include "itemmodels/interactiontablemodel.h"
#include "storage/database.h"
#include "storage/interactionfilter.h"
#include "storage/interactionpagequery.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

constexpr int screenRows = 50; // a screenful of the table
// Each operation runs once untimed before its timed runs, as the raw figures drop their first
// run: both are then timed with the file's pages in the system's cache. Without it, the first
// run after other work on the machine read pages back from disk in the model's mean only.
constexpr int warmUpRuns = 1;
constexpr double targetRatio = 2.0;
constexpr double targetMilliseconds = 50.0;
constexpr double targetPeakMiB = 150.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One figure from /proc/self/status, in MiB: VmHWM is the peak resident set, VmRSS the current.
double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : -1;
        }
    }
    return -1;
}

// Statements as the model prepares them, with their bound values.
using Statements = QList<SqlStatement>;

// The statement for the sqlite3 command line, its values bound as the model binds them (with
// .parameter, not written into the SQL: SQLite plans "LIMIT ?" differently from "LIMIT 256").
QString forCommandLine(const SqlStatement &statement)
{
    QString lines = QStringLiteral(".parameter clear\n");
    QString sql;
    qsizetype next = 0;
    for (const QChar c : statement.sql) {
        if (c == QLatin1Char('?') && next < statement.bindings.size()) {
            const QVariant &value = statement.bindings.at(next++);
            sql += QStringLiteral("?%1").arg(next);
            QString literal;
            if (value.typeId() == QMetaType::QString) {
                // An SQL string literal, inside a double-quoted argument of the dot command.
                QString text = value.toString();
                text.replace(QLatin1Char('\''), QLatin1String("''"));
                literal = QLatin1Char('\'') + text + QLatin1Char('\'');
                literal.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('"'), QLatin1String("\\\""));
                literal = QLatin1Char('"') + literal + QLatin1Char('"');
            } else {
                literal = value.toString();
            }
            lines += QStringLiteral(".parameter set ?%1 %2\n").arg(next).arg(literal);
        } else {
            sql += c;
        }
    }
    return lines + sql + QStringLiteral(";\n");
}

// The statement with its bindings written in as literals, for psql (standard_conforming_strings
// is on: a backslash in a literal is itself).
QString forPsql(const SqlStatement &statement)
{
    QString sql;
    qsizetype next = 0;
    for (const QChar c : statement.sql) {
        if (c == QLatin1Char('?') && next < statement.bindings.size()) {
            const QVariant &value = statement.bindings.at(next++);
            if (value.typeId() == QMetaType::QString) {
                QString text = value.toString();
                text.replace(QLatin1Char('\''), QLatin1String("''"));
                sql += QLatin1Char('\'') + text + QLatin1Char('\'');
            } else {
                sql += value.toString();
            }
        } else {
            sql += c;
        }
    }
    return sql + QStringLiteral(";\n");
}

// The statements InteractionTableModel runs to count the rows of filter and show rows
// [first, first + count), taken from the query it reads through (InteractionPageQuery), so that
// the command line runs the very same text.
class ModelStatements final
{
public:
    ModelStatements(Database &database, int pageSize)
        : m_database(database)
        , m_pageSize(pageSize)
    { }

    Statements recount(const InteractionFilter &filter) const
    {
        // A new filter keeps the model's count of every interaction: it changes only with the data.
        return { InteractionPageQuery::countStatement(m_database.dialect(), filter) };
    }

    // matches and total as the model counted them: they choose the plan of a search's pages.
    Statements pages(const InteractionFilter &filter, qint64 first, qint64 count, qint64 matches,
                     qint64 total) const
    {
        Statements statements;
        if (count <= 0)
            return statements;
        for (qint64 page = first / m_pageSize; page <= (first + count - 1) / m_pageSize; ++page) {
            const qint64 offset = page * m_pageSize;
            const SqlStatement ids
                = InteractionPageQuery::pageIdsStatement(
                      m_database.dialect(), filter,
                      filter.textPlanFor(m_database.dialect(), matches, total, offset, m_pageSize),
                      offset, m_pageSize, matches)
                      .statement;
            statements << ids;
            const SqlStatement rows = rowsOf(ids);
            if (!rows.bindings.isEmpty())
                statements << rows;
        }
        return statements;
    }

    // What the model runs before its first screen after a new filter. Where counts read every
    // row (PostgreSQL) that is the first page without the count (InteractionTableModel::
    // showBeforeCounting()): for a search in date order, the walk over the newest 2,000 rows,
    // then over 20,000 when the first found enough to expect a page, and where neither fills
    // the page the count and the planned page (none when the count is 0).
    Statements firstScreen(const InteractionFilter &filter, qint64 matches, qint64 total) const
    {
        const SqlDialect &dialect = m_database.dialect();
        if (!dialect.countsReadEachRow())
            return recount(filter) + pages(filter, 0, screenRows, matches, total);
        if (!filter.walksDatesAlone(dialect))
            return pages(filter, 0, screenRows, -1, total);
        Statements walks;
        for (const qint64 walked :
             { InteractionTableModel::firstWalk, InteractionTableModel::secondWalk }) {
            const SqlStatement ids
                = InteractionPageQuery::firstIdsAmongStatement(dialect, filter, m_pageSize, walked);
            const SqlStatement rows = rowsOf(ids);
            walks << ids;
            if (rows.bindings.size() >= m_pageSize)
                return walks + Statements { rows };
            if (rows.bindings.size()
                    * (InteractionTableModel::secondWalk / InteractionTableModel::firstWalk)
                < m_pageSize)
                break;
        }
        walks += recount(filter);
        return matches > 0 ? walks + pages(filter, 0, screenRows, matches, total) : walks;
    }

private:
    // The statement reading the rows of the ids ids reads, with those ids bound.
    SqlStatement rowsOf(const SqlStatement &ids) const
    {
        QSqlQuery query(m_database.connection());
        query.prepare(ids.sql);
        for (const QVariant &binding : std::as_const(ids.bindings))
            query.addBindValue(binding);
        SqlStatement rows;
        if (query.exec()) {
            while (query.next())
                rows.bindings << query.value(0).toLongLong();
        }
        if (!rows.bindings.isEmpty())
            rows.sql = InteractionPageQuery::pageRowsStatement(rows.bindings.size());
        return rows;
    }

    Database &m_database;
    int m_pageSize;
};

// Times SQL in the sqlite3 command line or psql: the process run with the statements repeated, less
// the same process without them, so that start-up and opening the file are taken out and what is
// left is the warm statements, as the model runs them on its long-open connection.
class RawSql final
{
public:
    // program is sqlite3 for a file, psql for a PostgreSQL URI (postgres).
    RawSql(QString program, QString path, bool postgres, int repeats)
        : m_program(std::move(program))
        , m_path(std::move(path))
        , m_postgres(postgres)
        , m_repeats(repeats)
    { }

    bool isAvailable() const { return !QStandardPaths::findExecutable(m_program).isEmpty(); }

    // Milliseconds for one run of the statements, warm.
    double warm(const Statements &statements) const
    {
        const QString once = script(statements, 1);
        const double base = bestOf(m_path, once);
        const double repeated = bestOf(m_path, script(statements, 1 + m_repeats));
        return std::max(0.0, (repeated - base) / m_repeats);
    }

    // Milliseconds to open the file and run the statements once, cold as a new process is.
    double cold(const Statements &statements) const
    {
        // Start-up (and for psql the connection) is taken out.
        const QString empty = m_postgres ? m_path : QStringLiteral(":memory:");
        return std::max(0.0,
                        bestOf(m_path, script(statements, 1))
                            - bestOf(empty, QStringLiteral("SELECT 1;\n")));
    }

private:
    QString script(const Statements &statements, int times) const
    {
        QString text;
        for (int i = 0; i < times; ++i) {
            for (const SqlStatement &statement : statements)
                text += m_postgres ? forPsql(statement) : forCommandLine(statement);
        }
        return text;
    }

    double bestOf(const QString &database, const QString &script) const
    {
        QTemporaryDir dir;
        const QString scriptPath = dir.filePath(QStringLiteral("script.sql"));
        QFile file(scriptPath);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(script.toUtf8());
        file.close();
        double best = -1;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess process;
            process.setStandardInputFile(scriptPath);
            process.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            // trigram_contains(), which the model's connection has (Database), loaded into the
            // command line too: in every run, so that its cost is taken out with start-up.
            if (m_postgres)
                process.start(m_program,
                              { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                                database });
            else
                process.start(m_program,
                              { QStringLiteral("-bail"), QStringLiteral("-cmd"),
                                QStringLiteral(".load %1")
                                    .arg(QStringLiteral(TOUCHPOINT_SQLITE_EXTENSION_PATH)),
                                database });
            process.waitForFinished(-1);
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (process.exitCode() != 0) {
                out() << m_program << " failed: " << process.readAllStandardError() << '\n';
                return -1;
            }
            if (best < 0 || elapsed < best)
                best = elapsed;
        }
        return best;
    }

    QString m_program;
    QString m_path;
    bool m_postgres;
    int m_repeats;
};

struct Figure
{
    QString name;
    double model = 0;
    double raw = 0;
    qint64 rows = 0;
    // Where the count follows the first screen (PostgreSQL): the time until it is there, from
    // the same start, and its statement in psql; negative where it does not.
    double counted = -1;
    double countRaw = -1;
};

// Returns once the model has its counts (InteractionTableModel::isCounting()), handling the
// events that bring them.
void awaitCounts(const InteractionTableModel &model)
{
    if (!model.isCounting())
        return;
    QEventLoop loop;
    QObject::connect(&model, &InteractionTableModel::countsChanged, &loop, [&] {
        if (!model.isCounting())
            loop.quit();
    });
    loop.exec();
}

// Reads what a view shows: the row count and every column of rows [first, first + count).
qint64 readRows(const InteractionTableModel &model, qint64 first, qint64 count)
{
    qint64 characters = 0;
    const qint64 end = std::min<qint64>(first + count, model.rowCount());
    for (qint64 row = std::max<qint64>(0, first); row < end; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            characters += model.data(model.index(int(row), column)).toString().size();
    }
    return characters;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the window's interactions table (InteractionTableModel and InteractionFilter) on a "
        "database made by `touchpoint generate` (a file or a PostgreSQL URI), beside the same SQL "
        "in the sqlite3 command line or psql."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("The generated database: a file or a "
                                                           "postgresql:// URI."),
                                            QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of each operation (default 10)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"),
                                          QStringLiteral("The sqlite3 program (default sqlite3)."),
                                          QStringLiteral("program"), QStringLiteral("sqlite3"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"),
                                        QStringLiteral("The psql program (default psql)."),
                                        QStringLiteral("program"), QStringLiteral("psql"));
    parser.addOptions({ databaseOption, repeatOption, sqliteOption, psqlOption });
    parser.process(app);
    const QString path = parser.value(databaseOption);
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    const bool postgres = path.startsWith(QStringLiteral("postgres"));
    if (path.isEmpty() || (!postgres && !QFile::exists(path))) {
        out() << "usage: bench_interactiontable --database PATH|URI (made by touchpoint "
                 "generate)\n";
        return 2;
    }
    const RawSql raw(parser.value(postgres ? psqlOption : sqliteOption), path, postgres, repeats);
    if (!raw.isAvailable()) {
        out() << (postgres ? "psql not found (Debian package postgresql-client-15)\n"
                           : "sqlite3 not found (Debian package sqlite3)\n");
        return 2;
    }

    // Open and first screen: a new Database and model each time, as starting the window does,
    // with no other connection open (so no write-ahead log is there, as at a real start).
    Figure opening { QStringLiteral("open + first screen"), 0, 0, 0 };
    {
        QList<double> times;
        QList<double> countTimes;
        for (int run = -warmUpRuns; run < repeats; ++run) {
            QElapsedTimer timer;
            timer.start();
            Database fresh;
            if (!fresh.open(path)) {
                out() << fresh.errorMessage() << '\n';
                return 1;
            }
            InteractionTableModel opened(fresh);
            readRows(opened, 0, screenRows);
            const bool counting = opened.isCounting();
            if (run >= 0)
                times << double(timer.nsecsElapsed()) / 1e6;
            awaitCounts(opened);
            if (run >= 0 && counting)
                countTimes << double(timer.nsecsElapsed()) / 1e6;
            opening.rows = opened.rowCount();
        }
        opening.model = mean(times);
        if (!countTimes.isEmpty())
            opening.counted = mean(countTimes);
    }

    Database database;
    if (!database.open(path)) {
        out() << database.errorMessage() << '\n';
        return 1;
    }
    InteractionTableModel model(database);
    awaitCounts(model);
    const ModelStatements statements(database, 256);
    QList<Figure> figures;
    opening.raw
        = raw.cold(statements.firstScreen(model.filter(), model.shownCount(), model.totalCount()));
    if (opening.counted >= 0)
        opening.countRaw = raw.warm(statements.recount(model.filter()));
    figures << opening;

    // A filter as the filter panel sets it: a new filter, a count, the first screen.
    const InteractionFilter everything = model.filter();
    const auto filtered
        = [&](const QString &name, const std::function<void(InteractionFilter &)> &change) {
              InteractionFilter filter = everything;
              change(filter);
              InteractionFilter elsewhere = filter;
              elsewhere.lead = -1; // matches nothing, so that each run really changes the filter
              QList<double> times;
              QList<double> countTimes;
              for (int run = -warmUpRuns; run < repeats; ++run) {
                  model.setFilter(elsewhere);
                  awaitCounts(model);
                  QElapsedTimer timer;
                  timer.start();
                  model.setFilter(filter);
                  readRows(model, 0, screenRows);
                  const bool counting = model.isCounting();
                  if (run >= 0)
                      times << double(timer.nsecsElapsed()) / 1e6;
                  awaitCounts(model);
                  if (run >= 0 && counting)
                      countTimes << double(timer.nsecsElapsed()) / 1e6;
              }
              Figure figure { name, mean(times),
                              raw.warm(statements.firstScreen(filter, model.shownCount(),
                                                              model.totalCount())),
                              model.rowCount() };
              if (!countTimes.isEmpty()) {
                  figure.counted = mean(countTimes);
                  figure.countRaw = raw.warm(statements.recount(filter));
              }
              figures << figure;
          };
    filtered(QStringLiteral("filter by lead"), [](InteractionFilter &f) { f.lead = 2500; });
    filtered(QStringLiteral("filter by contact"), [](InteractionFilter &f) { f.contact = 10001; });
    filtered(QStringLiteral("type + date range"), [](InteractionFilter &f) {
        f.types = { InteractionType::Meeting };
        f.from = utc(2024, 1, 1);
        f.until = utc(2024, 4, 1);
    });
    filtered(QStringLiteral("orders only"), [](InteractionFilter &f) { f.ordersOnly = true; });
    filtered(QStringLiteral("search \"paneer\""),
             [](InteractionFilter &f) { f.text = QStringLiteral("paneer"); });
    filtered(QStringLiteral("search \"invoice\" (12%)"),
             [](InteractionFilter &f) { f.text = QStringLiteral("invoice"); });
    filtered(QStringLiteral("search \"xyzzy\" (none)"),
             [](InteractionFilter &f) { f.text = QStringLiteral("xyzzy"); });
    // A lead's name: no details hold it; the leads' index finds the few leads that have it.
    filtered(QStringLiteral("search \"tandoor\" (lead names)"),
             [](InteractionFilter &f) { f.text = QStringLiteral("tandoor"); });
    model.setFilter(everything);
    awaitCounts(model);

    // A click on a column header: the view calls sort(); the count stays, the pages go.
    const auto sorted = [&](const QString &name, int column, Qt::SortOrder order) {
        QList<double> times;
        for (int run = -warmUpRuns; run < repeats; ++run) {
            model.sort(InteractionTableModel::TypeColumn, Qt::AscendingOrder);
            readRows(model, 0, 1);
            QElapsedTimer timer;
            timer.start();
            model.sort(column, order);
            readRows(model, 0, screenRows);
            if (run >= 0)
                times << double(timer.nsecsElapsed()) / 1e6;
        }
        figures << Figure { name, mean(times),
                            raw.warm(statements.pages(model.filter(), 0, screenRows,
                                                      model.shownCount(), model.totalCount())),
                            model.rowCount() };
    };
    sorted(QStringLiteral("sort by date (oldest first)"), InteractionTableModel::DateColumn,
           Qt::AscendingOrder);
    sorted(QStringLiteral("sort by lead, then date"), InteractionTableModel::LeadColumn,
           Qt::AscendingOrder);
    sorted(QStringLiteral("sort by contact, then date"), InteractionTableModel::ContactColumn,
           Qt::AscendingOrder);
    sorted(QStringLiteral("sort by type, then date"), InteractionTableModel::TypeColumn,
           Qt::DescendingOrder);
    sorted(QStringLiteral("sort by details"), InteractionTableModel::DetailsColumn,
           Qt::AscendingOrder);
    sorted(QStringLiteral("sort by amount, largest first"), InteractionTableModel::OrderColumn,
           Qt::DescendingOrder);
    sorted(QStringLiteral("sort by amount, none first"), InteractionTableModel::OrderColumn,
           Qt::AscendingOrder);
    model.sort(InteractionTableModel::DateColumn, Qt::DescendingOrder);

    // Ctrl+End: the last screenful of rows, a page the model has not read yet.
    {
        QList<double> times;
        const qint64 last = model.rowCount() - screenRows;
        for (int run = -warmUpRuns; run < repeats; ++run) {
            model.refresh();
            readRows(model, 0, screenRows);
            // A jump with the count there: until it is (PostgreSQL, a moment after a write), the
            // last page is read from the near end, all the rows over.
            awaitCounts(model);
            QElapsedTimer timer;
            timer.start();
            readRows(model, last, screenRows);
            if (run >= 0)
                times << double(timer.nsecsElapsed()) / 1e6;
        }
        figures << Figure { QStringLiteral("jump to the last row"), mean(times),
                            raw.warm(statements.pages(model.filter(), last, screenRows,
                                                      model.shownCount(), model.totalCount())),
                            model.rowCount() };
    }

    // The table shown, scrolled to the end and back, sorted by lead: then the peak.
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    view.sortByColumn(InteractionTableModel::LeadColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    view.scrollToTop();
    QCoreApplication::processEvents();
    const double peak = statusMiB("VmHWM:");
    const double resident = statusMiB("VmRSS:");

    out() << "Touchpoint window benchmark: " << path << ", " << model.rowCount()
          << " interactions, mean of " << repeats << " runs each\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("operation"), -30)
                 .arg(QStringLiteral("rows"), 8)
                 .arg(QStringLiteral("model ms"), 9)
                 .arg(postgres ? QStringLiteral("psql ms") : QStringLiteral("sqlite3 ms"), 10)
                 .arg(QStringLiteral("ratio"), 6)
                 .arg(QStringLiteral("target (<= 2x and < 50 ms)"));
    out() << "(first screen; where the count follows it, in another connection, its time from the "
             "same start and its statement's are after the target)\n";
    for (const Figure &figure : std::as_const(figures)) {
        const double ratio = figure.raw > 0 ? figure.model / figure.raw : 0;
        const bool met
            = figure.model < targetMilliseconds && figure.raw > 0 && ratio <= targetRatio;
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                     .arg(figure.name, -30)
                     .arg(figure.rows, 8)
                     .arg(figure.model, 9, 'f', 2)
                     .arg(figure.raw, 10, 'f', 2)
                     .arg(figure.raw > 0 ? QString::number(ratio, 'f', 2) : QStringLiteral("-"), 6)
                     .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"));
        if (figure.counted >= 0)
            out() << QStringLiteral("%1 counted after %2 ms (count alone in %3 %4 ms)\n")
                         .arg(QString(), -30)
                         .arg(figure.counted, 0, 'f', 2)
                         .arg(postgres ? QStringLiteral("psql") : QStringLiteral("sqlite3"))
                         .arg(figure.countRaw, 0, 'f', 2);
    }
    out() << QStringLiteral("peak RSS with the table shown: %1 MiB (now %2 MiB)  %3\n")
                 .arg(peak, 0, 'f', 1)
                 .arg(resident, 0, 'f', 1)
                 .arg(peak < targetPeakMiB ? QStringLiteral("met (< 150 MiB)")
                                           : QStringLiteral("MISSED (< 150 MiB)"));
    return 0;
}
