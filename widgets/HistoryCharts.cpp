#include "HistoryCharts.h"

#include "Format.h"
#include "SeverityStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bulwark {

namespace {

// A point per scan is drawn as a dot while the dots stay apart.
constexpr int maxDottedPoints = 120;

const QColor lineColour(0x2c, 0x3e, 0x50);
const QColor barColour(0x4a, 0x6f, 0x8f);

QDateTime timeOf(qreal msecs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs), Qt::UTC);
}

QDateTimeAxis *timeAxis(QChart *chart, qreal first, qreal last)
{
    auto *axis = new QDateTimeAxis;
    // One scan still gets an axis with room on both sides.
    if (last - first < 1) {
        first -= 3600 * 1000.0;
        last += 3600 * 1000.0;
    }
    axis->setRange(timeOf(first), timeOf(last));
    axis->setFormat(HistoryCharts::axisDateFormat(qint64(last - first)));
    axis->setTickCount(7);
    if (qint64(last - first) <= 2 * 24 * 3600 * 1000LL)
        axis->setTitleText(HistoryCharts::tr("Scan time (local), from %1")
                               .arg(QLocale().toString(timeOf(first).date(), QLocale::LongFormat)));
    else
        axis->setTitleText(HistoryCharts::tr("Scan time (local)"));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *countAxis(QChart *chart, int max, const QString &title)
{
    auto *axis = new QValueAxis;
    const int ceiling = HistoryCharts::niceCeiling(max);
    axis->setRange(0, ceiling);
    axis->setLabelFormat(QStringLiteral("%d"));
    // niceCeiling() is a multiple of 5: five intervals give whole-number ticks.
    axis->setTickCount(6);
    axis->setTitleText(title);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

// Category labels are elided, not wrapped: a slightly smaller font keeps "1–3 months" whole.
QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *lineOf(const QList<QPointF> &points, QObject *parent)
{
    auto *series = new QLineSeries(parent);
    series->replace(points);
    return series;
}

} // namespace

void HistoryCharts::style(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    chart->setTitleFont(title);
}

void HistoryCharts::clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

ChartTargets HistoryCharts::showScore(QChart *chart, const ScoreSeriesData &data)
{
    clear(chart);
    chart->setTitle(tr("Host risk over time"));
    ChartTargets targets;
    if (data.isEmpty()) {
        chart->legend()->hide();
        return targets;
    }
    chart->legend()->setVisible(data.bucketed());

    QDateTimeAxis *x = timeAxis(chart, data.score.constFirst().x(), data.score.constLast().x());
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    // Grid lines on the band boundaries: medium from 30, high from 60, critical from 90.
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(30);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Risk (0–100)"));
    chart->addAxis(y, Qt::AlignLeft);

    if (data.bucketed()) {
        auto *band = new QAreaSeries;
        band->setUpperSeries(lineOf(data.high, band));
        band->setLowerSeries(lineOf(data.low, band));
        band->setName(tr("Lowest to highest within each interval"));
        QColor fill = lineColour;
        fill.setAlphaF(0.22);
        band->setBrush(fill);
        QColor edge = lineColour;
        edge.setAlphaF(0.35);
        band->setPen(QPen(edge, 1));
        attach(chart, band, x, y);
    }

    auto *line = new QLineSeries;
    line->setName(tr("Host risk"));
    line->replace(data.score);
    line->setPen(QPen(lineColour, 2));
    if (data.score.size() <= maxDottedPoints) {
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        // Each dot in its band's colour: the line's shape says the trend, the dots how bad.
        for (int i = 0; i < data.score.size(); ++i)
            line->setPointConfiguration(i, QXYSeries::PointConfiguration::Color,
                                        SeverityStyle::riskColor(int(data.score.at(i).y())));
    }
    attach(chart, line, x, y);

    targets.points = data.score;
    targets.scanIds = data.scanIds;
    targets.anchor = line;
    for (int i = 0; i < data.score.size(); ++i) {
        const int score = int(data.score.at(i).y());
        QString text = tr("Scan #%1 — %2\nHost risk %3 (%4)")
                           .arg(data.scanIds.at(i))
                           .arg(Format::dateTime(timeOf(data.score.at(i).x())))
                           .arg(score)
                           .arg(SeverityStyle::riskBandLabel(score));
        const int low = int(data.low.at(i).y());
        const int high = int(data.high.at(i).y());
        if (data.scansInBucket.at(i) > 1 && low == high)
            text += QLatin1Char('\n') + tr("Last of %1 scans in this interval, all at %2").arg(data.scansInBucket.at(i)).arg(low);
        else if (data.scansInBucket.at(i) > 1)
            text += QLatin1Char('\n')
                + tr("Last of %1 scans in this interval; risk ranged %2–%3").arg(data.scansInBucket.at(i)).arg(low).arg(high);
        text += QLatin1Char('\n') + tr("Click to open this scan");
        targets.tooltips << text;
    }
    return targets;
}

ChartTargets HistoryCharts::showSeverity(QChart *chart, const SeverityStackData &data)
{
    clear(chart);
    chart->setTitle(tr("Findings by severity over time"));
    ChartTargets targets;
    if (data.isEmpty()) {
        chart->legend()->hide();
        return targets;
    }
    chart->legend()->show();
    const QList<QPointF> &top = data.upper.at(std::size_t(Severity::Info));
    QDateTimeAxis *x = timeAxis(chart, top.constFirst().x(), top.constLast().x());
    QValueAxis *y = countAxis(chart, data.maxTotal, tr("Findings"));

    QAreaSeries *last = nullptr;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        auto *area = new QAreaSeries;
        area->setUpperSeries(lineOf(data.upper.at(std::size_t(s)), area));
        area->setLowerSeries(lineOf(data.lower.at(std::size_t(s)), area));
        area->setName(severityLabel(Severity(s)));
        const QColor colour = SeverityStyle::color(Severity(s));
        area->setBrush(colour);
        area->setPen(QPen(colour.darker(115), 1));
        attach(chart, area, x, y);
        last = area;
    }

    targets.points = top;
    targets.scanIds = data.scanIds;
    targets.anchor = last;
    for (int i = 0; i < top.size(); ++i) {
        targets.tooltips << tr("Scan #%1 — %2\n%3\nFindings in all: %4")
                                .arg(data.scanIds.at(i))
                                .arg(Format::dateTime(timeOf(top.at(i).x())))
                                .arg(SeverityStyle::countsText(data.counts.at(i)))
                                .arg(int(top.at(i).y()))
                            + QLatin1Char('\n') + tr("Click to open this scan");
    }
    return targets;
}

