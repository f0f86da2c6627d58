#pragma once

#include "Snapshot.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace bulwark {

// The host at a glance: its score, findings by severity, the worst
// containers, the oldest images, the daemon's own findings and what was
// scanned. Clicking a container or image asks the window to show it.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSnapshot(const HostSnapshot &snapshot, const QDate &today = QDate::currentDate());
    void clear();

    [[nodiscard]] QTableView *worstContainersView() const { return m_worstView; }

signals:
    void containerActivated(const QString &id);
    void imageActivated(const QString &id);
    void daemonFindingsActivated();

private:
    QTableView *createTable(QStandardItemModel *model, const QString &objectName);
    void fillWorstContainers(const HostSnapshot &snapshot);
    void fillOldestImages(const HostSnapshot &snapshot, const QDate &today);
    void fillDaemonFindings(const HostSnapshot &snapshot);
    void setCounts(const std::array<int, 5> &counts);

    QLabel *m_score;
    QLabel *m_band;
    QLabel *m_hostInfo;
    QLabel *m_counts;
    QStandardItemModel *m_worst;
    QStandardItemModel *m_oldest;
    QStandardItemModel *m_daemon;
    QTableView *m_worstView;
    QTableView *m_oldestView;
    QTableView *m_daemonView;
};

} // namespace bulwark
