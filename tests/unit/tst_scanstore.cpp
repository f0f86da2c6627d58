// ScanStore: what goes in comes out, hosts and listings, sharing of unchanged
// content between scans, and retention.

#include "StoreFixtures.h"
#include "rules/RuleEngine.h"
#include "store/ContainerIdentity.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bulwark;
using namespace bulwark::store;

namespace {

qint64 countRows(const ScanDatabase &db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr);
    qint64 n = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

QList<Finding> allFindings(const HostSnapshot &snap)
{
    QList<Finding> all;
    for (const ContainerInfo &c : snap.containers)
        all += c.findings;
    for (const ImageInfo &i : snap.images)
        all += i.findings;
    all += snap.daemonFindings;
    return all;
}

test::SyntheticHost hostAt(int hour, const QString &engineId = QStringLiteral("ENGINE-A"))
{
    test::SyntheticHost o;
    o.containers = 30;
    o.images = 5;
    o.scanIndex = hour;
    o.engineId = engineId;
    o.at = o.at.addSecs(3600 * hour);
    return o;
}

} // namespace

class TestScanStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundTrip();
    void identities_data();
    void identities();
    void refusesUnassessedSnapshot();
    void hostsAndListing();
    void hostByUrl_data();
    void hostByUrl();
    void unknownScanIsNotFound();
    void unchangedContentIsStoredOnce();
    void olderScanKeepsNewestHostName();
    void prune_data();
    void prune();
    void pruneRejectsNegativeLimits();
    void writerSurvivesAnotherConnectionsPrune();
    void damagedRowsDoNotCrashLoading();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ScanDatabase> m_db;
};

void TestScanStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto db = ScanDatabase::open(m_dir->filePath(QStringLiteral("history.db")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(db).value();
}

void TestScanStore::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestScanStore::roundTrip()
{
    const HostSnapshot snap = test::realisticHost();
    QVERIFY(snap.assessed);
    ScanStore store(*m_db);
    auto id = store.save(snap);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    auto loaded = store.load(*id);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const StoredScan &scan = *loaded;

    QCOMPARE(scan.summary.id, *id);
    QCOMPARE(scan.summary.hostUrl, snap.engine.url);
    QCOMPARE(scan.summary.engineId, snap.engine.engineId);
    QCOMPARE(scan.summary.hostName, snap.engine.name);
    QCOMPARE(scan.summary.engineVersion, snap.engine.engineVersion);
    QCOMPARE(scan.summary.startedAt, snap.startedAt);
    QCOMPARE(scan.summary.finishedAt, snap.finishedAt);
    QCOMPARE(scan.summary.hostScore, snap.hostScore);
    QCOMPARE(scan.summary.containerCount, int(snap.containers.size()));
    QCOMPARE(scan.summary.imageCount, int(snap.images.size()));
    const auto counts = countBySeverity(allFindings(snap));
    for (int s = 0; s < 5; ++s)
        QCOMPARE(scan.summary.severityCounts[size_t(s)], counts[size_t(s)]);

    QCOMPARE(scan.containers.size(), snap.containers.size());
    for (qsizetype i = 0; i < snap.containers.size(); ++i) {
        const ContainerInfo &c = snap.containers.at(i);
        const StoredContainer &s = scan.containers.at(i);
        QCOMPARE(s.identity, containerIdentity(c));
        QCOMPARE(s.id, c.id);
        QCOMPARE(s.name, c.name);
        QCOMPARE(s.image, c.image);
        QCOMPARE(s.imageId, c.imageId);
        QCOMPARE(s.state, c.state);
        QCOMPARE(s.score, c.risk.score);
        QCOMPARE(s.breakdown.size(), c.risk.breakdown.size());
        for (qsizetype b = 0; b < s.breakdown.size(); ++b) {
            QCOMPARE(s.breakdown[b].ruleId, c.risk.breakdown[b].ruleId);
            QCOMPARE(s.breakdown[b].severity, c.risk.breakdown[b].severity);
            QCOMPARE(s.breakdown[b].basePoints, c.risk.breakdown[b].basePoints);
            QCOMPARE(s.breakdown[b].multiplier, c.risk.breakdown[b].multiplier);
            QCOMPARE(s.breakdown[b].points, c.risk.breakdown[b].points);
            QCOMPARE(s.breakdown[b].share, c.risk.breakdown[b].share);
            QCOMPARE(s.breakdown[b].reason, c.risk.breakdown[b].reason);
        }
    }
    QVERIFY(!scan.containers.at(0).breakdown.isEmpty());

    QCOMPARE(scan.images.size(), snap.images.size());
    for (qsizetype i = 0; i < snap.images.size(); ++i) {
        const ImageInfo &img = snap.images.at(i);
        const StoredImage &s = scan.images.at(i);
        QCOMPARE(s.key, imageKey(img));
        QCOMPARE(s.id, img.id);
        QCOMPARE(s.tags, img.tags);
        QCOMPARE(s.created, img.created);
    }
    QCOMPARE(scan.images.at(0).ageDays, 400);
    QCOMPARE(scan.images.at(1).osLabel, QStringLiteral("Debian 9 (stretch)"));
    QCOMPARE(scan.images.at(1).eolDate, QDate(2022, 6, 30));
    QVERIFY(scan.images.at(1).pastEol);
    QVERIFY(!scan.images.at(0).pastEol);
    QCOMPARE(scan.images.at(2).ageDays, -1); // build time unknown
    QCOMPARE(scan.images.at(2).key, QStringLiteral("id:") + snap.images.at(2).id);

    // Every finding, with its target, in the order container → image → daemon.
    QList<StoredFinding> expected;
    for (const ContainerInfo &c : snap.containers) {
        for (const Finding &f : c.findings)
            expected.append({f.ruleId, f.cis, f.severity, f.title, f.evidence, f.scope, containerIdentity(c), c.name, f.waiver});
    }
    for (const ImageInfo &img : snap.images) {
        for (const Finding &f : img.findings)
            expected.append({f.ruleId, f.cis, f.severity, f.title, f.evidence, f.scope, imageKey(img), f.targetName, f.waiver});
    }
    for (const Finding &f : snap.daemonFindings)
        expected.append({f.ruleId, f.cis, f.severity, f.title, f.evidence, f.scope, QString(), snap.engine.name, f.waiver});
    QCOMPARE(scan.findings.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const StoredFinding &a = scan.findings.at(i);
        const StoredFinding &e = expected.at(i);
        QCOMPARE(a.ruleId, e.ruleId);
        QCOMPARE(a.cis, e.cis);
        QCOMPARE(a.severity, e.severity);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.evidence, e.evidence);
        QCOMPARE(a.scope, e.scope);
        QCOMPARE(a.targetKey, e.targetKey);
        QCOMPARE(a.targetName, e.targetName);
        // Back to a Finding (verifying a fix compares one with a new scan): what was stored.
        const Finding back = a.toFinding();
        QCOMPARE(back.ruleId, e.ruleId);
        QCOMPARE(back.cis, e.cis);
        QCOMPARE(back.severity, e.severity);
        QCOMPARE(back.title, e.title);
        QCOMPARE(back.evidence, e.evidence);
        QCOMPARE(back.scope, e.scope);
        QCOMPARE(back.targetName, e.targetName);
        QCOMPARE(back.waiver.waived(), e.waiver.waived());
    }
    // The privileged container's finding is there, by rule and identity.
    bool privileged = false;
    for (const StoredFinding &f : scan.findings)
        privileged |= f.key() == QStringLiteral("BW-C001@name:admin-shell");
    QVERIFY(privileged);
}

void TestScanStore::identities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("identity");
    QTest::addRow("plain") << QStringLiteral("web") << QString() << QString() << QString() << QStringLiteral("name:web");
    QTest::addRow("compose") << QStringLiteral("shop-web-1") << QStringLiteral("shop") << QStringLiteral("web")
                             << QStringLiteral("1") << QStringLiteral("compose:shop/web#1");
    QTest::addRow("compose without number") << QStringLiteral("x") << QStringLiteral("shop") << QStringLiteral("db")
                                            << QString() << QStringLiteral("compose:shop/db");
    QTest::addRow("project only") << QStringLiteral("y") << QStringLiteral("shop") << QString() << QString()
                                  << QStringLiteral("name:y");
}

void TestScanStore::identities()
{
    QFETCH(QString, name);
    QFETCH(QString, project);
    QFETCH(QString, service);
    QFETCH(QString, number);
    ContainerInfo c;
    c.name = name;
    c.id = QStringLiteral("changes-with-every-recreation");
    if (!project.isEmpty())
        c.labels.insert(QStringLiteral("com.docker.compose.project"), project);
    if (!service.isEmpty())
        c.labels.insert(QStringLiteral("com.docker.compose.service"), service);
    if (!number.isEmpty())
        c.labels.insert(QStringLiteral("com.docker.compose.container-number"), number);
    QTEST(containerIdentity(c), "identity");

    ImageInfo img;
    img.id = QStringLiteral("sha256:1");
    QCOMPARE(imageKey(img), QStringLiteral("id:sha256:1"));
    img.tags = {QStringLiteral("<none>:<none>")};
    QCOMPARE(imageKey(img), QStringLiteral("id:sha256:1"));
    img.tags = {QStringLiteral("app:1"), QStringLiteral("app:latest")};
    QCOMPARE(imageKey(img), QStringLiteral("tag:app:1"));
}