void HistoryCharts::showImageAges(QChart *chart, const HistogramData &data, const QString &subtitle)
{
    clear(chart);
    chart->setTitle(subtitle.isEmpty() ? tr("Image age") : tr("Image age — %1").arg(subtitle));
    chart->legend()->hide();
    if (data.total == 0)
        return;

    auto *set = new QBarSet(tr("Images"));
    for (int count : data.counts)
        set->append(count);
    set->setColor(barColour);
    set->setBorderColor(barColour.darker(120));
    set->setLabelColor(Qt::white);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setBarWidth(0.7);

    auto *x = new QBarCategoryAxis;
    x->append(data.categories);
    x->setLabelsFont(smaller(x->labelsFont()));
    x->setTitleText(tr("Time since the image was built"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(chart, *std::max_element(data.counts.cbegin(), data.counts.cend()), tr("Images"));
    attach(chart, series, x, y);
}

void HistoryCharts::showFixTime(QChart *chart, const FixTimeData &data)
{
    clear(chart);
    chart->setTitle(tr("Time to fix: how long resolved findings stayed open"));
    if (data.total == 0) {
        chart->legend()->hide();
        return;
    }
    chart->legend()->show();

    auto *series = new QStackedBarSeries;
    int tallest = 0;
    for (int bin = 0; bin < data.categories.size(); ++bin) {
        int stack = 0;
        for (const QList<int> &counts : data.counts)
            stack += counts.value(bin);
        tallest = std::max(tallest, stack);
    }
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        const auto index = std::size_t(s);
        if (data.totals.at(index) == 0)
            continue;
        auto *set = new QBarSet(severityLabel(Severity(s)));
        for (int count : data.counts.at(index))
            set->append(count);
        set->setColor(SeverityStyle::color(Severity(s)));
        set->setBorderColor(SeverityStyle::color(Severity(s)).darker(115));
        series->append(set);
    }
    series->setBarWidth(0.7);

    auto *x = new QBarCategoryAxis;
    x->append(data.categories);
    x->setLabelsFont(smaller(x->labelsFont()));
    x->setTitleText(tr("Open from first seen to first scan without it"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = countAxis(chart, tallest, tr("Resolved findings"));
    attach(chart, series, x, y);
}

QString HistoryCharts::fixTimeSummary(const FixTimeData &data)
{
    QStringList parts;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        const auto index = std::size_t(s);
        if (data.totals.at(index) > 0)
            parts << tr("%1 %2 (%3 fixed)")
                         .arg(severityLabel(Severity(s)), duration(data.medianDays.at(index)))
                         .arg(data.totals.at(index));
    }
    return parts.isEmpty() ? QString() : tr("Median time to fix: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString HistoryCharts::axisDateFormat(qint64 spanMs)
{
    // Seven ticks must fit a half-window chart: the shortest format that still tells
    // the ticks apart. Short spans leave the date to the axis title (timeAxis()).
    constexpr qint64 hour = 3600 * 1000LL;
    constexpr qint64 day = 24 * hour;
    if (spanMs <= 2 * hour)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 2 * day)
        return QStringLiteral("ddd HH:mm");
    if (spanMs <= 150 * day)
        return QStringLiteral("dd MMM");
    return QStringLiteral("MMM yyyy");
}

int HistoryCharts::niceCeiling(int value)
{
    if (value <= 5)
        return 5;
    // The smallest round number at least value that splits into five whole ticks.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        const double ceiling = step * magnitude;
        if (ceiling >= value && std::fmod(ceiling, 5.0) == 0.0)
            return int(ceiling);
    }
    return int(10 * magnitude);
}

QString HistoryCharts::duration(double days)
{
    if (days < 0)
        return tr("n/a");
    // Abbreviated units read right for one and for many without plural forms.
    if (days < 1.0 / 24)
        return tr("%1 min").arg(std::lround(days * 24 * 60));
    if (days < 1)
        return tr("%1 h").arg(QLocale().toString(days * 24, 'f', days * 24 < 10 ? 1 : 0));
    return tr("%1 d").arg(QLocale().toString(days, 'f', days < 10 ? 1 : 0));
}

} // namespace bulwark
