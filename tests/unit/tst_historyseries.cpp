// HistorySeries: the chart series read from a seeded database, bucketing,
// sparklines, image ages and time to fix.

#include "StoreFixtures.h"
#include "store/HistorySeries.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::store;

namespace {

const QDateTime Start(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);

// The start of hour h of the seeded day; invalid (an unbounded range end) for h < 0.
QDateTime hourAt(int h)
{
    return h < 0 ? QDateTime() : Start.addSecs(3600 * h);
}

// Deterministic but irregular, so min/max/last of a bucket all differ.
int scoreOf(int hour) { return (hour * 37 + 11) % 101; }
int criticalOf(int hour) { return hour % 7; }

Finding finding(const QString &rule, Severity severity, const QString &targetName)
{
    Finding f = test::catalogueFinding(rule, QStringLiteral("evidence"), test::fakeId(targetName), targetName);
    f.severity = severity;
    return f;
}

ContainerInfo container(const QString &name, int score, const QList<Finding> &findings = {})
{
    ContainerInfo c;
    c.name = name;
    c.id = test::fakeId(name);
    c.image = QStringLiteral("busybox:1");
    c.state = QStringLiteral("running");
    c.risk.score = score;
    c.findings = findings;
    return c;
}

HostSnapshot snapshotAt(const QDateTime &at, const QList<ContainerInfo> &containers, int hostScore = 0)
{
    HostSnapshot s;
    s.engine.url = QStringLiteral("unix:///var/run/docker.sock");
    s.engine.engineId = QStringLiteral("ENGINE");
    s.engine.name = QStringLiteral("host");
    s.startedAt = at;
    s.finishedAt = at.addSecs(1);
    s.containers = containers;
    s.hostScore = hostScore;
    s.assessed = true;
    return s;
}

} // namespace

class TestHistorySeries : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hostScore_data();
    void hostScore();
    void severityCounts_data();
    void severityCounts();
    void emptyHost();
    void containerSparklines();
    void imageAges();
    void timeToFix();
    void timeToFixIgnoresOlderScansSavedLate();
    void timeToFixAfterPrune();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScanDatabase> m_db;
    qint64 m_host = 0;
    QList<qint64> m_ids; // by hour
};

void TestHistorySeries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = ScanDatabase::open(m_dir.filePath(QStringLiteral("series.db")));
    QVERIFY(db);
    m_db = std::move(db).value();
    // 24 hourly scans whose host score and critical count follow scoreOf/criticalOf.
    ScanStore store(*m_db);
    for (int h = 0; h < 24; ++h) {
        QList<Finding> findings;
        for (int c = 0; c < criticalOf(h); ++c)
            findings << finding(QStringLiteral("BW-C00%1").arg(c + 1), Severity::Critical, QStringLiteral("box"));
        findings << finding(QStringLiteral("BW-C018"), Severity::Low, QStringLiteral("box"));
        auto id = store.save(snapshotAt(Start.addSecs(3600 * h), {container(QStringLiteral("box"), 50, findings)},
                                        scoreOf(h)));
        QVERIFY(id);
        m_ids << *id;
    }
    m_host = store.hosts()->first().id;
}

void TestHistorySeries::hostScore_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("fromHour"); // -1: unbounded
    QTest::addColumn<int>("toHour");
    QTest::addColumn<int>("groupSize"); // scans per point; the groups are consecutive
    QTest::addColumn<int>("firstHour");
    QTest::addColumn<int>("points");
    QTest::addRow("every scan") << 0 << -1 << -1 << 1 << 0 << 24;
    QTest::addRow("more points than scans") << 500 << -1 << -1 << 1 << 0 << 24;
    QTest::addRow("exactly as many points") << 24 << -1 << -1 << 1 << 0 << 24;
    // 23 hours in 6 buckets of 3 h 50 min: four scans each.
    QTest::addRow("six buckets") << 6 << -1 << -1 << 4 << 0 << 6;
    QTest::addRow("two buckets") << 2 << -1 << -1 << 12 << 0 << 2;
    QTest::addRow("one bucket") << 1 << -1 << -1 << 24 << 0 << 1;
    QTest::addRow("range, every scan") << 0 << 5 << 10 << 1 << 5 << 6;
    // Hours 4..19: 15 hours in 4 buckets of 3 h 45 min: four scans each.
    QTest::addRow("range, bucketed") << 4 << 4 << 19 << 4 << 4 << 4;
}

