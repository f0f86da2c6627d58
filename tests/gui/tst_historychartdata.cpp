// Chart points from the store's series: pure functions, no widgets, no database.
#include "HistoryChartData.h"
#include "rules/Severity.h"

#include <QTest>

using namespace bulwark;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

store::ScorePoint scorePoint(int hour, qint64 scanId, int score, int inBucket = 1, int lo = 0, int hi = 0)
{
    store::ScorePoint p;
    p.at = t0.addSecs(hour * 3600);
    p.scanId = scanId;
    p.score = score;
    p.scansInBucket = inBucket;
    p.minScore = inBucket > 1 ? lo : score;
    p.maxScore = inBucket > 1 ? hi : score;
    return p;
}

store::FixDuration fix(Severity severity, double days)
{
    store::FixDuration d;
    d.ruleId = QStringLiteral("BW-X");
    d.severity = int(severity);
    d.firstSeen = t0;
    d.resolvedAt = t0.addSecs(qint64(days * 86400));
    return d;
}

} // namespace

class TestHistoryChartData : public QObject {
    Q_OBJECT

private slots:
    void scoreSeriesKeepsEveryPoint();
    void scoreSeriesBand();
    void severityStackIsCumulative();
    void imageAgeBins_data();
    void imageAgeBins();
    void fixTimeBinsAndMedians();
    void nearestIndex_data();
    void nearestIndex();
    void maxPointsForWidth_data();
    void maxPointsForWidth();
    void median_data();
    void median();
};

void TestHistoryChartData::scoreSeriesKeepsEveryPoint()
{
    const QList<store::ScorePoint> points{scorePoint(0, 11, 70), scorePoint(1, 12, 50), scorePoint(2, 13, 20)};
    const ScoreSeriesData data = HistoryChartData::scoreSeries(points);
    QCOMPARE(data.score.size(), 3);
    for (int i = 0; i < points.size(); ++i) {
        QCOMPARE(data.score.at(i).x(), qreal(points.at(i).at.toMSecsSinceEpoch()));
        QCOMPARE(data.score.at(i).y(), qreal(points.at(i).score));
        QCOMPARE(data.scanIds.at(i), points.at(i).scanId);
        // Single-scan points: the band collapses onto the line.
        QCOMPARE(data.low.at(i).y(), qreal(points.at(i).score));
        QCOMPARE(data.high.at(i).y(), qreal(points.at(i).score));
    }
    QVERIFY(!data.bucketed());
    QVERIFY(HistoryChartData::scoreSeries({}).isEmpty());
}

void TestHistoryChartData::scoreSeriesBand()
{
    const ScoreSeriesData data = HistoryChartData::scoreSeries({scorePoint(0, 5, 40, 12, 35, 62), scorePoint(12, 9, 30)});
    QVERIFY(data.bucketed());
    QCOMPARE(data.low.at(0).y(), 35.0);
    QCOMPARE(data.high.at(0).y(), 62.0);
    QCOMPARE(data.scansInBucket, (QList<int>{12, 1}));
    QCOMPARE(data.low.at(1).y(), 30.0);
}

void TestHistoryChartData::severityStackIsCumulative()
{
    store::SeverityPoint a;
    a.at = t0;
    a.scanId = 1;
    a.counts = {4, 3, 2, 1, 1}; // info, low, medium, high, critical
    store::SeverityPoint b;
    b.at = t0.addSecs(3600);
    b.scanId = 2;
    b.counts = {0, 0, 5, 0, 0};
    const SeverityStackData data = HistoryChartData::severityStack({a, b});
    QCOMPARE(data.scanIds, (QList<qint64>{1, 2}));
    QCOMPARE(data.maxTotal, 11);
    // Critical sits on the axis, Info on top; each band starts where the one below ends.
    const auto band = [&data](Severity s, int i) {
        return QPair<qreal, qreal>(data.lower.at(std::size_t(s)).at(i).y(), data.upper.at(std::size_t(s)).at(i).y());
    };
    QCOMPARE(band(Severity::Critical, 0), (QPair<qreal, qreal>(0, 1)));
    QCOMPARE(band(Severity::High, 0), (QPair<qreal, qreal>(1, 2)));
    QCOMPARE(band(Severity::Medium, 0), (QPair<qreal, qreal>(2, 4)));
    QCOMPARE(band(Severity::Low, 0), (QPair<qreal, qreal>(4, 7)));
    QCOMPARE(band(Severity::Info, 0), (QPair<qreal, qreal>(7, 11)));
    QCOMPARE(band(Severity::Medium, 1), (QPair<qreal, qreal>(0, 5)));
    QCOMPARE(band(Severity::Info, 1), (QPair<qreal, qreal>(5, 5)));
    QCOMPARE(data.upper.at(std::size_t(Severity::Info)).at(1).x(), qreal(b.at.toMSecsSinceEpoch()));
}

