// The History panel's off-thread reads against seeded databases: what arrives,
// that it arrives from another thread's connection, and that stale answers are dropped.
#include "HistoryChartData.h"
#include "HistoryLoader.h"
#include "HistorySeed.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class TestHistoryLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void hostsAndHistory();
    void seriesPointsMatchSeed();
    void bucketedSeriesStayWithinMaxPoints();
    void staleAnswersAreDropped();
    void diffReadsForwardInTime();
    void scanAndSparklines();
    void missingDatabaseIsEmpty();
    void corruptDatabaseFails();

private:
    HostHistory loadHistory(HistoryLoader &loader, qint64 hostId, const QDateTime &from = {}, int maxPoints = 500);
    qint64 onlyHostId(HistoryLoader &loader);

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids;
};

void TestHistoryLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryLoader::init()
{
    // A fresh database per test, so one test's extra scans never leak into the next.
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("history-%1.db").arg(++n));
    m_ids = test::seedDatabase(m_path, test::threeScans());
    QCOMPARE(m_ids.size(), 3);
}

HostHistory TestHistoryLoader::loadHistory(HistoryLoader &loader, qint64 hostId, const QDateTime &from, int maxPoints)
{
    QSignalSpy loaded(&loader, &HistoryLoader::hostLoaded);
    loader.loadHost(hostId, from, maxPoints);
    if (!loaded.wait(10000))
        return {};
    return loaded.at(0).at(0).value<HostHistory>();
}

qint64 TestHistoryLoader::onlyHostId(HistoryLoader &loader)
{
    QSignalSpy hosts(&loader, &HistoryLoader::hostsLoaded);
    loader.loadHosts();
    if (!hosts.wait(10000))
        return 0;
    const auto list = hosts.at(0).at(0).value<QList<store::HostRecord>>();
    return list.size() == 1 ? list.constFirst().id : 0;
}

void TestHistoryLoader::hostsAndHistory()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_path);
    QSignalSpy hosts(&loader, &HistoryLoader::hostsLoaded);
    QSignalSpy loading(&loader, &HistoryLoader::loadingChanged);
    loader.loadHosts();
    QVERIFY(loader.isLoading());
    QVERIFY(hosts.wait(10000));
    QVERIFY(!loader.isLoading());
    QCOMPARE(loading.count(), 2);
    const auto list = hosts.at(0).at(0).value<QList<store::HostRecord>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).url, QStringLiteral("unix:///run/seed/docker.sock"));
    QCOMPARE(list.at(0).scanCount, 3);

    const HostHistory history = loadHistory(loader, list.at(0).id);
    QCOMPARE(history.hostId, list.at(0).id);
    QCOMPARE(history.totalScans, 3);
    QCOMPARE(history.scans.size(), 3);
    QCOMPARE(history.scans.constFirst().id, m_ids.constLast()); // newest first
    QCOMPARE(history.latestScanId, m_ids.constLast());
    // The newest scan keeps one image, built 100 days before the first scan.
    QCOMPARE(history.imageAges, QList<int>{100});
}

void TestHistoryLoader::seriesPointsMatchSeed()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_path);
    const HostHistory history = loadHistory(loader, onlyHostId(loader));
    const QList<test::SeedScan> seeds = test::threeScans();

    const ScoreSeriesData score = HistoryChartData::scoreSeries(history.score);
    QCOMPARE(score.score.size(), seeds.size());
    QCOMPARE(score.scanIds, m_ids);
    for (int i = 0; i < seeds.size(); ++i)
        QCOMPARE(score.score.at(i), QPointF(qreal(seeds.at(i).at.toMSecsSinceEpoch()), seeds.at(i).hostScore));
    QVERIFY(!score.bucketed());

    const SeverityStackData severity = HistoryChartData::severityStack(history.severity);
    QCOMPARE(severity.scanIds, m_ids);
    for (int i = 0; i < seeds.size(); ++i) {
        std::array<int, 5> expected{};
        for (const test::SeedContainer &c : seeds.at(i).containers) {
            for (const test::SeedFinding &f : c.findings)
                ++expected[std::size_t(f.severity)];
        }
        QCOMPARE(severity.counts.at(i), expected);
        int total = 0;
        for (int n : expected)
            total += n;
        QCOMPARE(severity.upper.at(std::size_t(Severity::Info)).at(i).y(), qreal(total));
    }

    // Three findings were resolved, each an hour after it was first seen: C001 and L001 at
    // the second scan, C020 at the third.
    const FixTimeData fixes = HistoryChartData::fixTime(history.fixes);
    QCOMPARE(fixes.total, 3);
    QCOMPARE(fixes.totals.at(std::size_t(Severity::Critical)), 1);
    QCOMPARE(fixes.totals.at(std::size_t(Severity::High)), 1);
    QCOMPARE(fixes.totals.at(std::size_t(Severity::Low)), 1);
    QCOMPARE(fixes.medianDays.at(std::size_t(Severity::High)), 1.0 / 24);
    QCOMPARE(fixes.counts.at(std::size_t(Severity::Critical)).constFirst(), 1); // under a day

    // A range that starts after the first scan leaves it out of every series.
    const HostHistory recent = loadHistory(loader, history.hostId, seeds.at(1).at);
    QCOMPARE(recent.score.size(), 2);
    QCOMPARE(recent.score.constFirst().scanId, m_ids.at(1));
}

