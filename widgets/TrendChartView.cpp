#include "TrendChartView.h"

#include "HistoryChartData.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPen>
#include <QToolTip>

namespace bulwark {

namespace {
// A press and release further apart than this is a drag, not a click.
constexpr int clickSlop = 4;
} // namespace

TrendChartView::TrendChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_marker(new QGraphicsLineItem)
    , m_dot(new QGraphicsEllipseItem(-4.5, -4.5, 9, 9))
    , m_placeholder(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);

    QColor markerColour = palette().color(QPalette::Text);
    markerColour.setAlphaF(0.35);
    m_marker->setPen(QPen(markerColour, 1, Qt::DashLine));
    m_marker->setZValue(100);
    m_marker->hide();
    chart->scene()->addItem(m_marker);
    m_dot->setPen(QPen(palette().color(QPalette::Text), 1.5));
    m_dot->setBrush(palette().color(QPalette::Base));
    m_dot->setZValue(101);
    m_dot->hide();
    chart->scene()->addItem(m_dot);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // drawn in the disabled text colour
    m_placeholder->hide();
}

void TrendChartView::setTargets(ChartTargets targets)
{
    hideHover();
    m_targets = std::move(targets);
}

QPoint TrendChartView::targetPosition(int i) const
{
    if (i < 0 || i >= m_targets.points.size() || !m_targets.anchor)
        return {};
    const QPointF scenePos = chart()->mapToScene(chart()->mapToPosition(m_targets.points.at(i), m_targets.anchor));
    return mapFromScene(scenePos);
}

void TrendChartView::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_placeholder->setGeometry(rect());
}

QString TrendChartView::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

int TrendChartView::targetAt(const QPoint &viewportPos) const
{
    if (m_targets.points.isEmpty() || !m_targets.anchor)
        return -1;
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewportPos));
    // A little slack around the plot area so the first and last points are easy to reach.
    if (!chart()->plotArea().adjusted(-8, -8, 8, 8).contains(chartPos))
        return -1;
    const QPointF value = chart()->mapToValue(chartPos, m_targets.anchor);
    return HistoryChartData::nearestIndex(m_targets.points, value.x());
}

void TrendChartView::showHover(int target, const QPoint &globalPos)
{
    const QRectF plot = chart()->plotArea();
    const QPointF point = chart()->mapToPosition(m_targets.points.at(target), m_targets.anchor);
    m_marker->setLine(QLineF(chart()->mapToScene(QPointF(point.x(), plot.top())),
                             chart()->mapToScene(QPointF(point.x(), plot.bottom()))));
    m_marker->show();
    m_dot->setPos(chart()->mapToScene(point));
    m_dot->show();
    if (target != m_hovered || !QToolTip::isVisible())
        QToolTip::showText(globalPos, m_targets.tooltips.value(target), this);
    m_hovered = target;
}

void TrendChartView::hideHover()
{
    m_hovered = -1;
    m_marker->hide();
    m_dot->hide();
    QToolTip::hideText();
}

void TrendChartView::mouseMoveEvent(QMouseEvent *event)
{
    const int target = targetAt(event->position().toPoint());
    if (target < 0)
        hideHover();
    else
        showHover(target, event->globalPosition().toPoint());
    QChartView::mouseMoveEvent(event);
}

void TrendChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QChartView::mousePressEvent(event);
}

void TrendChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressPos).manhattanLength() > clickSlop)
        return;
    const int target = targetAt(event->position().toPoint());
    if (target >= 0)
        emit scanActivated(m_targets.scanIds.at(target));
}

void TrendChartView::leaveEvent(QEvent *event)
{
    hideHover();
    QChartView::leaveEvent(event);
}

bool TrendChartView::viewportEvent(QEvent *event)
{
    // The scene answers a resting mouse with its items' tooltips, and with
    // none it hides ours: answer for the point under the mouse instead.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int target = targetAt(help->pos());
        if (target >= 0) {
            showHover(target, help->globalPos());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void TrendChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_placeholder->setGeometry(rect());
    m_marker->hide();
    m_dot->hide();
}

} // namespace bulwark
