#pragma once

#include "store/StoredScan.h"

#include <QAbstractTableModel>
#include <QList>

namespace bulwark {

// The findings of one stored scan, read-only: severity, rule, target and the
// (already redacted) evidence.
class StoredFindingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, TargetColumn, EvidenceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit StoredFindingModel(QObject *parent = nullptr);

    void setFindings(const QList<store::StoredFinding> &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::StoredFinding> m_findings;
};

} // namespace bulwark
