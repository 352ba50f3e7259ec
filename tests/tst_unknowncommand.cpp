// `touchpoint export` and other words that name no command, as a user types them: refused with
// the list of commands and exit code 2, without a window and without needing a display.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestUnknownCommand final : public QObject
{
    Q_OBJECT

private slots:
    void refusedWithTheCommands_data();
    void refusedWithTheCommands();
    void optionsStillReachTheWindowCommand();
};

namespace {

struct Run
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

// No display at all: the window command would have to abort.
Run touchpoint(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TOUCHPOINT_BINARY), arguments);
    Run run;
    run.finished = process.waitForFinished(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

void TestUnknownCommand::refusedWithTheCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("export") << QStringList { "export" } << "export";
    QTest::newRow("teams") << QStringList { "teams" } << "teams";
    QTest::newRow("with options after it")
        << QStringList { "export", "--database", "/tmp/none.sqlite" } << "export";
}

void TestUnknownCommand::refusedWithTheCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = touchpoint(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("touchpoint: unknown command '%1'\n").arg(named)),
             qPrintable(run.err));
    for (const char *command : { "serve", "generate", "backup", "restore", "users" })
        QVERIFY2(run.err.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))),
                 qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("platform plugin")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

// Options are the window's: --help still answers without a display, and the commands it lists
// are the same list.
void TestUnknownCommand::optionsStillReachTheWindowCommand()
{
    const Run run = touchpoint({ "--help" });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("  generate   fill a database")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("--database")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestUnknownCommand)
#include "tst_unknowncommand.moc"
