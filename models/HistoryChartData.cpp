#include "HistoryChartData.h"

#include "rules/Severity.h"

#include <algorithm>

namespace bulwark {

namespace {

qreal xOf(const QDateTime &at)
{
    return qreal(at.toMSecsSinceEpoch());
}

// Index of the bin a value falls into, given each bin's exclusive upper bound.
template <std::size_t N>
int binOf(double value, const std::array<double, N> &upperBounds)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value < upperBounds[i])
            return int(i);
    }
    return int(N);
}

} // namespace

bool ScoreSeriesData::bucketed() const
{
    return std::any_of(scansInBucket.cbegin(), scansInBucket.cend(), [](int n) { return n > 1; });
}

ScoreSeriesData HistoryChartData::scoreSeries(const QList<store::ScorePoint> &points)
{
    ScoreSeriesData data;
    data.score.reserve(points.size());
    data.low.reserve(points.size());
    data.high.reserve(points.size());
    data.scanIds.reserve(points.size());
    data.scansInBucket.reserve(points.size());
    for (const store::ScorePoint &point : points) {
        const qreal x = xOf(point.at);
        data.score.append(QPointF(x, point.score));
        // A point of one scan has no range to speak of: the band collapses onto the line.
        const bool bucket = point.scansInBucket > 1;
        data.low.append(QPointF(x, bucket ? std::min(point.minScore, point.score) : point.score));
        data.high.append(QPointF(x, bucket ? std::max(point.maxScore, point.score) : point.score));
        data.scanIds.append(point.scanId);
        data.scansInBucket.append(std::max(1, point.scansInBucket));
    }
    return data;
}

SeverityStackData HistoryChartData::severityStack(const QList<store::SeverityPoint> &points)
{
    SeverityStackData data;
    for (const store::SeverityPoint &point : points) {
        const qreal x = xOf(point.at);
        int base = 0;
        for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
            const int count = std::max(0, point.counts.at(std::size_t(s)));
            data.lower[std::size_t(s)].append(QPointF(x, base));
            base += count;
            data.upper[std::size_t(s)].append(QPointF(x, base));
        }
        data.maxTotal = std::max(data.maxTotal, base);
        data.scanIds.append(point.scanId);
        data.counts.append(point.counts);
    }
    return data;
}

HistogramData HistoryChartData::imageAgeHistogram(const QList<int> &ageDays)
{
    static constexpr std::array<double, 5> bounds{30, 91, 182, 365, 730};
    HistogramData data;
    // No "<": chart axis labels are rich text.
    data.categories = {tr("0–1 month"), tr("1–3 months"), tr("3–6 months"), tr("½–1 year"), tr("1–2 years"),
                       tr("2+ years")};
    data.counts = QList<int>(data.categories.size(), 0);
    for (int age : ageDays) {
        if (age < 0)
            continue; // unknown
        ++data.counts[binOf(age, bounds)];
        ++data.total;
    }
    return data;
}

FixTimeData HistoryChartData::fixTime(const QList<store::FixDuration> &durations)
{
    static constexpr std::array<double, 4> boundsDays{1, 7, 28, 91};
    FixTimeData data;
    data.categories = {tr("0–1 day"), tr("1–7 days"), tr("1–4 weeks"), tr("1–3 months"), tr("3+ months")};
    std::array<QList<double>, 5> days;
    for (QList<int> &counts : data.counts)
        counts = QList<int>(data.categories.size(), 0);
    for (const store::FixDuration &duration : durations) {
        if (duration.severity < int(Severity::Info) || duration.severity > int(Severity::Critical))
            continue;
        const double open = double(std::max<qint64>(0, duration.seconds())) / 86400.0;
        const auto s = std::size_t(duration.severity);
        ++data.counts[s][binOf(open, boundsDays)];
        days[s].append(open);
        ++data.totals[s];
        ++data.total;
    }
    for (std::size_t s = 0; s < days.size(); ++s)
        data.medianDays[s] = median(days[s]);
    return data;
}

int HistoryChartData::nearestIndex(const QList<QPointF> &points, qreal x)
{
    if (points.isEmpty())
        return -1;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), x,
                                        [](const QPointF &point, qreal value) { return point.x() < value; });
    if (after == points.cbegin())
        return 0;
    if (after == points.cend())
        return int(points.size()) - 1;
    const auto before = after - 1;
    return int((x - before->x() <= after->x() - x ? before : after) - points.cbegin());
}

int HistoryChartData::maxPointsForWidth(int width)
{
    return std::clamp(width / 2, 50, 1000);
}

double HistoryChartData::median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace bulwark
