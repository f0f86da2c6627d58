#include "CliApplication.h"
#include "ReportFile.h"
#include "StoreFixtures.h"
#include "store/ScanStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// A scan that succeeds must never reach the user's real history: every run
// gets a throw-away BULWARK_DB unless the test names one.
QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

Run run(const QStringList &args, QHash<QString, QString> env = {})
{
    if (!env.contains(QStringLiteral("BULWARK_DB")))
        env.insert(QStringLiteral("BULWARK_DB"), scratch().filePath(QStringLiteral("unit-cli.db")));
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
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void version();
    void hostsFromEnvironment();
    void hostsJson();
    void scanUnreachableHostExplains();
    void historyOfEmptyDatabase();
    void historyListsScans_data();
    void historyListsScans();
    void historyOfUnknownHost();
    void diffDefaultsToTheTwoNewestScans();
    void diffChoices_data();
    void diffChoices();
    void pruneRemovesOldScans();
    void storeErrorsAreExplained();
    void reportFileWritesThroughLinks_data();
    void reportFileWritesThroughLinks();
    void reportFileRefusesLinkLoops();

private:
    // Three scans of host A (hours 0, 1, 2) and one of host B, in a fresh file.
    QString seedDatabase();
    QList<qint64> m_idsA;
    qint64 m_idB = 0;
};

void TestCli::initTestCase()
{
    // Anything that falls back to the default database path lands in ~/.qttest.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(scratch().isValid());
}

QString TestCli::seedDatabase()
{
    static int n = 0;
    const QString path = scratch().filePath(QStringLiteral("seeded-%1.db").arg(++n));
    auto db = store::ScanDatabase::open(path);
    if (!db)
        return {};
    store::ScanStore store(**db);
    m_idsA.clear();
    for (int h = 0; h < 3; ++h) {
        test::SyntheticHost o;
        o.containers = 6;
        o.images = 2;
        o.scanIndex = h;
        o.at = o.at.addSecs(3600 * h);
        HostSnapshot snap = test::syntheticHost(o);
        if (h == 2) {
            // Fix one container, remove another, add a new one.
            snap.containers[0].findings.removeFirst();
            snap.containers[0].risk.score = 1;
            snap.containers.removeAt(5);
            test::SyntheticHost extra = o;
            extra.containers = 1;
            extra.namePrefix = QStringLiteral("newcomer");
            snap.containers << test::syntheticHost(extra).containers;
        }
        m_idsA << *store.save(snap);
    }
    test::SyntheticHost b;
    b.containers = 2;
    b.images = 1;
    b.url = QStringLiteral("tcp://10.1.2.3:2376");
    b.engineId = QStringLiteral("ENGINE-B");
    m_idB = *store.save(test::syntheticHost(b));
    return path;
}

void TestCli::historyOfEmptyDatabase()
{
    const QString path = scratch().filePath(QStringLiteral("never-written.db"));
    const Run table = run({QStringLiteral("history"), QStringLiteral("--db"), path});
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains(QStringLiteral("No scans stored")), qPrintable(table.out));
    const Run json = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")},
                         {{QStringLiteral("BULWARK_DB"), path}});
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("bulwark.history/1"));
    QCOMPARE(doc.value(QStringLiteral("database")).toString(), path);
    QVERIFY(doc.value(QStringLiteral("scans")).toArray().isEmpty());
    QVERIFY2(!QFile::exists(path), "listing must not create the database");
}

void TestCli::historyListsScans_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("count");
    QTest::addRow("all hosts") << QStringList{} << 4;
    QTest::addRow("one host") << QStringList{QStringLiteral("--host"), QStringLiteral("unix:///var/run/docker.sock")} << 3;
    QTest::addRow("normalised url") << QStringList{QStringLiteral("-H"), QStringLiteral("tcp://10.1.2.3:2376")} << 1;
    QTest::addRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("2")} << 2;
}

void TestCli::historyListsScans()
{
    QFETCH(QStringList, extra);
    QFETCH(int, count);
    const QString path = seedDatabase();
    QVERIFY(!path.isEmpty());
    const Run r = run(QStringList{QStringLiteral("history"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                                  QStringLiteral("json")}
                      + extra);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray scans = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("scans")).toArray();
    QCOMPARE(scans.size(), count);
    auto db = store::ScanDatabase::open(path, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    store::ScanStore store(**db);
    for (const QJsonValue &v : scans) {
        const QJsonObject o = v.toObject();
        auto s = store.summary(o.value(QStringLiteral("id")).toInteger());
        QVERIFY(s);
        QCOMPARE(o.value(QStringLiteral("host_score")).toInt(), s->hostScore);
        QCOMPARE(o.value(QStringLiteral("host")).toObject().value(QStringLiteral("url")).toString(), s->hostUrl);
        const QJsonObject findings = o.value(QStringLiteral("findings")).toObject();
        for (int sev = 0; sev < 5; ++sev)
            QCOMPARE(findings.value(severityName(Severity(sev))).toInt(), s->severityCounts[size_t(sev)]);
        QCOMPARE(o.value(QStringLiteral("started_at")).toString(), s->startedAt.toString(Qt::ISODateWithMs));
    }
    // The table shows the same scans, newest first.
    const Run table = run(QStringList{QStringLiteral("history"), QStringLiteral("--db"), path} + extra);
    QCOMPARE(table.code, 0);
    const QStringList lines = table.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), count + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("ID")));
    QCOMPARE(lines.at(1).section(QLatin1Char(' '), 0, 0).toLongLong(), scans.first().toObject().value(QStringLiteral("id")).toInteger());
}

