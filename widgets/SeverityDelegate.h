#pragma once

#include <QStyledItemDelegate>

namespace bulwark {

// Paints severities as badges: a risk score in a pill coloured by its band with
// the band's name beside it, a severity label in a pill, or one chip per
// severity with its count. Text always accompanies the colour.
class SeverityDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum class Mode {
        RiskScore,      // RiskScoreRole
        Severity,       // SeverityRole
        SeverityCounts, // SeverityCountsRole
    };
    Q_ENUM(Mode)

    explicit SeverityDelegate(Mode mode, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintRisk(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSeverity(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    Mode m_mode;
};

} // namespace bulwark
