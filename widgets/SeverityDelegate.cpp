#include "SeverityDelegate.h"

#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "TableStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bulwark {

namespace {

constexpr int padding = TableStyle::CellPadding;

// Draws a rounded pill with white text and returns its width.
int drawPill(QPainter *painter, const QRect &cell, int x, const QColor &colour, const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int height = qMin(cell.height() - 4, metrics.height() + 4);
    const int width = metrics.horizontalAdvance(text) + 2 * padding;
    const QRectF pill(x, cell.top() + (cell.height() - height) / 2.0, width, height);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, colour);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    return width;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

SeverityDelegate::SeverityDelegate(Mode mode, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mode(mode)
{
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The background, selection and focus come from the style; only the text is ours.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (m_mode) {
    case Mode::RiskScore:
        paintRisk(painter, background, index);
        break;
    case Mode::Severity:
        paintSeverity(painter, background, index);
        break;
    case Mode::SeverityCounts:
        paintCounts(painter, background, index);
        break;
    }
    painter->restore();
}

void SeverityDelegate::paintRisk(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(RiskScoreRole);
    if (!value.isValid())
        return;
    const int score = value.toInt();
    const QFont bold = boldFont(option.font);
    const QFontMetrics metrics(bold);
    // Pills of equal width keep the numbers in one column.
    const QString text = QString::number(score);
    const int minWidth = metrics.horizontalAdvance(QStringLiteral("100")) + 2 * padding;
    const int x = option.rect.left() + padding;
    const int width = metrics.horizontalAdvance(text) + 2 * padding;
    drawPill(painter, option.rect, x + (minWidth - width), SeverityStyle::riskColor(score), text, bold);
    const QRect label(x + minWidth + padding, option.rect.top(), option.rect.right() - x - minWidth - padding,
                      option.rect.height());
    painter->setFont(option.font);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(SeverityStyle::riskBandLabel(score), Qt::ElideRight, label.width()));
}

void SeverityDelegate::paintSeverity(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(SeverityRole);
    if (!value.isValid() || value.toInt() < 0) {
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(option.rect.adjusted(padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, option.text);
        return;
    }
    const auto severity = Severity(value.toInt());
    drawPill(painter, option.rect, option.rect.left() + padding, SeverityStyle::color(severity),
             severityLabel(severity), boldFont(option.font));
}

void SeverityDelegate::paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList counts = index.data(SeverityCountsRole).toList();
    if (counts.size() != 5)
        return;
    int x = option.rect.left() + padding;
    bool any = false;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        const int count = counts.at(s).toInt();
        if (count <= 0)
            continue;
        any = true;
        const QString text = SeverityStyle::tr("%1 %2").arg(count).arg(SeverityStyle::shortLabel(Severity(s)));
        x += drawPill(painter, option.rect, x, SeverityStyle::color(Severity(s)), text, option.font) + 4;
        if (x > option.rect.right())
            break;
    }
    if (!any) {
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(option.rect.adjusted(padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          SeverityStyle::tr("none"));
    }
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(boldFont(option.font));
    switch (m_mode) {
    case Mode::RiskScore:
        size.setWidth(metrics.horizontalAdvance(QStringLiteral("100 Critical")) + 5 * padding);
        break;
    case Mode::Severity:
        size.setWidth(metrics.horizontalAdvance(QStringLiteral("Critical")) + 4 * padding);
        break;
    case Mode::SeverityCounts:
        size.setWidth(qMax(size.width() + 8 * padding, metrics.horizontalAdvance(index.data().toString()) + 10 * padding));
        break;
    }
    return size;
}

} // namespace bulwark
