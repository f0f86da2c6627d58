#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QStringList>

class QAbstractSeries;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QLabel;

namespace bulwark {

// What a trend chart's mouse snaps to: points in the anchor series' value
// space (x: ms since the epoch), each with the scan it stands for and the
// tooltip to show.
struct ChartTargets {
    QList<QPointF> points;
    QList<qint64> scanIds;
    QStringList tooltips;
    QAbstractSeries *anchor = nullptr;
};

// A chart of values over time whose points each stand for a stored scan. The
// mouse snaps to the nearest point in time — a thin line is hard to hit and a
// stacked area has no line at all — so hovering anywhere above a point shows
// its tooltip (time, value, scan) and clicking opens that scan.
class TrendChartView : public QChartView {
    Q_OBJECT

public:
    explicit TrendChartView(QChart *chart, QWidget *parent = nullptr);

    void setTargets(ChartTargets targets);
    [[nodiscard]] int targetCount() const { return int(m_targets.points.size()); }
    [[nodiscard]] qint64 targetScanId(int i) const { return m_targets.scanIds.value(i); }
    // Where target i is drawn, in viewport coordinates.
    [[nodiscard]] QPoint targetPosition(int i) const;

    // Shown over the chart when there is nothing to draw; empty hides it.
    void setPlaceholderText(const QString &text);
    [[nodiscard]] QString placeholderText() const;

signals:
    void scanActivated(qint64 scanId);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // The target under the mouse: nearest in time, if the mouse is over the plot area.
    [[nodiscard]] int targetAt(const QPoint &viewportPos) const;
    void showHover(int target, const QPoint &globalPos);
    void hideHover();

    ChartTargets m_targets;
    QGraphicsLineItem *m_marker;
    QGraphicsEllipseItem *m_dot;
    QLabel *m_placeholder;
    QPoint m_pressPos;
    int m_hovered = -1;
};

} // namespace bulwark
