#pragma once

#include "HostEndpoint.h"

#include <QWidget>

class QTreeView;
class QPushButton;

namespace bulwark {

class HostListModel;

// The hosts the user can scan, with buttons to scan, add and remove them.
// Double-clicking a host scans it.
class HostsSidebar : public QWidget {
    Q_OBJECT

public:
    explicit HostsSidebar(HostListModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    // -1 when nothing is current.
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);

signals:
    void scanRequested(const bulwark::HostEndpoint &endpoint);
    void addRequested();
    void removeRequested(int row);

private:
    void updateButtons();
    void requestScan();

    HostListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_scan;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace bulwark
