#pragma once

#include "store/StoredScan.h"

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace bulwark {

class StoredContainerModel;
class StoredFindingModel;

// A stored scan, read-only: its containers (name, image, risk) and findings
// (severity, rule, target, evidence), under a heading that says which scan of
// which host this is and that nothing here is live.
class StoredScanView : public QDialog {
    Q_OBJECT

public:
    explicit StoredScanView(const store::StoredScan &scan, QWidget *parent = nullptr);

    [[nodiscard]] qint64 scanId() const { return m_scanId; }
    [[nodiscard]] QString headingText() const;
    [[nodiscard]] StoredContainerModel *containerModel() const { return m_containers; }
    [[nodiscard]] StoredFindingModel *findingModel() const { return m_findings; }

    // "Scan #12 of build-box (tcp://build-box:2376) at 2026-12-01 10:00:00 — read-only".
    static QString heading(const store::ScanSummary &summary);

private:
    QTableView *createTable(QAbstractItemModel *source, const QString &objectName);

    qint64 m_scanId;
    StoredContainerModel *m_containers;
    StoredFindingModel *m_findings;
    QLabel *m_heading;
};

} // namespace bulwark