void TestHistoryLoader::bucketedSeriesStayWithinMaxPoints()
{
    // A day of scans every ten minutes: 144 scans drawn as at most 20 points.
    QList<test::SeedScan> scans;
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 144; ++i)
        scans << test::SeedScan{start.addSecs(i * 600), (i * 37) % 101, {{QStringLiteral("web"), 10, {}}}, {}};
    const QString path = m_dir.filePath(QStringLiteral("day.db"));
    const QList<qint64> ids = test::seedDatabase(path, scans, QStringLiteral("tcp://day:2376"), QStringLiteral("DAY"));
    QCOMPARE(ids.size(), 144);

    HistoryLoader loader;
    loader.setDatabasePath(path);
    const HostHistory history = loadHistory(loader, onlyHostId(loader), {}, 20);
    QVERIFY(!history.score.isEmpty());
    QVERIFY2(history.score.size() <= 20, qPrintable(QString::number(history.score.size())));
    QVERIFY(history.severity.size() <= 20);
    const ScoreSeriesData data = HistoryChartData::scoreSeries(history.score);
    QVERIFY(data.bucketed());
    int covered = 0;
    for (int i = 0; i < data.score.size(); ++i) {
        // Each point is a real scan with its real score, inside its bucket's range.
        const int index = int(ids.indexOf(data.scanIds.at(i)));
        QVERIFY(index >= 0);
        QCOMPARE(int(data.score.at(i).y()), scans.at(index).hostScore);
        QVERIFY(data.low.at(i).y() <= data.score.at(i).y() && data.score.at(i).y() <= data.high.at(i).y());
        covered += data.scansInBucket.at(i);
    }
    QCOMPARE(covered, 144);
    // The list stays capped for the UI; the total says how many there are.
    QCOMPARE(history.totalScans, 144);
    QCOMPARE(history.scans.size(), 144);
}

void TestHistoryLoader::staleAnswersAreDropped()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_path);
    const qint64 hostId = onlyHostId(loader);
    QSignalSpy loaded(&loader, &HistoryLoader::hostLoaded);
    const QDateTime afterFirst = test::threeScans().at(1).at;
    loader.loadHost(hostId, {}, 500);
    loader.loadHost(hostId, afterFirst, 500); // supersedes the first
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // time for the stale answer to arrive, wrongly
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).value<HostHistory>().from, afterFirst);
    QCOMPARE(loaded.at(0).at(0).value<HostHistory>().score.size(), 2);
}

void TestHistoryLoader::diffReadsForwardInTime()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_path);
    QSignalSpy diffs(&loader, &HistoryLoader::diffLoaded);
    loader.loadDiff(m_ids.at(1), m_ids.at(0)); // newer first, as a user might pick them
    QVERIFY(diffs.wait(10000));
    const auto diff = diffs.at(0).at(0).value<store::ScanDiff>();
    QCOMPARE(diff.from.id, m_ids.at(0));
    QCOMPARE(diff.to.id, m_ids.at(1));
    QCOMPARE(diff.addedContainers.size(), 1);
    QCOMPARE(diff.addedContainers.constFirst().name, QStringLiteral("worker"));
}

void TestHistoryLoader::scanAndSparklines()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_path);
    QSignalSpy scans(&loader, &HistoryLoader::scanLoaded);
    loader.loadScan(m_ids.at(0));
    QVERIFY(scans.wait(10000));
    const auto scan = scans.at(0).at(0).value<store::StoredScan>();
    QCOMPARE(scan.summary.id, m_ids.at(0));
    QCOMPARE(scan.containers.size(), 3);
    QCOMPARE(scan.findings.size(), 4);

    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.loadScan(999999);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<HistoryLoader::Request>(), HistoryLoader::Request::Scan);
    QCOMPARE(failed.at(0).at(1).value<store::StoreError>().kind, store::StoreErrorKind::NotFound);

    const qint64 hostId = onlyHostId(loader);
    QSignalSpy sparklines(&loader, &HistoryLoader::sparklinesLoaded);
    loader.loadSparklines(hostId, 20);
    QVERIFY(sparklines.wait(10000));
    QCOMPARE(sparklines.at(0).at(0).toLongLong(), hostId);
    const auto lines = sparklines.at(0).at(1).value<QHash<QString, QList<int>>>();
    QCOMPARE(lines.value(QStringLiteral("name:web")), (QList<int>{70, 50, 20}));
    QCOMPARE(lines.value(QStringLiteral("name:db")), (QList<int>{30, 30, 30}));
    QCOMPARE(lines.value(QStringLiteral("name:cache")), QList<int>{10});
    QCOMPARE(lines.value(QStringLiteral("name:worker")), (QList<int>{20, 20}));
}

void TestHistoryLoader::missingDatabaseIsEmpty()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_dir.filePath(QStringLiteral("never-written.db")));
    QSignalSpy hosts(&loader, &HistoryLoader::hostsLoaded);
    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.loadHosts();
    QVERIFY(hosts.wait(10000));
    QVERIFY(hosts.at(0).at(0).value<QList<store::HostRecord>>().isEmpty());
    QCOMPARE(failed.count(), 0);
    // Reading never creates the file.
    QVERIFY(!QFile::exists(loader.databasePath()));
}

void TestHistoryLoader::corruptDatabaseFails()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    HistoryLoader loader;
    loader.setDatabasePath(path);
    QSignalSpy failed(&loader, &HistoryLoader::failed);
    loader.loadHosts();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<HistoryLoader::Request>(), HistoryLoader::Request::Hosts);
    const auto error = failed.at(0).at(1).value<store::StoreError>();
    QVERIFY(error.isError());
    QVERIFY2(error.toString().contains(path), qPrintable(error.toString()));
    // Nothing was written to it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

QTEST_GUILESS_MAIN(TestHistoryLoader)
#include "tst_historyloader.moc"