void TestCli::historyOfUnknownHost()
{
    const QString path = seedDatabase();
    const Run r = run({QStringLiteral("history"), QStringLiteral("--db"), path, QStringLiteral("--host"),
                       QStringLiteral("tcp://192.0.2.9:2375")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("tcp://192.0.2.9:2375")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("what to do")));
}

void TestCli::diffDefaultsToTheTwoNewestScans()
{
    const QString path = seedDatabase();
    const Run r = run({QStringLiteral("diff"), QStringLiteral("--db"), path, QStringLiteral("--host"),
                       QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("bulwark.diff/1"));
    QCOMPARE(doc.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toInteger(), m_idsA.at(1));
    QCOMPARE(doc.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toInteger(), m_idsA.at(2));
    const QJsonArray added = doc.value(QStringLiteral("added_containers")).toArray();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("newcomer-0000"));
    const QJsonArray removed = doc.value(QStringLiteral("removed_containers")).toArray();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("svc-0005"));
    bool fixed = false;
    for (const QJsonValue &v : doc.value(QStringLiteral("resolved")).toArray())
        fixed |= v.toObject().value(QStringLiteral("target_name")).toString() == QStringLiteral("svc-0000");
    QVERIFY2(fixed, "the finding removed from svc-0000 is resolved");
    const QJsonArray changes = doc.value(QStringLiteral("score_changes")).toArray();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.first().toObject().value(QStringLiteral("after")).toInt(), 1);

    const Run table = run({QStringLiteral("diff"), QStringLiteral("--db"), path, QStringLiteral("--host"),
                           QStringLiteral("unix:///var/run/docker.sock")});
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains(QStringLiteral("Added containers (1)")), qPrintable(table.out));
    QVERIFY(table.out.contains(QStringLiteral("newcomer-0000")));
}

void TestCli::diffChoices_data()
{
    QTest::addColumn<QStringList>("args"); // FROM, TO, B are replaced by the seeded ids
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fromIs"); // "A0", "A1", "" when it fails
    QTest::addColumn<QString>("message");
    QTest::addRow("several hosts") << QStringList{} << 1 << QString() << QStringLiteral("several hosts");
    QTest::addRow("explicit pair") << QStringList{QStringLiteral("--from"), QStringLiteral("A0"), QStringLiteral("--to"), QStringLiteral("A2")}
                                   << 0 << QStringLiteral("A0") << QString();
    QTest::addRow("to implies host and from") << QStringList{QStringLiteral("--to"), QStringLiteral("A1")} << 0
                                              << QStringLiteral("A0") << QString();
    QTest::addRow("oldest has no predecessor") << QStringList{QStringLiteral("--to"), QStringLiteral("A0")} << 1 << QString()
                                               << QStringLiteral("oldest");
    QTest::addRow("one scan only") << QStringList{QStringLiteral("--host"), QStringLiteral("tcp://10.1.2.3:2376")} << 1
                                   << QString() << QStringLiteral("only one scan");
    QTest::addRow("different hosts") << QStringList{QStringLiteral("--from"), QStringLiteral("B"), QStringLiteral("--to"), QStringLiteral("A2")}
                                     << 1 << QString() << QStringLiteral("not of");
    QTest::addRow("unknown scan") << QStringList{QStringLiteral("--to"), QStringLiteral("999")} << 1 << QString()
                                  << QStringLiteral("999");
    QTest::addRow("not an id") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")} << 1 << QString()
                               << QStringLiteral("scan ids");
    QTest::addRow("same scan") << QStringList{QStringLiteral("--from"), QStringLiteral("A1"), QStringLiteral("--to"), QStringLiteral("A1")}
                               << 1 << QString() << QStringLiteral("same scan");
    QTest::addRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2 << QString()
                                << QStringLiteral("xml");
}

