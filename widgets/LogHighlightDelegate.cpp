#include "LogHighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace bulwark {

LogHighlightDelegate::LogHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void LogHighlightDelegate::setPattern(const QString &pattern) { m_pattern = pattern; }

void LogHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_pattern.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (!text.contains(m_pattern, Qt::CaseInsensitive)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws background, selection and icon; the text is drawn here with the matches marked.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);

    QTextCharFormat match;
    match.setBackground(QColor(255, 213, 79));
    match.setForeground(QColor(0, 0, 0));
    QList<QTextLayout::FormatRange> ranges;
    for (qsizetype at = text.indexOf(m_pattern, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_pattern, at + m_pattern.size(), Qt::CaseInsensitive))
        ranges.append({int(at), int(m_pattern.size()), match});

    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(qMax(1e6, qreal(textRect.width())));
    layout.endLayout();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace bulwark
