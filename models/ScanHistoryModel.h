#pragma once

#include "store/StoredScan.h"

#include <QAbstractTableModel>
#include <QList>

namespace bulwark {

// The stored scans of one host, newest first: when, host score, findings by
// severity, containers and images. setScans() merges by scan id, so a new scan
// arriving at the top keeps the selection the user made further down.
class ScanHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StartedColumn, ScoreColumn, FindingsColumn, ContainersColumn, ImagesColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ScanHistoryModel(QObject *parent = nullptr);

    // Scans in any order; they are shown newest first.
    void setScans(QList<store::ScanSummary> scans);
    void clear();

    [[nodiscard]] const QList<store::ScanSummary> &scans() const { return m_scans; }
    [[nodiscard]] store::ScanSummary scanAt(int row) const;
    // -1 when no row holds that scan.
    [[nodiscard]] int rowOf(qint64 scanId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool newerFirst(const store::ScanSummary &a, const store::ScanSummary &b);
    static bool sameContent(const store::ScanSummary &a, const store::ScanSummary &b);
    QVariant displayData(const store::ScanSummary &scan, int column) const;

    QList<store::ScanSummary> m_scans;
};

} // namespace bulwark
