#include "TrendChartObject.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace bulwark::report {

TrendChartObject::TrendChartObject(TrendChartLayout layout, double widthPixels, QObject *parent)
    : QObject(parent)
    , m_layout(std::move(layout))
    , m_width(widthPixels)
{
}

QSizeF TrendChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    const QSizeF size = m_layout.size;
    return {m_width, size.width() > 0 ? m_width * size.height() / size.width() : 0};
}

void TrendChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    paint(*painter, m_layout, rect);
}

void TrendChartObject::paint(QPainter &painter, const TrendChartLayout &l, const QRectF &rect)
{
    if (l.size.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());
    const double scale = rect.width() / l.size.width();
    // Scale coordinates, not the painter: pens and fonts keep their own sizes.
    auto map = [scale](const QPointF &p) { return p * scale; };
    const QRectF plot(map(l.plot.topLeft()), map(l.plot.bottomRight()));
    const double unit = scale; // one chart unit in device pixels

    QFont font = painter.font();
    font.setPixelSize(qMax(1, int(l.size.height() * 0.055 * scale)));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());

    painter.setPen(QPen(QColor(0xd0, 0xd4, 0xda), 0.5 * unit));
    for (const ChartTick &t : l.yTicks) {
        const double y = t.position * scale;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(QColor(0x55, 0x55, 0x55));
    for (const ChartTick &t : l.yTicks) {
        const double y = t.position * scale;
        const double w = metrics.horizontalAdvance(t.label);
        painter.drawText(QPointF(plot.left() - w - metrics.height() * 0.3, y + metrics.ascent() * 0.4), t.label);
    }
    for (const ChartTick &t : l.xTicks) {
        const double w = metrics.horizontalAdvance(t.label);
        painter.drawText(QPointF(t.position * scale - w / 2, plot.bottom() + metrics.height() * 1.2), t.label);
    }
    painter.setPen(QPen(QColor(0x8a, 0x91, 0x9b), 0.8 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);

    if (!l.emptyText.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(plot, Qt::AlignCenter, l.emptyText);
        painter.restore();
        return;
    }
    const QColor line(0xc6, 0x28, 0x28);
    QPainterPath band;
    for (qsizetype i = 0; i < l.bandHigh.size(); ++i)
        i == 0 ? band.moveTo(map(l.bandHigh.at(i))) : band.lineTo(map(l.bandHigh.at(i)));
    for (qsizetype i = l.bandLow.size() - 1; i >= 0; --i)
        band.lineTo(map(l.bandLow.at(i)));
    band.closeSubpath();
    QColor bandColor = line;
    bandColor.setAlphaF(0.12f);
    painter.fillPath(band, bandColor);

    QPainterPath path;
    for (qsizetype i = 0; i < l.line.size(); ++i)
        i == 0 ? path.moveTo(map(l.line.at(i))) : path.lineTo(map(l.line.at(i)));
    painter.setPen(QPen(line, 1.6 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    if (l.line.size() == 1) {
        painter.setBrush(line);
        painter.drawEllipse(map(l.line.first()), 3 * unit, 3 * unit);
    }
    painter.restore();
}

} // namespace bulwark::report
