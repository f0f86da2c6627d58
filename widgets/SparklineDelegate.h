#pragma once

#include <QStyledItemDelegate>

namespace bulwark {

// Paints SparklineRole (a QList<int> of 0–100 scores, oldest first) as a small
// line on a fixed 0–100 scale, so two rows compare at a glance, with the
// latest value as a dot in its risk colour and the change over the window as
// text ("+12", "−5", "±0").
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "+12", "−5", "±0": the text beside the line.
    static QString changeText(const QList<int> &scores);
};

} // namespace bulwark
