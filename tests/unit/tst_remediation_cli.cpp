// bulwark-cli plan and fix, in process: usage errors and the errors that need no daemon.
// Their output on real containers is tested in tests/integration/tst_remediation_integration.cpp.
#include "CliApplication.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {
struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args)
{
    QTemporaryDir home;
    QHash<QString, QString> env{{QStringLiteral("BULWARK_DB"), home.filePath(QStringLiteral("none.db"))}};
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    std::atomic_bool cancel{false};
    cli::CliIo io{out, err, &cancel};
    r.code = cli::CliApplication(Environment(env, home.path())).run(QStringList{QStringLiteral("bulwark-cli")} + args, io);
    return r;
}
} // namespace

class TestRemediationCli : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void unreachableHost_data();
    void unreachableHost();
    void listedInHelp();
};

void TestRemediationCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("fix without container") << QStringList{QStringLiteral("fix")} << QStringLiteral("name the container to fix");
    QTest::newRow("fix two containers") << QStringList{QStringLiteral("fix"), QStringLiteral("a"), QStringLiteral("b")}
                                        << QStringLiteral("one container at a time");
    QTest::newRow("fix unknown rule") << QStringList{QStringLiteral("fix"), QStringLiteral("a"), QStringLiteral("--rule"), QStringLiteral("BW-X001")}
                                      << QStringLiteral("unknown rule \"BW-X001\"");
    QTest::newRow("fix bad timeout") << QStringList{QStringLiteral("fix"), QStringLiteral("a"), QStringLiteral("--timeout"), QStringLiteral("0")}
                                     << QStringLiteral("--timeout");
    QTest::newRow("plan format") << QStringList{QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("xml")}
                                 << QStringLiteral("unknown format \"xml\"");
    QTest::newRow("plan argument") << QStringList{QStringLiteral("plan"), QStringLiteral("web")} << QStringLiteral("unexpected argument");
    QTest::newRow("plan host and context") << QStringList{QStringLiteral("plan"), QStringLiteral("-H"), QStringLiteral("unix:///x"),
                                                          QStringLiteral("--context"), QStringLiteral("c")}
                                           << QStringLiteral("cannot be used together");
}

void TestRemediationCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = runCli(args);
    QCOMPARE(r.code, int(cli::ExitUsage));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestRemediationCli::unreachableHost_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList host{QStringLiteral("-H"), QStringLiteral("unix:///nonexistent/bulwark-test.sock")};
    QTest::newRow("plan") << QStringList{QStringLiteral("plan")} + host;
    QTest::newRow("fix") << QStringList{QStringLiteral("fix"), QStringLiteral("web")} + host;
    QTest::newRow("fix --verify") << QStringList{QStringLiteral("fix"), QStringLiteral("web"), QStringLiteral("--verify")} + host;
}

void TestRemediationCli::unreachableHost()
{
    QFETCH(QStringList, args);
    const CliResult r = runCli(args);
    QCOMPARE(r.code, int(cli::ExitError));
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/bulwark-test.sock")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestRemediationCli::listedInHelp()
{
    const CliResult r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.code, int(cli::ExitOk));
    QVERIFY(r.out.contains(QStringLiteral("\n  plan ")));
    QVERIFY(r.out.contains(QStringLiteral("\n  fix ")));
}

QTEST_GUILESS_MAIN(TestRemediationCli)
#include "tst_remediation_cli.moc"
