#include "CliApplication.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    std::atomic_bool cancel{false};
    cli::CliIo io{out, err, &cancel};
    QTemporaryDir home;
    r.code =
        cli::CliApplication(Environment({}, home.path())).run(QStringList{QStringLiteral("bulwark-cli")} + args, io);
    return r;
}
} // namespace

// `logs` and `events` options, without a daemon (tests/integration has the rest).
class TestCliStreams : public QObject {
    Q_OBJECT
private slots:
    void usage_data();
    void usage();
    void listedInHelp();
    void unreachableHostExplains_data();
    void unreachableHostExplains();
};

void TestCliStreams::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString c = QStringLiteral("web");
    QTest::addRow("logs help") << QStringList{"logs", "--help"} << 0 << QString();
    QTest::addRow("events help") << QStringList{"events", "--help"} << 0 << QString();
    QTest::addRow("no container") << QStringList{"logs"} << 2 << "at least one container";
    QTest::addRow("bad format") << QStringList{"logs", "--format", "xml", c} << 2 << "xml";
    QTest::addRow("negative tail") << QStringList{"logs", "--tail", "-3", c} << 2 << "--tail";
    QTest::addRow("word tail") << QStringList{"logs", "--tail", "some", c} << 2 << "--tail";
    QTest::addRow("bad since") << QStringList{"logs", "--since", "yesterday", c} << 2 << "yesterday";
    QTest::addRow("bad until") << QStringList{"logs", "--until", "soon", c} << 2 << "soon";
    QTest::addRow("reconnect without follow") << QStringList{"logs", "--reconnect", c} << 2 << "--follow";
    QTest::addRow("host and context") << QStringList{"logs", "-H", "unix:///a", "--context", "b", c} << 2
                                      << "--context";
    QTest::addRow("events bad format") << QStringList{"events", "--format", "csv"} << 2 << "csv";
    QTest::addRow("events bad filter") << QStringList{"events", "--filter", "novalue"} << 2 << "KEY=VALUE";
    QTest::addRow("events bad since") << QStringList{"events", "--since", "last week"} << 2 << "last week";
    QTest::addRow("events argument") << QStringList{"events", "extra"} << 2 << "extra";
}

void TestCliStreams::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    if (code == 0)
        QVERIFY(r.out.contains(QStringLiteral("Usage: bulwark-cli %1").arg(args.first())));
    else
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliStreams::listedInHelp()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("\n  logs ")));
    QVERIFY(r.out.contains(QStringLiteral("\n  events ")));
}

void TestCliStreams::unreachableHostExplains_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("logs") << QStringList{"logs", "web"};
    QTest::addRow("logs follow") << QStringList{"logs", "-f", "--reconnect", "web"};
    QTest::addRow("events") << QStringList{"events"};
}

void TestCliStreams::unreachableHostExplains()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run r = run(
        args
        + QStringList{QStringLiteral("--host"), QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("none.sock")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("what to do")));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliStreams)
#include "tst_cli_streams.moc"
