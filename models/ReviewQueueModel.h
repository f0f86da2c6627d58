#pragma once

#include "Snapshot.h"
#include "review/ReviewDecision.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bulwark {

// One finding waiting for a reviewer's verdict.
struct ReviewItem {
    Finding finding;
    QString targetKey;   // store::containerIdentity / imageKey / "" (daemon): what a waiver names
    int targetScore = 0; // the container's risk score, 0 for images and the daemon
    std::optional<ReviewDecision> decision;
};

// The findings of one scan that a review session steps through, worst first:
// by severity, then by the risk of the container they are on. Findings already
// waived by an active waiver are not in the queue (they were decided before);
// findings whose waiver expired are, flagged, because someone must decide again.
class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, TitleColumn, TargetColumn, DecisionColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // Replaces the queue with the open findings of snapshot. Decisions already taken
    // in this review (earlier, then reopened) are matched back by rule and target.
    void setSnapshot(const HostSnapshot &snapshot, const QList<ReviewDecision> &decided = {});
    void clear();

    [[nodiscard]] const ReviewItem &item(int row) const { return m_items.at(row); }
    [[nodiscard]] int decidedCount() const { return m_decided; }
    [[nodiscard]] int total() const { return int(m_items.size()); }
    // The first undecided row after `after` (wrapping round), or -1 when all are decided.
    [[nodiscard]] int nextUndecided(int after) const;
    // Records the verdict for a row (already validated and stored by the caller).
    void setDecision(int row, const ReviewDecision &decision);
    // A decision pre-filled for a row: its rule, target, title and severity.
    [[nodiscard]] ReviewDecision decisionTemplate(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Open findings of a snapshot in review order. Pure, for tests and the CLI.
    static QList<ReviewItem> itemsOf(const HostSnapshot &snapshot);

Q_SIGNALS:
    void progressChanged(int decided, int total);

private:
    QList<ReviewItem> m_items;
    int m_decided = 0;
};

} // namespace bulwark
