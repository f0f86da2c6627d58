// bulwark-cli waivers: list, export, import and revoke against a scan history
// built in code (no daemon).

#include "CliApplication.h"
#include "StoreFixtures.h"
#include "review/WaiverFile.h"
#include "rules/Policy.h"
#include "store/ReviewStore.h"
#include "store/ScanStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QString &db)
{
    QHash<QString, QString> env{{QStringLiteral("BULWARK_DB"), db}};
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    std::atomic_bool cancel{false};
    cli::CliIo io{out, err, &cancel};
    QTemporaryDir home;
    r.code = cli::CliApplication(Environment(env, home.path())).run(QStringList{QStringLiteral("bulwark-cli")} + args, io);
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

const QByteArray TeamPolicy = R"({"schema": "bulwark.policy/1", "waivers": [
  {"rule": "BW-C001", "container": "admin-shell", "kind": "accept-risk", "justification": "break-glass shell",
   "reviewer": "erin", "created": "2024-02-01", "expires": "2099-01-01"},
  {"rule": "BW-D001", "daemon": true, "kind": "false-positive", "justification": "socket only"}]})";
} // namespace

class TestCliWaivers : public QObject {
    Q_OBJECT
private slots:
    void init();
    void usageErrors_data();
    void usageErrors();
    void importListExportRevoke();
    void importRefusesAnotherEnginesWaivers();
    void severalHostsNeedHost();
    void brokenPolicyFileIsExplained();

private:
    QString m_db;
    QTemporaryDir m_dir;
};

void TestCliWaivers::init()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(m_db);
    auto db = store::ScanDatabase::open(m_db);
    QVERIFY(db);
    QVERIFY(store::ScanStore(**db).save(test::realisticHost()));
}

void TestCliWaivers::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no action") << QStringList{} << "list, export, import or revoke";
    QTest::newRow("unknown action") << QStringList{QStringLiteral("delete")} << "delete";
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << "FILE";
    QTest::newRow("revoke without id") << QStringList{QStringLiteral("revoke")} << "ID";
    QTest::newRow("revoke with a word") << QStringList{QStringLiteral("revoke"), QStringLiteral("all")} << "number";
    QTest::newRow("list with an argument") << QStringList{QStringLiteral("list"), QStringLiteral("x")} << "\"x\"";
}

void TestCliWaivers::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(QStringList{QStringLiteral("waivers")} + args, m_db);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

void TestCliWaivers::importListExportRevoke()
{
    const QString policy = m_dir.filePath(QStringLiteral("team.json"));
    QVERIFY(writeFile(policy, TeamPolicy));
    Run r = run({QStringLiteral("waivers"), QStringLiteral("list")}, m_db);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("No waivers")));

    r = run({QStringLiteral("waivers"), QStringLiteral("import"), policy}, m_db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("2 waiver")), qPrintable(r.err));

    r = run({QStringLiteral("waivers"), QStringLiteral("list"), QStringLiteral("--host"),
             QStringLiteral("unix:///var/run/docker.sock")}, m_db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(r.out.contains(QStringLiteral("name:admin-shell")));
    QVERIFY(r.out.contains(QStringLiteral("false-positive")));

    // Exported to a file and to standard output alike; the file reads back as the same waivers.
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    r = run({QStringLiteral("waivers"), QStringLiteral("export"), exported}, m_db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run toStdout = run({QStringLiteral("waivers"), QStringLiteral("export")}, m_db);
    QCOMPARE(toStdout.code, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(QString::fromUtf8(bytes), toStdout.out);
    Expected<Policy> read = Policy::fromFile(exported);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->waivers.size(), 2);
    QCOMPARE(read->waivers[0].hostEngineId, QStringLiteral("ABCD:EFGH:IJKL"));
    QVERIFY(bytes.contains("\"justification\": \"break-glass shell\""));

    // Importing the export again changes nothing visible.
    r = run({QStringLiteral("waivers"), QStringLiteral("import"), exported}, m_db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("waivers"), QStringLiteral("export")}, m_db).out, toStdout.out);

    // Revoke both; the second revoke of the same id is an error that says what to do.
    auto db = store::ScanDatabase::open(m_db);
    QVERIFY(db);
    const QList<Waiver> stored = store::ReviewStore(**db).waivers(1, true).value();
    db->reset();
    QCOMPARE(stored.size(), 2);
    for (const Waiver &w : stored) {
        r = run({QStringLiteral("waivers"), QStringLiteral("revoke"), QString::number(w.id)}, m_db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    r = run({QStringLiteral("waivers"), QStringLiteral("revoke"), QString::number(stored.first().id)}, m_db);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("waivers list")));
    QVERIFY(run({QStringLiteral("waivers"), QStringLiteral("list")}, m_db).out.contains(QStringLiteral("No waivers")));
}

void TestCliWaivers::importRefusesAnotherEnginesWaivers()
{
    const QString policy = m_dir.filePath(QStringLiteral("other.json"));
    QVERIFY(writeFile(policy, R"({"schema": "bulwark.policy/1", "waivers": [
        {"rule": "BW-C001", "container": "admin-shell", "host": "OTHER:ENGINE", "kind": "false-positive",
         "justification": "x"}]})"));
    const Run r = run({QStringLiteral("waivers"), QStringLiteral("import"), policy}, m_db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("OTHER:ENGINE")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("what to do")));
    QVERIFY(run({QStringLiteral("waivers"), QStringLiteral("list")}, m_db).out.contains(QStringLiteral("No waivers")));
}

void TestCliWaivers::severalHostsNeedHost()
{
    {
        auto db = store::ScanDatabase::open(m_db);
        QVERIFY(db);
        HostSnapshot other = test::realisticHost();
        other.engine.url = QStringLiteral("tcp://10.0.0.9:2376");
        other.engine.engineId = QStringLiteral("SECOND");
        QVERIFY(store::ScanStore(**db).save(other));
    }
    const QString policy = m_dir.filePath(QStringLiteral("team2.json"));
    QVERIFY(writeFile(policy, TeamPolicy));
    Run r = run({QStringLiteral("waivers"), QStringLiteral("import"), policy}, m_db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--host")), qPrintable(r.err));
    r = run({QStringLiteral("waivers"), QStringLiteral("import"), policy, QStringLiteral("--host"),
             QStringLiteral("tcp://10.0.0.9:2376")}, m_db);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("waivers"), QStringLiteral("list")}, m_db);
    QVERIFY(r.out.contains(QStringLiteral("SECOND")));
    QVERIFY(!r.out.contains(QStringLiteral("ABCD:EFGH")));
}

void TestCliWaivers::brokenPolicyFileIsExplained()
{
    const QString policy = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(policy, R"({"schema": "bulwark.policy/1", "waivers": [
        {"rule": "BW-C001", "container": "admin-shell", "kind": "accept-risk", "justification": "x"}]})"));
    const Run r = run({QStringLiteral("waivers"), QStringLiteral("import"), policy}, m_db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(policy), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("expires")));
    const Run missing = run({QStringLiteral("waivers"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.json"))}, m_db);
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("nope.json")));
}

QTEST_GUILESS_MAIN(TestCliWaivers)
#include "tst_cli_waivers.moc"