void TestScanStore::refusesUnassessedSnapshot()
{
    HostSnapshot snap = test::realisticHost();
    snap.assessed = false;
    auto id = ScanStore(*m_db).save(snap);
    QVERIFY(!id);
    QCOMPARE(id.error().kind, StoreErrorKind::InvalidArgument);
    QCOMPARE(countRows(*m_db, "scans"), 0);
}

void TestScanStore::hostsAndListing()
{
    ScanStore store(*m_db);
    QList<qint64> a, b;
    for (int h = 0; h < 4; ++h)
        a << *store.save(test::syntheticHost(hostAt(h)));
    for (int h = 0; h < 2; ++h)
        b << *store.save(test::syntheticHost(hostAt(h, QStringLiteral("ENGINE-B"))));

    auto hosts = store.hosts();
    QVERIFY(hosts);
    QCOMPARE(hosts->size(), 2);
    QCOMPARE(hosts->at(0).engineId, QStringLiteral("ENGINE-A"));
    QCOMPARE(hosts->at(0).scanCount, 4);
    QCOMPARE(hosts->at(0).name, QStringLiteral("host-engine-a"));
    QCOMPARE(hosts->at(0).lastScanAt, hostAt(3).at);
    QCOMPARE(hosts->at(1).scanCount, 2);

    auto all = store.scans();
    QVERIFY(all);
    QCOMPARE(all->size(), 6);
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY2(all->at(i - 1).startedAt >= all->at(i).startedAt, "newest first");

    auto ofA = store.scans(hosts->at(0).id, 3);
    QVERIFY(ofA);
    QCOMPARE(ofA->size(), 3);
    QCOMPARE(ofA->at(0).id, a.at(3));
    QCOMPARE(ofA->at(2).id, a.at(1));
    QCOMPARE(ofA->at(0).hostUrl, QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(ofA->at(0).containerCount, 30);

    auto summary = store.summary(b.at(1));
    QVERIFY(summary);
    QCOMPARE(summary->engineId, QStringLiteral("ENGINE-B"));
    QCOMPARE(summary->hostId, hosts->at(1).id);
}

void TestScanStore::hostByUrl_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("kind");
    QTest::addRow("exact") << QStringLiteral("tcp://10.0.0.1:2375") << QStringLiteral("tcp://10.0.0.1:2375")
                           << QStringLiteral("none");
    QTest::addRow("default port") << QStringLiteral("tcp://10.0.0.1:2375") << QStringLiteral("tcp://10.0.0.1")
                                  << QStringLiteral("none");
    QTest::addRow("unix socket") << QStringLiteral("unix:///var/run/docker.sock")
                                 << QStringLiteral("unix:///var/run/docker.sock") << QStringLiteral("none");
    QTest::addRow("other host") << QStringLiteral("tcp://10.0.0.1:2375") << QStringLiteral("tcp://10.0.0.2:2375")
                                << QStringLiteral("not_found");
}

void TestScanStore::hostByUrl()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);
    QFETCH(QString, kind);
    ScanStore store(*m_db);
    test::SyntheticHost o = hostAt(0);
    o.url = stored;
    QVERIFY(store.save(test::syntheticHost(o)));
    auto host = store.hostByUrl(asked);
    QCOMPARE(host ? QStringLiteral("none") : StoreError::kindName(host.error().kind), kind);
    if (host)
        QCOMPARE(host->url, stored);

    // Two engines behind one URL (a daemon reinstalled): ambiguous.
    o.engineId = QStringLiteral("ENGINE-OTHER");
    QVERIFY(store.save(test::syntheticHost(o)));
    auto twice = store.hostByUrl(stored);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, StoreErrorKind::InvalidArgument);
    QVERIFY(twice.error().message.contains(QStringLiteral("ENGINE-OTHER")));
}

void TestScanStore::unknownScanIsNotFound()
{
    ScanStore store(*m_db);
    auto missing = store.load(12345);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, StoreErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("12345")));
}