void TestHistorySeries::hostScore()
{
    QFETCH(int, maxPoints);
    QFETCH(int, fromHour);
    QFETCH(int, toHour);
    QFETCH(int, groupSize);
    QFETCH(int, firstHour);
    QFETCH(int, points);
    auto series = HistorySeries(*m_db).hostScore(m_host, hourAt(fromHour), hourAt(toHour), maxPoints);
    QVERIFY2(series, qPrintable(series ? QString() : series.error().toString()));
    QCOMPARE(series->size(), points);
    for (int p = 0; p < points; ++p) {
        const int first = firstHour + p * groupSize;
        const int last = first + groupSize - 1;
        const ScorePoint &point = series->at(p);
        QCOMPARE(point.scanId, m_ids.at(last));
        QCOMPARE(point.at, Start.addSecs(3600 * last));
        QCOMPARE(point.score, scoreOf(last));
        QCOMPARE(point.scansInBucket, groupSize);
        int lo = 100, hi = 0;
        for (int h = first; h <= last; ++h) {
            lo = qMin(lo, scoreOf(h));
            hi = qMax(hi, scoreOf(h));
        }
        QCOMPARE(point.minScore, lo);
        QCOMPARE(point.maxScore, hi);
    }
}

void TestHistorySeries::severityCounts_data()
{
    hostScore_data();
}

void TestHistorySeries::severityCounts()
{
    QFETCH(int, maxPoints);
    QFETCH(int, fromHour);
    QFETCH(int, toHour);
    QFETCH(int, groupSize);
    QFETCH(int, firstHour);
    QFETCH(int, points);
    auto series = HistorySeries(*m_db).severityCounts(m_host, hourAt(fromHour), hourAt(toHour), maxPoints);
    QVERIFY(series);
    QCOMPARE(series->size(), points);
    for (int p = 0; p < points; ++p) {
        const int last = firstHour + (p + 1) * groupSize - 1;
        const SeverityPoint &point = series->at(p);
        QCOMPARE(point.scanId, m_ids.at(last));
        QCOMPARE(point.at, Start.addSecs(3600 * last));
        QCOMPARE(point.counts[size_t(Severity::Critical)], criticalOf(last));
        QCOMPARE(point.counts[size_t(Severity::Low)], 1);
        QCOMPARE(point.counts[size_t(Severity::High)], 0);
    }
}

void TestHistorySeries::emptyHost()
{
    HistorySeries series(*m_db);
    QVERIFY(series.hostScore(9999)->isEmpty());
    QVERIFY(series.severityCounts(9999, {}, {}, 10)->isEmpty());
    QVERIFY(series.timeToFix(9999)->isEmpty());
    QVERIFY(series.containerSparklines(9999)->isEmpty());
    QVERIFY(series.imageAges(9999)->isEmpty());
}

void TestHistorySeries::containerSparklines()
{
    QTemporaryDir dir;
    auto db = ScanDatabase::open(dir.filePath(QStringLiteral("spark.db")));
    QVERIFY(db);
    ScanStore store(**db);
    // "web" is absent from the third scan; "db" appears from the second.
    const QList<QList<std::pair<QString, int>>> scans = {
        {{QStringLiteral("web"), 40}},
        {{QStringLiteral("web"), 45}, {QStringLiteral("db"), 70}},
        {{QStringLiteral("db"), 60}},
        {{QStringLiteral("web"), 20}, {QStringLiteral("db"), 65}},
    };
    for (int i = 0; i < scans.size(); ++i) {
        QList<ContainerInfo> containers;
        for (const auto &[name, score] : scans.at(i))
            containers << container(name, score);
        QVERIFY(store.save(snapshotAt(Start.addDays(i), containers)));
    }
    const qint64 host = store.hosts()->first().id;
    auto all = HistorySeries(**db).containerSparklines(host, 20);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->value(QStringLiteral("name:web")), (QList<int>{40, 45, 20}));
    QCOMPARE(all->value(QStringLiteral("name:db")), (QList<int>{70, 60, 65}));
    auto lastTwo = HistorySeries(**db).containerSparklines(host, 2);
    QVERIFY(lastTwo);
    QCOMPARE(lastTwo->value(QStringLiteral("name:web")), QList<int>{20});
    QCOMPARE(lastTwo->value(QStringLiteral("name:db")), (QList<int>{60, 65}));
}

void TestHistorySeries::imageAges()
{
    QTemporaryDir dir;
    auto db = ScanDatabase::open(dir.filePath(QStringLiteral("ages.db")));
    QVERIFY(db);
    HostSnapshot snap = snapshotAt(Start, {});
    for (int age : {3, 400, -1, 90}) {
        ImageInfo img;
        img.id = test::fakeId(QString::number(age));
        img.created = age < 0 ? QDateTime() : snap.finishedAt.addDays(-age);
        snap.images << img;
    }
    auto id = ScanStore(**db).save(snap);
    QVERIFY(id);
    auto ages = HistorySeries(**db).imageAges(*id);
    QVERIFY(ages);
    QCOMPARE(*ages, (QList<int>{3, 400, 90}));
}

