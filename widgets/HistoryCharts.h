#pragma once

#include "HistoryChartData.h"
#include "TrendChartView.h"

#include <QCoreApplication>

class QChart;

namespace bulwark {

// Fills the History panel's charts from chart data: series, axes with dates,
// titles and legends, severity colours from SeverityStyle. Each call replaces
// whatever the chart showed before.
class HistoryCharts {
    Q_DECLARE_TR_FUNCTIONS(bulwark::HistoryCharts)

public:
    // Gives the chart Bulwark's look: no animation (a year of points must draw
    // at once), legend at the bottom, a bold title.
    static void style(QChart *chart);

    static ChartTargets showScore(QChart *chart, const ScoreSeriesData &data);
    static ChartTargets showSeverity(QChart *chart, const SeverityStackData &data);
    static void showImageAges(QChart *chart, const HistogramData &data, const QString &subtitle);
    static void showFixTime(QChart *chart, const FixTimeData &data);
    // "Median time to fix: Critical 13 d (2 fixed) · High 19 d (6 fixed)"; empty with nothing fixed.
    static QString fixTimeSummary(const FixTimeData &data);

    // A date format for an axis spanning span milliseconds: times of day for
    // a couple of days, days for months, months beyond.
    static QString axisDateFormat(qint64 spanMs);
    // A round upper bound for a count axis: 10, 20, 50, 100, ...
    static int niceCeiling(int value);
    // "3.5 days", "5 hours", "12 minutes".
    static QString duration(double days);

private:
    static void clear(QChart *chart);
};

} // namespace bulwark
