#pragma once

#include "HistoryLoader.h"

#include <QDateTime>
#include <QModelIndexList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace bulwark {

class EventModel;
class ScanDiffModel;
class ScanHistoryModel;
class TrendChartView;

// The "History" tab: the stored scans of one host on the left; on the right
// its risk and findings over time, the image age distribution of the latest
// (or selected) scan, how long fixes took, and what changed — against the
// previous scan for one selected scan, between the two for two. Hovering a
// trend shows the scan under the mouse; clicking opens it read-only. All
// reading happens off the UI thread through the HistoryLoader.
class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    enum class Range { Day, Week, Month, Quarter, Year, All };
    Q_ENUM(Range)

    explicit HistoryPanel(HistoryLoader *loader, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // Reads the hosts again, then the selected host's history.
    void reload();
    // A scan of the host was just stored: reads the hosts again and shows that host.
    void scanStored(qint64 hostId);
    void setRange(Range range);
    // For tests: "now", from which the time ranges count back.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Says, in the panel, that the last scan could not be stored (and why).
    void showStoreError(const store::StoreError &error);
    void clearError();
    [[nodiscard]] QString errorText() const;

    // The event feed journaled events of a host; when it is the one on screen, the
    // Events list reads its range again (events reach the journal a little after
    // they happen, so they may belong to scans already listed). While the panel
    // is hidden it only notes that, and reads once when shown.
    void eventsJournaled(qint64 hostId);

    // Loads the scan and opens it read-only in a StoredScanView.
    void openScan(qint64 scanId);

    [[nodiscard]] ScanHistoryModel *historyModel() const { return m_history; }
    [[nodiscard]] ScanDiffModel *diffModel() const { return m_diff; }
    [[nodiscard]] QTableView *scansView() const { return m_scansView; }
    [[nodiscard]] QTreeView *diffView() const { return m_diffView; }
    [[nodiscard]] QTabWidget *chartTabs() const { return m_tabs; }
    [[nodiscard]] TrendChartView *scoreView() const { return m_scoreView; }
    [[nodiscard]] TrendChartView *severityView() const { return m_severityView; }
    [[nodiscard]] TrendChartView *imageAgeView() const { return m_imageAgeView; }
    [[nodiscard]] TrendChartView *fixTimeView() const { return m_fixTimeView; }
    [[nodiscard]] QComboBox *hostCombo() const { return m_hostCombo; }
    // The "Events" tab: journaled daemon events in the range or between the selected scans.
    [[nodiscard]] EventModel *eventsModel() const { return m_events; }
    [[nodiscard]] QTableView *eventsView() const { return m_eventsView; }
    [[nodiscard]] QLabel *eventsLabel() const { return m_eventsLabel; }

signals:
    // A chart point or a scan row was activated; the scan opens once loaded.
    void openScanRequested(qint64 scanId);
    // The selected host's history is on screen (charts and list).
    void historyShown(qint64 hostId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createListSide();
    QWidget *createChartSide();
    void loadCurrentHost();
    void onHostsLoaded(const QList<store::HostRecord> &hosts);
    void onHostLoaded(const HostHistory &history);
    void onImageAgesLoaded(qint64 scanId, const QList<int> &ages);
    void onDiffLoaded(const store::ScanDiff &diff);
    void onScanLoaded(const store::StoredScan &scan);
    void onLoadFailed(HistoryLoader::Request request, const store::StoreError &error);
    // rows: the selected scan rows, newest first.
    void loadEvents(const QModelIndexList &rows);
    [[nodiscard]] QModelIndexList selectedScanRows() const;
    void onEventsLoaded(const JournaledEvents &events);
    void onSelectionChanged();
    void onResizeSettled();
    void showEmpty(const QString &why);
    [[nodiscard]] QDateTime rangeStart() const;
    [[nodiscard]] int wantedPoints() const;
    [[nodiscard]] QString scanLabel(qint64 scanId) const;
    // "scan #12 (2026-12-01 10:00)".
    [[nodiscard]] static QString scanLabel(const store::ScanSummary &scan);

    HistoryLoader *m_loader;
    ScanHistoryModel *m_history;
    ScanDiffModel *m_diff;
    QComboBox *m_hostCombo;
    QComboBox *m_rangeCombo;
    QLabel *m_status;
    QLabel *m_error;
    QTableView *m_scansView;
    QTabWidget *m_tabs;
    TrendChartView *m_scoreView;
    TrendChartView *m_severityView;
    TrendChartView *m_imageAgeView;
    TrendChartView *m_fixTimeView;
    QLabel *m_fixSummary;
    QLabel *m_diffLabel;
    QTreeView *m_diffView;
    QTimer *m_resizeTimer;
    EventModel *m_events = nullptr;
    QTableView *m_eventsView = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QString m_eventsWhat; // which range the events tab shows, for its label

    std::function<QDateTime()> m_clock;
    QString m_statusText; // what the status line says when nothing is loading
    qint64 m_hostId = 0;
    qint64 m_wantedHostId = 0;
    QList<int> m_latestAges; // of the newest scan in the list
    int m_requestedPoints = 0;
    bool m_readError = false; // the banner shows a read error, not a store error
    bool m_eventsStale = false; // events were journaled while the panel was hidden
};

} // namespace bulwark
