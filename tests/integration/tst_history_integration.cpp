// Scan history on a real daemon (fixture docker_daemon): two scans with a
// container fixed (re-created hardened under the same name), one added and one
// removed; the stored diff names exactly those changes, in-process and through
// bulwark-cli history/diff; `bulwark-cli scan` stores by default.

#include "CliProcess.h"
#include "TestDaemon.h"

#include "HostScanner.h"
#include "store/ContainerIdentity.h"
#include "store/ScanDatabase.h"
#include "store/ScanDiff.h"
#include "store/ScanStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bulwark;
using bulwark::test::docker;

#ifndef BULWARK_CLI_PATH
#error "BULWARK_CLI_PATH must name the bulwark-cli executable"
#endif

namespace {

const QString Prefix = u"it-hist-"_s;
const QString Image = u"local/busybox:1"_s;

QSet<QString> findingKeys(const HostSnapshot &snap)
{
    QSet<QString> keys;
    for (const ContainerInfo &c : snap.containers) {
        for (const Finding &f : c.findings)
            keys.insert(f.ruleId + u'@' + store::containerIdentity(c));
    }
    for (const ImageInfo &i : snap.images) {
        for (const Finding &f : i.findings)
            keys.insert(f.ruleId + u'@' + store::imageKey(i));
    }
    for (const Finding &f : snap.daemonFindings)
        keys.insert(f.ruleId + u'@');
    return keys;
}

QSet<QString> keysOf(const QList<store::StoredFinding> &findings)
{
    QSet<QString> keys;
    for (const store::StoredFinding &f : findings)
        keys.insert(f.key());
    return keys;
}

QSet<QString> keysOf(const QJsonArray &findings)
{
    QSet<QString> keys;
    for (const QJsonValue &v : findings)
        keys.insert(v.toObject().value(u"rule_id"_s).toString() + u'@' + v.toObject().value(u"target"_s).toString());
    return keys;
}

const ContainerInfo *named(const HostSnapshot &snap, const QString &name)
{
    for (const ContainerInfo &c : snap.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

test::ProcessRun cli(const QStringList &args)
{
    return test::runProcess(QStringLiteral(BULWARK_CLI_PATH), args, {u"BULWARK_DB"_s});
}

} // namespace

class TestHistoryIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void diffOfTwoRealScans();
    void cliHistoryAndDiff();
    void cliScanStoresByDefault();

private:
    void create(const QString &args);
    HostSnapshot scan();

    QTemporaryDir m_dir;
    QString m_db;
    HostSnapshot m_before;
    HostSnapshot m_after;
    qint64 m_firstId = 0;
    qint64 m_secondId = 0;
};

void TestHistoryIntegration::create(const QString &args)
{
    int code = -1;
    QString err;
    docker(args.split(u' ', Qt::SkipEmptyParts), &code, &err);
    QVERIFY2(code == 0, qPrintable(args + u": "_s + err));
}

HostSnapshot TestHistoryIntegration::scan()
{
    HostScanner scanner;
    Expected<HostSnapshot> snap = scanner.scan(*HostEndpoint::parse(test::testDockerHost()));
    if (!snap)
        qWarning("scan failed: %s", qPrintable(snap.error().message));
    return snap ? std::move(snap).value() : HostSnapshot();
}

void TestHistoryIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"history.db"_s);
    test::removeContainersNamed(Prefix);

    // Before: a privileged container, one that stays, one that will be removed.
    create(u"create --name %1admin --privileged --network none %2"_s.arg(Prefix, Image));
    create(u"run -d --name %1keep --network none %2 sleep 600"_s.arg(Prefix, Image));
    create(u"create --name %1gone --network none --cap-add SYS_ADMIN %2"_s.arg(Prefix, Image));
    m_before = scan();
    QVERIFY(m_before.assessed);

    auto db = store::ScanDatabase::open(m_db);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    store::ScanStore store(**db);
    auto first = store.save(m_before);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    m_firstId = *first;

    // The fix: the privileged container re-created hardened under the same name;
    // one container added, one removed.
    docker({u"rm"_s, u"-f"_s, Prefix + u"admin"_s});
    create(u"create --name %1admin --network none --user 1000:1000 --cap-drop ALL --read-only --memory 64m "
           "--pids-limit 50 --security-opt no-new-privileges %2"_s.arg(Prefix, Image));
    create(u"create --name %1new --network none --pid host %2"_s.arg(Prefix, Image));
    docker({u"rm"_s, u"-f"_s, Prefix + u"gone"_s});
    m_after = scan();
    QVERIFY(m_after.assessed);
    auto second = store.save(m_after);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    m_secondId = *second;
}

