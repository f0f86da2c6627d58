#pragma once

#include <QStyledItemDelegate>

namespace bulwark {

// Paints a log line with every occurrence of the search text highlighted
// (case-insensitive), on top of the model's colours; plain painting otherwise.
class LogHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit LogHighlightDelegate(QObject *parent = nullptr);

    void setPattern(const QString &pattern);
    [[nodiscard]] QString pattern() const { return m_pattern; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_pattern;
};

} // namespace bulwark