void TestScanStore::unchangedContentIsStoredOnce()
{
    ScanStore store(*m_db);
    test::SyntheticHost o = hostAt(0);
    o.changingPerScan = 0;
    const HostSnapshot snap = test::syntheticHost(o);
    auto first = store.save(snap);
    QVERIFY(first);
    const qint64 versions = countRows(*m_db, "container_versions");
    const qint64 findings = countRows(*m_db, "container_findings");
    const qint64 texts = countRows(*m_db, "texts");
    QCOMPARE(versions, 30);

    HostSnapshot later = snap;
    later.startedAt = snap.startedAt.addSecs(3600);
    later.finishedAt = later.startedAt.addSecs(1);
    // One container changes: exactly one new version, with its findings.
    later.containers[3].findings.append(test::catalogueFinding(QStringLiteral("BW-C001"), QStringLiteral("privileged now"),
                                                               later.containers[3].id, later.containers[3].name));
    auto second = store.save(later);
    QVERIFY(second);
    QCOMPARE(countRows(*m_db, "container_versions"), versions + 1);
    QCOMPARE(countRows(*m_db, "container_findings"), findings + later.containers[3].findings.size());
    QCOMPARE(countRows(*m_db, "texts"), texts + 1); // the new evidence only
    QCOMPARE(countRows(*m_db, "scan_containers"), 60);

    // Both scans still read back as they were written.
    auto a = store.load(*first);
    auto b = store.load(*second);
    QVERIFY(a && b);
    QCOMPARE(a->containers.at(3).score, snap.containers.at(3).risk.score);
    QCOMPARE(b->findings.size(), a->findings.size() + 1);
    QCOMPARE(b->summary.severityCounts[4], a->summary.severityCounts[4] + 1);
}

void TestScanStore::olderScanKeepsNewestHostName()
{
    ScanStore store(*m_db);
    HostSnapshot newer = test::syntheticHost(hostAt(5));
    newer.engine.name = QStringLiteral("renamed");
    QVERIFY(store.save(newer));
    HostSnapshot older = test::syntheticHost(hostAt(1));
    older.engine.name = QStringLiteral("old-name");
    auto id = store.save(older);
    QVERIFY(id);
    QCOMPARE(store.hosts()->first().name, QStringLiteral("renamed"));
    QCOMPARE(store.summary(*id)->hostName, QStringLiteral("old-name"));
}

void TestScanStore::prune_data()
{
    QTest::addColumn<int>("olderThanDays");  // -1: not set
    QTest::addColumn<int>("keepPerHost");    // -1: not set
    QTest::addColumn<bool>("onlyHostA");
    QTest::addColumn<int>("remainingA");
    QTest::addColumn<int>("remainingB");
    QTest::addColumn<int>("hostsRemoved");
    // Host A: scans on days 0..9, host B: days 0..3; "now" is day 10.
    QTest::addRow("older than 5 days") << 5 << -1 << false << 5 << 0 << 1;
    QTest::addRow("keep 3 per host") << -1 << 3 << false << 3 << 3 << 0;
    QTest::addRow("both") << 8 << 1 << false << 1 << 1 << 0;
    QTest::addRow("one host only") << 5 << -1 << true << 5 << 4 << 0;
    QTest::addRow("nothing to do") << 100 << 50 << false << 10 << 4 << 0;
    QTest::addRow("keep none") << -1 << 0 << false << 0 << 0 << 2;
}

void TestScanStore::prune()
{
    QFETCH(int, olderThanDays);
    QFETCH(int, keepPerHost);
    QFETCH(bool, onlyHostA);
    QFETCH(int, remainingA);
    QFETCH(int, remainingB);
    QFETCH(int, hostsRemoved);
    ScanStore store(*m_db);
    const QDateTime day0 = hostAt(0).at;
    QList<qint64> idsA;
    for (int d = 0; d < 10; ++d) {
        test::SyntheticHost o = hostAt(d * 24);
        o.at = day0.addDays(d);
        idsA << *store.save(test::syntheticHost(o));
    }
    for (int d = 0; d < 4; ++d) {
        test::SyntheticHost o = hostAt(d * 24, QStringLiteral("ENGINE-B"));
        o.at = day0.addDays(d);
        QVERIFY(store.save(test::syntheticHost(o)));
    }
    const qint64 hostA = store.hosts()->first().id;
    QMap<qint64, QString> before;
    for (qint64 id : std::as_const(idsA))
        before.insert(id, test::dumpStoredScan(*store.load(id)));

    PrunePolicy policy;
    if (olderThanDays >= 0)
        policy.olderThanDays = olderThanDays;
    if (keepPerHost >= 0)
        policy.keepPerHost = keepPerHost;
    if (onlyHostA)
        policy.hostId = hostA;
    policy.now = day0.addDays(10);
    auto result = store.prune(policy);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->scansRemoved, 14 - remainingA - remainingB);
    QCOMPARE(result->hostsRemoved, hostsRemoved);

    int a = 0, b = 0;
    const auto remaining = store.scans();
    QVERIFY(remaining);
    for (const ScanSummary &s : *remaining)
        (s.engineId == QStringLiteral("ENGINE-A") ? a : b)++;
    QCOMPARE(a, remainingA);
    QCOMPARE(b, remainingB);
    QCOMPARE(store.hosts()->size(), 2 - hostsRemoved);
    // The newest scans remain, exactly as they were; shared rows they need survived the collection.
    for (qsizetype i = idsA.size() - remainingA; i < idsA.size(); ++i) {
        auto scan = store.load(idsA.at(i));
        QVERIFY(scan);
        QCOMPARE(test::dumpStoredScan(*scan), before.value(idsA.at(i)));
    }
    QVERIFY(m_db->checkIntegrity());
    if (remainingA + remainingB == 0) {
        for (const char *table : {"container_versions", "container_findings", "image_versions", "texts", "rules",
                                  "finding_spans", "scan_containers"})
            QCOMPARE(countRows(*m_db, table), 0);
    }
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db->handle(), "PRAGMA foreign_key_check", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
        sqlite3_finalize(stmt);
    }
}