void TestHistoryIntegration::cleanupTestCase()
{
    if (test::daemonUnavailableReason().isEmpty())
        test::removeContainersNamed(Prefix);
}

void TestHistoryIntegration::diffOfTwoRealScans()
{
    auto db = store::ScanDatabase::open(m_db, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    store::ScanStore store(**db);
    auto from = store.load(m_firstId);
    auto to = store.load(m_secondId);
    QVERIFY(from && to);
    QCOMPARE(from->summary.hostScore, m_before.hostScore);
    QCOMPARE(to->summary.hostScore, m_after.hostScore);
    QCOMPARE(from->containers.size(), m_before.containers.size());
    const store::ScanDiff diff = store::ScanDiff::compute(*from, *to);

    // Exactly the changes between the two real scans, by rule and target.
    const QSet<QString> before = findingKeys(m_before);
    const QSet<QString> after = findingKeys(m_after);
    QCOMPARE(keysOf(diff.newFindings), after - before);
    QCOMPARE(keysOf(diff.resolvedFindings), before - after);
    QCOMPARE(keysOf(diff.unchangedFindings), before & after);

    const QString admin = u"name:"_s + Prefix + u"admin"_s;
    QVERIFY2(keysOf(diff.resolvedFindings).contains(u"BW-C001@"_s + admin), "privileged container fixed");
    QVERIFY(keysOf(diff.newFindings).contains(u"BW-C008@name:"_s + Prefix + u"new"_s)); // --pid host
    for (const Finding &f : named(m_before, Prefix + u"gone"_s)->findings)
        QVERIFY(keysOf(diff.resolvedFindings).contains(f.ruleId + u"@name:"_s + Prefix + u"gone"_s));
    for (const Finding &f : named(m_before, Prefix + u"keep"_s)->findings)
        QVERIFY(keysOf(diff.unchangedFindings).contains(f.ruleId + u"@name:"_s + Prefix + u"keep"_s));

    QStringList added, removed;
    for (const store::StoredContainer &c : diff.addedContainers)
        added << c.name;
    for (const store::StoredContainer &c : diff.removedContainers)
        removed << c.name;
    QCOMPARE(added, QStringList{Prefix + u"new"_s});
    QCOMPARE(removed, QStringList{Prefix + u"gone"_s});

    // The re-created container is the same identity, with a lower score; nothing else moved.
    const ContainerInfo *oldAdmin = named(m_before, Prefix + u"admin"_s);
    const ContainerInfo *newAdmin = named(m_after, Prefix + u"admin"_s);
    QVERIFY(oldAdmin && newAdmin);
    QVERIFY(oldAdmin->id != newAdmin->id);
    QCOMPARE(diff.scoreChanges.size(), 1);
    QCOMPARE(diff.scoreChanges.first().identity, admin);
    QCOMPARE(diff.scoreChanges.first().before, oldAdmin->risk.score);
    QCOMPARE(diff.scoreChanges.first().after, newAdmin->risk.score);
    QVERIFY(diff.scoreChanges.first().delta() < 0);
}

void TestHistoryIntegration::cliHistoryAndDiff()
{
    const test::ProcessRun history = cli({u"history"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QVERIFY2(history.code == 0, history.err.constData());
    const QJsonArray scans = QJsonDocument::fromJson(history.out).object().value(u"scans"_s).toArray();
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).toObject().value(u"id"_s).toInteger(), m_secondId);
    QCOMPARE(scans.at(0).toObject().value(u"host_score"_s).toInt(), m_after.hostScore);
    QCOMPARE(scans.at(1).toObject().value(u"host_score"_s).toInt(), m_before.hostScore);
    QCOMPARE(scans.at(0).toObject().value(u"host"_s).toObject().value(u"url"_s).toString(), test::testDockerHost());

    // Default pair: the two most recent scans of the only host.
    const test::ProcessRun diff = cli({u"diff"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QVERIFY2(diff.code == 0, diff.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(diff.out).object();
    QCOMPARE(doc.value(u"from"_s).toObject().value(u"id"_s).toInteger(), m_firstId);
    QCOMPARE(doc.value(u"to"_s).toObject().value(u"id"_s).toInteger(), m_secondId);
    const QSet<QString> before = findingKeys(m_before);
    const QSet<QString> after = findingKeys(m_after);
    QCOMPARE(keysOf(doc.value(u"new"_s).toArray()), after - before);
    QCOMPARE(keysOf(doc.value(u"resolved"_s).toArray()), before - after);
    QCOMPARE(doc.value(u"added_containers"_s).toArray().size(), 1);
    QCOMPARE(doc.value(u"removed_containers"_s).toArray().first().toObject().value(u"name"_s).toString(), Prefix + u"gone"_s);
    QCOMPARE(doc.value(u"score_changes"_s).toArray().size(), 1);

    const test::ProcessRun table = cli({u"diff"_s, u"--db"_s, m_db, u"--host"_s, test::testDockerHost()});
    QVERIFY2(table.code == 0, table.err.constData());
    QVERIFY2(table.out.contains("Removed containers (1)"), table.out.constData());
    QVERIFY(table.out.contains((Prefix + u"new"_s).toUtf8()));
}

void TestHistoryIntegration::cliScanStoresByDefault()
{
    const QString db = m_dir.filePath(u"cli-scans.db"_s);
    for (int i = 0; i < 2; ++i) {
        const test::ProcessRun r = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--format"_s, u"json"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Stored as scan"), r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    }
    const test::ProcessRun skipped = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--no-store"_s, u"--db"_s, db});
    QVERIFY2(skipped.code == 0, skipped.err.constData());
    const test::ProcessRun history = cli({u"history"_s, u"--db"_s, db, u"--host"_s, test::testDockerHost(), u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(history.out).object().value(u"scans"_s).toArray().size(), 2);
    // Nothing changed between the two: an empty diff.
    const test::ProcessRun diff = cli({u"diff"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QVERIFY2(diff.code == 0, diff.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(diff.out).object();
    QVERIFY(doc.value(u"new"_s).toArray().isEmpty());
    QVERIFY(doc.value(u"resolved"_s).toArray().isEmpty());
    QVERIFY(!doc.value(u"unchanged"_s).toArray().isEmpty());

    // A store failure still prints the scan, then fails: a database from a newer Bulwark.
    const QString newer = m_dir.filePath(u"newer.db"_s);
    {
        auto handle = store::ScanDatabase::open(newer);
        QVERIFY(handle);
        QVERIFY((*handle)->execute("PRAGMA user_version = 42"));
    }
    const test::ProcessRun refused = cli({u"scan"_s, u"--host"_s, test::testDockerHost(), u"--format"_s, u"json"_s, u"--db"_s, newer});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("not stored"), refused.err.constData());
    QVERIFY(refused.err.contains("newer Bulwark"));
    QVERIFY2(QJsonDocument::fromJson(refused.out).isObject(), "the report is still written");
}

QTEST_GUILESS_MAIN(TestHistoryIntegration)
#include "tst_history_integration.moc"
