#include "TrendChart.h"

#include <QDate>

namespace bulwark::report {

namespace {

QString svgNumber(double v)
{
    return QString::number(v, 'f', 1);
}

QString svgEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QString svgPath(const QList<QPointF> &points)
{
    QString d;
    d.reserve(points.size() * 14);
    for (qsizetype i = 0; i < points.size(); ++i) {
        d += i == 0 ? QLatin1Char('M') : QLatin1Char('L');
        d += svgNumber(points.at(i).x()) + QLatin1Char(',') + svgNumber(points.at(i).y());
    }
    return d;
}

} // namespace

TrendChartLayout TrendChart::layout(const QList<store::ScorePoint> &trend, const QSizeF &size)
{
    TrendChartLayout l;
    l.size = size;
    // Room for the score labels on the left and the dates below.
    const double left = size.width() * 0.07;
    const double bottom = size.height() * 0.16;
    const double top = size.height() * 0.05;
    const double right = size.width() * 0.03;
    l.plot = QRectF(left, top, size.width() - left - right, size.height() - top - bottom);
    for (int score = 0; score <= 100; score += 25)
        l.yTicks << ChartTick{l.plot.bottom() - l.plot.height() * score / 100.0, QString::number(score)};

    if (trend.isEmpty()) {
        l.emptyText = tr("No score history for this host.");
        l.caption = tr("Host score");
        return l;
    }
    int scans = 0;
    for (const store::ScorePoint &p : trend)
        scans += qMax(1, p.scansInBucket);
    const qint64 first = trend.first().at.toMSecsSinceEpoch();
    const qint64 last = trend.last().at.toMSecsSinceEpoch();
    const qint64 span = last - first;
    auto xFor = [&](qint64 ms) {
        return span <= 0 ? l.plot.center().x() : l.plot.left() + l.plot.width() * double(ms - first) / double(span);
    };
    auto yFor = [&](int score) { return l.plot.bottom() - l.plot.height() * qBound(0, score, 100) / 100.0; };
    l.line.reserve(trend.size());
    for (const store::ScorePoint &p : trend) {
        const double x = xFor(p.at.toMSecsSinceEpoch());
        l.line << QPointF(x, yFor(p.score));
        l.bandLow << QPointF(x, yFor(p.minScore));
        l.bandHigh << QPointF(x, yFor(p.maxScore));
    }
    const int tickCount = span <= 0 ? 1 : 5;
    for (int i = 0; i < tickCount; ++i) {
        const qint64 ms = tickCount == 1 ? first : first + span * i / (tickCount - 1);
        l.xTicks << ChartTick{xFor(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate)};
    }
    l.caption = tr("Host score, %1 – %2 (%n scan(s))", nullptr, scans)
                    .arg(trend.first().at.toUTC().date().toString(Qt::ISODate), trend.last().at.toUTC().date().toString(Qt::ISODate));
    return l;
}

QString TrendChart::svg(const TrendChartLayout &l)
{
    const double font = l.size.height() * 0.055;
    QString s;
    s += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                        "role=\"img\" aria-label=\"%3\">")
             .arg(svgNumber(l.size.width()), svgNumber(l.size.height()), svgEscape(l.caption));
    s += QStringLiteral("<title>%1</title>").arg(svgEscape(l.caption));
    for (const ChartTick &t : l.yTicks) {
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#d0d4da\" stroke-width=\"0.5\"/>")
                 .arg(svgNumber(l.plot.left()), svgNumber(t.position), svgNumber(l.plot.right()));
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"end\" fill=\"#555\">%4</text>")
                 .arg(svgNumber(l.plot.left() - font * 0.4), svgNumber(t.position + font * 0.35), svgNumber(font), svgEscape(t.label));
    }
    for (const ChartTick &t : l.xTicks) {
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"middle\" fill=\"#555\">%4</text>")
                 .arg(svgNumber(t.position), svgNumber(l.plot.bottom() + font * 1.4), svgNumber(font), svgEscape(t.label));
    }
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#8a919b\" stroke-width=\"0.8\"/>")
             .arg(svgNumber(l.plot.left()), svgNumber(l.plot.top()), svgNumber(l.plot.width()), svgNumber(l.plot.height()));
    if (!l.emptyText.isEmpty()) {
        s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"middle\" fill=\"#555\">%4</text>")
                 .arg(svgNumber(l.plot.center().x()), svgNumber(l.plot.center().y()), svgNumber(font), svgEscape(l.emptyText));
    } else {
        QList<QPointF> band = l.bandHigh;
        for (qsizetype i = l.bandLow.size() - 1; i >= 0; --i)
            band << l.bandLow.at(i);
        s += QStringLiteral("<path d=\"%1Z\" fill=\"#c62828\" fill-opacity=\"0.12\" stroke=\"none\"/>").arg(svgPath(band));
        s += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>")
                 .arg(svgPath(l.line));
        if (l.line.size() == 1) {
            s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"#c62828\"/>")
                     .arg(svgNumber(l.line.first().x()), svgNumber(l.line.first().y()));
        }
    }
    s += QStringLiteral("</svg>");
    return s;
}

} // namespace bulwark::report
