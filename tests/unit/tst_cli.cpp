#include "CliApplication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QHash<QString, QString> &env = {})
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    std::atomic_bool cancel{false};
    cli::CliIo io{out, err, &cancel};
    QTemporaryDir home;
    r.code = cli::CliApplication(Environment(env, home.path())).run(QStringList{QStringLiteral("bulwark-cli")} + args, io);
    return r;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void version();
    void hostsFromEnvironment();
    void hostsJson();
    void scanUnreachableHostExplains();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addRow("no command") << QStringList{} << 2;
    QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::addRow("unknown option") << QStringList{QStringLiteral("scan"), QStringLiteral("--bogus")} << 2;
    QTest::addRow("bad format") << QStringList{QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::addRow("host and context") << QStringList{QStringLiteral("scan"), QStringLiteral("-H"), QStringLiteral("unix:///a"),
                                                     QStringLiteral("--context"), QStringLiteral("b")}
                                      << 2;
    QTest::addRow("bad timeout") << QStringList{QStringLiteral("scan"), QStringLiteral("--timeout"), QStringLiteral("0")} << 2;
    QTest::addRow("scan help") << QStringList{QStringLiteral("scan"), QStringLiteral("--help")} << 0;
    QTest::addRow("missing socket") << QStringList{QStringLiteral("scan"), QStringLiteral("--host"),
                                                   QStringLiteral("unix:///nonexistent/bulwark-test.sock")}
                                    << 1;
    QTest::addRow("invalid host") << QStringList{QStringLiteral("scan"), QStringLiteral("--host"), QStringLiteral("gopher://x")} << 1;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QTEST(r.code, "code");
    if (r.code != 0)
        QVERIFY2(!r.err.isEmpty(), "errors are explained on stderr");
    else
        QVERIFY(!r.out.isEmpty());
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("bulwark-cli " BULWARK_VERSION));
}

void TestCli::hostsFromEnvironment()
{
    const Run r = run({QStringLiteral("hosts")}, {{QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///x/y.sock")}});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QString selected;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1Char('*')))
            selected = l;
    }
    QVERIFY2(selected.contains(QStringLiteral("unix:///x/y.sock")), qPrintable(r.out));
    QVERIFY(selected.contains(QStringLiteral("DOCKER_HOST")));
}

void TestCli::hostsJson()
{
    const Run r = run({QStringLiteral("hosts"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--host"),
                       QStringLiteral("tcp://10.9.8.7:2375")});
    QCOMPARE(r.code, 0);
    const QJsonArray hosts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("hosts")).toArray();
    QVERIFY(!hosts.isEmpty());
    const QJsonObject first = hosts.first().toObject();
    QCOMPARE(first.value(QStringLiteral("url")).toString(), QStringLiteral("tcp://10.9.8.7:2375"));
    QCOMPARE(first.value(QStringLiteral("selected")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("tls")).toBool(), false);
}

void TestCli::scanUnreachableHostExplains()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--host"), QStringLiteral("unix:///nonexistent/bulwark-test.sock")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/bulwark-test.sock")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("what to do")));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