void TestHistorySeries::timeToFix()
{
    QTemporaryDir dir;
    auto db = ScanDatabase::open(dir.filePath(QStringLiteral("ttf.db")));
    QVERIFY(db);
    ScanStore store(**db);
    const Finding privileged = finding(QStringLiteral("BW-C001"), Severity::Critical, QStringLiteral("app"));
    const Finding socket = finding(QStringLiteral("BW-C002"), Severity::Critical, QStringLiteral("app"));
    const Finding readonly = finding(QStringLiteral("BW-C018"), Severity::Low, QStringLiteral("app"));
    // Day 0: all three. Day 1: privileged fixed. Day 3: socket fixed, privileged back.
    // Day 6: the container is gone, so readonly and privileged are resolved too.
    QVERIFY(store.save(snapshotAt(Start, {container(QStringLiteral("app"), 90, {privileged, socket, readonly})})));
    QVERIFY(store.save(snapshotAt(Start.addDays(1), {container(QStringLiteral("app"), 90, {socket, readonly})})));
    QVERIFY(store.save(snapshotAt(Start.addDays(3), {container(QStringLiteral("app"), 90, {privileged, readonly})})));
    const qint64 host = store.hosts()->first().id;

    auto fixes = HistorySeries(**db).timeToFix(host);
    QVERIFY(fixes);
    QCOMPARE(fixes->size(), 2);
    QCOMPARE(fixes->at(0).ruleId, QStringLiteral("BW-C001"));
    QCOMPARE(fixes->at(0).targetName, QStringLiteral("app"));
    QCOMPARE(fixes->at(0).severity, int(Severity::Critical));
    QCOMPARE(fixes->at(0).seconds(), 86400);
    QCOMPARE(fixes->at(1).ruleId, QStringLiteral("BW-C002"));
    QCOMPARE(fixes->at(1).firstSeen, Start);
    QCOMPARE(fixes->at(1).resolvedAt, Start.addDays(3));

    QVERIFY(store.save(snapshotAt(Start.addDays(6), {})));
    fixes = HistorySeries(**db).timeToFix(host);
    QCOMPARE(fixes->size(), 4);
    QCOMPARE(fixes->at(2).seconds() + fixes->at(3).seconds(), qint64(3 + 6) * 86400); // privileged again 3 d, readonly 6 d

    // The range filters on the day the fix was seen.
    auto firstDays = HistorySeries(**db).timeToFix(host, Start, Start.addDays(2));
    QCOMPARE(firstDays->size(), 1);
    QCOMPARE(firstDays->first().ruleId, QStringLiteral("BW-C001"));
}

void TestHistorySeries::timeToFixIgnoresOlderScansSavedLate()
{
    QTemporaryDir dir;
    auto db = ScanDatabase::open(dir.filePath(QStringLiteral("late.db")));
    QVERIFY(db);
    ScanStore store(**db);
    const Finding privileged = finding(QStringLiteral("BW-C001"), Severity::Critical, QStringLiteral("app"));
    QVERIFY(store.save(snapshotAt(Start, {container(QStringLiteral("app"), 90, {privileged})})));
    QVERIFY(store.save(snapshotAt(Start.addDays(2), {container(QStringLiteral("app"), 90, {privileged})})));
    // An older scan imported afterwards (without the finding) must not "fix" it.
    QVERIFY(store.save(snapshotAt(Start.addDays(1), {container(QStringLiteral("app"), 10)})));
    QVERIFY(HistorySeries(**db).timeToFix(store.hosts()->first().id)->isEmpty());
}

void TestHistorySeries::timeToFixAfterPrune()
{
    QTemporaryDir dir;
    auto db = ScanDatabase::open(dir.filePath(QStringLiteral("pruned.db")));
    QVERIFY(db);
    ScanStore store(**db);
    const Finding a = finding(QStringLiteral("BW-C001"), Severity::Critical, QStringLiteral("app"));
    const Finding b = finding(QStringLiteral("BW-C002"), Severity::Critical, QStringLiteral("app"));
    QVERIFY(store.save(snapshotAt(Start, {container(QStringLiteral("app"), 90, {a, b})})));
    QVERIFY(store.save(snapshotAt(Start.addDays(10), {container(QStringLiteral("app"), 90, {b})})));
    QVERIFY(store.save(snapshotAt(Start.addDays(20), {container(QStringLiteral("app"), 90, {})})));
    const qint64 host = store.hosts()->first().id;
    QCOMPARE(HistorySeries(**db).timeToFix(host)->size(), 2);
    PrunePolicy policy;
    policy.keepPerHost = 1; // keeps day 20 only: the fix seen on day 10 is older than what is kept
    QCOMPARE(store.prune(policy)->scansRemoved, 2);
    auto fixes = HistorySeries(**db).timeToFix(host);
    QVERIFY(fixes);
    QCOMPARE(fixes->size(), 1);
    QCOMPARE(fixes->first().ruleId, QStringLiteral("BW-C002"));
    QCOMPARE(fixes->first().seconds(), qint64(20) * 86400); // the first sighting survives the prune
}

QTEST_GUILESS_MAIN(TestHistorySeries)
#include "tst_historyseries.moc"