void TestScanStore::pruneRejectsNegativeLimits()
{
    PrunePolicy policy;
    policy.olderThanDays = -1;
    auto result = ScanStore(*m_db).prune(policy);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, StoreErrorKind::InvalidArgument);
}

void TestScanStore::writerSurvivesAnotherConnectionsPrune()
{
    // Connection A caches ids of shared rows; connection B prunes everything
    // (and collects those rows). A's next save must not reuse stale ids.
    ScanStore writer(*m_db);
    QVERIFY(writer.save(test::syntheticHost(hostAt(0))));
    auto other = ScanDatabase::open(m_db->path());
    QVERIFY(other);
    ScanStore pruner(**other);
    PrunePolicy everything;
    everything.keepPerHost = 0;
    QCOMPARE(pruner.prune(everything)->scansRemoved, 1);
    // B writes different content that may take the freed ids.
    test::SyntheticHost o = hostAt(1);
    o.namePrefix = QStringLiteral("other");
    QVERIFY(pruner.save(test::syntheticHost(o)));

    const HostSnapshot again = test::syntheticHost(hostAt(2));
    auto id = writer.save(again);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    auto loaded = writer.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->containers.size(), again.containers.size());
    for (qsizetype i = 0; i < again.containers.size(); ++i) {
        QCOMPARE(loaded->containers.at(i).name, again.containers.at(i).name);
        QCOMPARE(loaded->containers.at(i).id, again.containers.at(i).id);
    }
    QCOMPARE(loaded->findings.first().evidence, again.containers.first().findings.first().evidence);
}

void TestScanStore::damagedRowsDoNotCrashLoading()
{
    // A file edited by hand: breakdowns of the wrong shape, a severity out of
    // range, a container whose text is gone. Loading must not crash or throw.
    ScanStore store(*m_db);
    auto id = store.save(test::realisticHost());
    QVERIFY(id);
    QVERIFY(m_db->execute("INSERT INTO texts (id, text) VALUES (90001, '[[\"BW-C001\",\"high\",1,1,1,1,\"\"],[1,2],7]'), "
                          "(90002, 'not json')"));
    QVERIFY(m_db->execute("UPDATE container_versions SET breakdown = 90001 WHERE id = (SELECT min(id) FROM container_versions)"));
    QVERIFY(m_db->execute("UPDATE container_versions SET breakdown = 90002 "
                          "WHERE id = (SELECT min(id) + 1 FROM container_versions)"));
    QVERIFY(m_db->execute("UPDATE container_findings SET severity = 99"));
    QVERIFY(m_db->execute("DELETE FROM texts WHERE id = (SELECT name FROM container_versions ORDER BY id DESC LIMIT 1)"));
    auto scan = store.load(*id);
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().toString()));
    QCOMPARE(scan->containers.size(), 2); // the one without a name is left out, with its findings
    QVERIFY(scan->containers.at(0).breakdown.isEmpty());
    QVERIFY(scan->containers.at(1).breakdown.isEmpty());
    for (const StoredFinding &f : scan->findings) {
        QVERIFY(f.severity <= Severity::Critical);
        QVERIFY(f.targetName != QStringLiteral("shop-web-1"));
    }
}

QTEST_GUILESS_MAIN(TestScanStore)
#include "tst_scanstore.moc"
