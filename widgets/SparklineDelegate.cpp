#include "SparklineDelegate.h"

#include "Format.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "TableStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bulwark {

namespace {
constexpr int dotRadius = 3;
} // namespace

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString SparklineDelegate::changeText(const QList<int> &scores)
{
    return scores.size() < 2 ? QString() : Format::signedNumber(scores.constLast() - scores.constFirst());
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<int> scores = index.data(SparklineRole).value<QList<int>>();
    if (scores.isEmpty())
        return;

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString change = changeText(scores);
    const int changeWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("\u221288"));
    QRect line = option.rect.adjusted(TableStyle::CellPadding, 4, -(TableStyle::CellPadding + changeWidth + TableStyle::CellPadding), -4);
    if (line.width() < 12 || line.height() < 6)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A faint midline at 50 anchors the fixed scale.
    QColor guide = textColour;
    guide.setAlphaF(0.15);
    painter->setPen(QPen(guide, 1, Qt::DotLine));
    const qreal mid = line.top() + line.height() / 2.0;
    painter->drawLine(QPointF(line.left(), mid), QPointF(line.right(), mid));

    const auto yOf = [&line](int score) { return line.bottom() - (qBound(0, score, 100) / 100.0) * line.height(); };
    const qreal step = scores.size() > 1 ? qreal(line.width() - dotRadius) / (scores.size() - 1) : 0;
    QPainterPath path;
    for (int i = 0; i < scores.size(); ++i) {
        const QPointF point(line.left() + i * step, yOf(scores.at(i)));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    QColor stroke = textColour;
    stroke.setAlphaF(0.7);
    painter->setPen(QPen(stroke, 1.5));
    painter->drawPath(path);

    const int latest = scores.constLast();
    const QPointF last(line.left() + (scores.size() - 1) * step, yOf(latest));
    painter->setPen(Qt::NoPen);
    painter->setBrush(SeverityStyle::riskColor(latest));
    painter->drawEllipse(last, dotRadius, dotRadius);

    if (!change.isEmpty()) {
        const int delta = scores.constLast() - scores.constFirst();
        painter->setPen(selected || delta == 0 ? textColour
                                               : delta > 0 ? SeverityStyle::color(Severity::High) : SeverityStyle::noneColor());
        const QRect text(option.rect.right() - TableStyle::CellPadding - changeWidth, option.rect.top(), changeWidth, option.rect.height());
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, change);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 16);
    return size;
}

} // namespace bulwark