void TestCli::diffChoices()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, fromIs);
    QFETCH(QString, message);
    const QString path = seedDatabase();
    for (QString &a : args) {
        if (a.size() == 2 && a.startsWith(QLatin1Char('A')))
            a = QString::number(m_idsA.at(a.mid(1).toInt()));
        else if (a == QLatin1String("B"))
            a = QString::number(m_idB);
    }
    const Run r = run(QStringList{QStringLiteral("diff"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                                  QStringLiteral("json")}
                      + args);
    QCOMPARE(r.code, code);
    if (code != 0) {
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        return;
    }
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toInteger(),
             m_idsA.at(fromIs.mid(1).toInt()));
}

void TestCli::pruneRemovesOldScans()
{
    const QString path = seedDatabase();
    const Run usage = run({QStringLiteral("history"), QStringLiteral("prune"), QStringLiteral("--db"), path});
    QCOMPARE(usage.code, 2);
    QVERIFY(usage.err.contains(QStringLiteral("--older-than")));

    const Run r = run({QStringLiteral("history"), QStringLiteral("prune"), QStringLiteral("--db"), path,
                       QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--host"),
                       QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("--vacuum")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Removed 2 scan")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Compacted")));
    auto db = store::ScanDatabase::open(path, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    auto left = store::ScanStore(**db).scans();
    QVERIFY(left);
    QCOMPARE(left->size(), 2);
    QCOMPARE(left->at(0).id, m_idsA.at(2));
    QCOMPARE(left->at(1).id, m_idB);

    const Run missing = run({QStringLiteral("history"), QStringLiteral("prune"), QStringLiteral("--keep"),
                             QStringLiteral("1"), QStringLiteral("--db"), scratch().filePath(QStringLiteral("nope.db"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("nope.db")));
}

void TestCli::storeErrorsAreExplained()
{
    // A database from a newer Bulwark: history and diff refuse it, saying so, and leave it alone.
    const QString path = scratch().filePath(QStringLiteral("future.db"));
    {
        auto db = store::ScanDatabase::open(path);
        QVERIFY(db);
        QVERIFY((*db)->execute("PRAGMA user_version = 99"));
    }
    for (const QString &command : {QStringLiteral("history"), QStringLiteral("diff")}) {
        const Run r = run({command, QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer Bulwark")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("what to do")));
    }
}

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

void TestCli::reportFileWritesThroughLinks_data()
{
    // output: the name --output gets; links: name -> target pairs made first; written: the file
    // that must then hold the report; regular files hold "old" beforehand.
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("written");
    QTest::addRow("new file") << "report.json" << QStringList{} << "report.json";
    QTest::addRow("existing file") << "target.json" << QStringList{} << "target.json";
    QTest::addRow("link to a file") << "link.json" << QStringList{"link.json", "target.json"} << "target.json";
    QTest::addRow("link to a link") << "link.json" << QStringList{"link.json", "middle.json", "middle.json", "target.json"}
                                    << "target.json";
    QTest::addRow("dangling link") << "link.json" << QStringList{"link.json", "missing.json"} << "missing.json";
}

void TestCli::reportFileWritesThroughLinks()
{
    QFETCH(QString, output);
    QFETCH(QStringList, links);
    QFETCH(QString, written);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile old(dir.filePath(QStringLiteral("target.json")));
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
    old.close();
    for (qsizetype i = 0; i + 1 < links.size(); i += 2) // relative targets, as `ln -s name` makes them
        QVERIFY(QFile::link(links[i + 1], dir.filePath(links[i])));

    const QByteArray report = "{\"schema\": \"bulwark.scan/1\"}\n";
    const QString error = cli::writeReportFile(dir.filePath(output), report);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile result(dir.filePath(written));
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(result.readAll(), report);
    QVERIFY2(!QFileInfo(result.fileName()).isSymLink(), "the report must land in a regular file");
    for (qsizetype i = 0; i + 1 < links.size(); i += 2) {
        const QFileInfo link(dir.filePath(links[i]));
        QVERIFY2(link.isSymLink(), qPrintable(links[i] + QStringLiteral(" was replaced by a regular file")));
        QCOMPARE(link.symLinkTarget(), dir.filePath(links[i + 1]));
    }
    if (written != QLatin1String("target.json") && QFile::exists(dir.filePath(QStringLiteral("target.json")))) {
        QFile untouched(dir.filePath(QStringLiteral("target.json")));
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("old"));
    }
}

void TestCli::reportFileRefusesLinkLoops()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::link(QStringLiteral("b.json"), dir.filePath(QStringLiteral("a.json"))));
    QVERIFY(QFile::link(QStringLiteral("a.json"), dir.filePath(QStringLiteral("b.json"))));
    const QString error = cli::writeReportFile(dir.filePath(QStringLiteral("a.json")), "{}\n");
    QVERIFY2(error.contains(QStringLiteral("symbolic links")), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.json"))).isSymLink());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("b.json"))).isSymLink());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