void TestHistoryChartData::imageAgeBins_data()
{
    QTest::addColumn<QList<int>>("ages");
    QTest::addColumn<QList<int>>("counts");
    QTest::addRow("empty") << QList<int>{} << QList<int>{0, 0, 0, 0, 0, 0};
    QTest::addRow("edges") << QList<int>{0, 29, 30, 90, 91, 181, 182, 364, 365, 729, 730, 5000}
                           << QList<int>{2, 2, 2, 2, 2, 2};
    QTest::addRow("unknown ignored") << QList<int>{-1, 10} << QList<int>{1, 0, 0, 0, 0, 0};
}

void TestHistoryChartData::imageAgeBins()
{
    QFETCH(QList<int>, ages);
    QFETCH(QList<int>, counts);
    const HistogramData data = HistoryChartData::imageAgeHistogram(ages);
    QCOMPARE(data.categories.size(), 6);
    QCOMPARE(data.counts, counts);
    int total = 0;
    for (int c : counts)
        total += c;
    QCOMPARE(data.total, total);
}

void TestHistoryChartData::fixTimeBinsAndMedians()
{
    const FixTimeData data = HistoryChartData::fixTime({fix(Severity::High, 0.5), fix(Severity::High, 3), fix(Severity::High, 10),
                                                        fix(Severity::Low, 100), fix(Severity::Critical, 1.0 / 24)});
    QCOMPARE(data.categories.size(), 5);
    QCOMPARE(data.total, 5);
    QCOMPARE(data.counts.at(std::size_t(Severity::High)), (QList<int>{1, 1, 1, 0, 0}));
    QCOMPARE(data.counts.at(std::size_t(Severity::Low)), (QList<int>{0, 0, 0, 0, 1}));
    QCOMPARE(data.counts.at(std::size_t(Severity::Critical)), (QList<int>{1, 0, 0, 0, 0}));
    QCOMPARE(data.totals.at(std::size_t(Severity::High)), 3);
    QCOMPARE(data.medianDays.at(std::size_t(Severity::High)), 3.0);
    QCOMPARE(data.medianDays.at(std::size_t(Severity::Low)), 100.0);
    QCOMPARE(data.medianDays.at(std::size_t(Severity::Medium)), -1.0);
    QCOMPARE(data.totals.at(std::size_t(Severity::Medium)), 0);
}

void TestHistoryChartData::nearestIndex_data()
{
    QTest::addColumn<qreal>("x");
    QTest::addColumn<int>("expected");
    QTest::addRow("before first") << qreal(-50) << 0;
    QTest::addRow("on first") << qreal(0) << 0;
    QTest::addRow("closer to first") << qreal(4) << 0;
    QTest::addRow("midway goes left") << qreal(5) << 0;
    QTest::addRow("closer to second") << qreal(6) << 1;
    QTest::addRow("between second and third") << qreal(80) << 2;
    QTest::addRow("after last") << qreal(1000) << 2;
}

void TestHistoryChartData::nearestIndex()
{
    QFETCH(qreal, x);
    QFETCH(int, expected);
    const QList<QPointF> points{{0, 1}, {10, 1}, {100, 1}};
    QCOMPARE(HistoryChartData::nearestIndex(points, x), expected);
    QCOMPARE(HistoryChartData::nearestIndex({}, x), -1);
}

void TestHistoryChartData::maxPointsForWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("points");
    QTest::addRow("hidden") << 0 << 50;
    QTest::addRow("narrow") << 60 << 50;
    QTest::addRow("laptop") << 900 << 450;
    QTest::addRow("wide screen") << 5000 << 1000;
}

void TestHistoryChartData::maxPointsForWidth()
{
    QFETCH(int, width);
    QFETCH(int, points);
    QCOMPARE(HistoryChartData::maxPointsForWidth(width), points);
}

void TestHistoryChartData::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("expected");
    QTest::addRow("empty") << QList<double>{} << -1.0;
    QTest::addRow("odd, unsorted") << QList<double>{9, 1, 5} << 5.0;
    QTest::addRow("even") << QList<double>{4, 1, 3, 2} << 2.5;
}

void TestHistoryChartData::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, expected);
    QCOMPARE(HistoryChartData::median(values), expected);
}

QTEST_GUILESS_MAIN(TestHistoryChartData)
#include "tst_historychartdata.moc"
