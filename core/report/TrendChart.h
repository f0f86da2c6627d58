#pragma once

#include "store/HistorySeries.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace bulwark::report {

struct ChartTick {
    double position = 0; // x or y in chart coordinates
    QString label;
};

// The host-score trend as geometry: computed once, drawn by QPainter into the
// PDF (vector paths, crisp at any zoom) and written as inline SVG into the HTML,
// so both show the same chart.
struct TrendChartLayout {
    QSizeF size;
    QRectF plot;              // the area inside the axes
    QList<QPointF> line;      // one point per trend point, oldest first
    QList<QPointF> bandLow;   // bucket minimum per point (same x as line)
    QList<QPointF> bandHigh;  // bucket maximum per point
    QList<ChartTick> yTicks;
    QList<ChartTick> xTicks;
    QString caption;          // "Host score, 2024-01-01 – 2024-12-30 (365 scans)"
    QString emptyText;        // non-empty when there is nothing to draw
};

class TrendChart {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
public:
    static TrendChartLayout layout(const QList<store::ScorePoint> &trend, const QSizeF &size);
    // A standalone <svg> element (no XML prolog), to inline into HTML.
    static QString svg(const TrendChartLayout &layout);
};

} // namespace bulwark::report
