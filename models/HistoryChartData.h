#pragma once

#include "store/HistorySeries.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>

namespace bulwark {

// Points of the host score line. x is milliseconds since the epoch (what
// QDateTimeAxis expects), y the score; one entry per stored point, so index i
// of every list describes the same scan.
struct ScoreSeriesData {
    QList<QPointF> score;
    QList<QPointF> low;   // bucket minimum; equals score when a point is one scan
    QList<QPointF> high;  // bucket maximum
    QList<qint64> scanIds;
    QList<int> scansInBucket;
    [[nodiscard]] bool bucketed() const;
    [[nodiscard]] bool isEmpty() const { return score.isEmpty(); }
};

// Findings by severity as a stack: Critical at the bottom, Info on top, so the
// bands that matter most sit on the axis and are never pushed around by noise.
// lower[s] and upper[s] bound severity s's band at each point.
struct SeverityStackData {
    std::array<QList<QPointF>, 5> lower; // indexed by int(Severity)
    std::array<QList<QPointF>, 5> upper;
    QList<qint64> scanIds;
    QList<std::array<int, 5>> counts;
    int maxTotal = 0;
    [[nodiscard]] bool isEmpty() const { return scanIds.isEmpty(); }
};

// A histogram with labelled bins, one count per bin.
struct HistogramData {
    QStringList categories;
    QList<int> counts;
    int total = 0;
};

// Resolved findings by how long they stayed open, one bar set per severity.
struct FixTimeData {
    QStringList categories;
    std::array<QList<int>, 5> counts{};   // per severity, one entry per category
    std::array<double, 5> medianDays{};   // -1 when the severity has no resolved finding
    std::array<int, 5> totals{};
    int total = 0;
};

// Turns the store's aggregated series into chart points. Pure, so the numbers
// the charts draw are tested without a widget.
class HistoryChartData {
    Q_DECLARE_TR_FUNCTIONS(bulwark::HistoryChartData)

public:
    static ScoreSeriesData scoreSeries(const QList<store::ScorePoint> &points);
    static SeverityStackData severityStack(const QList<store::SeverityPoint> &points);
    // Bins: under a month, 1–3 months, 3–6 months, half a year to a year, 1–2 years, 2 years and more.
    static HistogramData imageAgeHistogram(const QList<int> &ageDays);
    // Bins: under a day, 1–7 days, 1–4 weeks, 1–3 months, over 3 months.
    static FixTimeData fixTime(const QList<store::FixDuration> &durations);

    // Index of the point whose x is nearest to x in a list sorted by x; -1 when empty.
    static int nearestIndex(const QList<QPointF> &points, qreal x);
    // How many points to ask the store for when a chart is `width` pixels wide:
    // about one per two pixels, never fewer than 50 nor more than 1,000.
    static int maxPointsForWidth(int width);
    // Median of a list of values (sorted or not); -1 for an empty list.
    static double median(QList<double> values);
};

} // namespace bulwark
