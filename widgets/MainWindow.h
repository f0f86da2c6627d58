#pragma once

#include "Environment.h"
#include "HostEndpoint.h"
#include "HostResolver.h"
#include "HostScanner.h"
#include "Snapshot.h"
#include "store/StoreError.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QSettings;
class QSplitter;
class QTabWidget;

namespace bulwark {

class ConnectionErrorPanel;
class ConnectionStatusBar;
class ContainerTableModel;
class ContainersPanel;
class DetailPane;
class EventFeed;
class EventPanel;
class FindingsModel;
class FindingsPanel;
class HistoryLoader;
class HistoryPanel;
class ImageTableModel;
class ImagesPanel;
class LogPanel;
class OverviewPage;
class HostListModel;
class HostsSidebar;
class ScanController;

struct MainWindowOptions {
    HostRequest request;                             // --host / --context / TLS files from the command line
    bool autoScan = true;                            // resolve and scan the selected host once shown
    Environment environment = Environment::system(); // where the docker CLI configuration is looked up
    QSettings *settings = nullptr;                   // user-added hosts and window layout; nothing persisted if null
    QString databasePath;                            // scan history (SQLite); empty: scans are not stored
};

// The dashboard: hosts on the left; in the centre the scanned host's overview,
// containers, findings, images and stored history as tabs; the selected container's settings,
// permissions and score on the right; connection and scan progress in the
// status bar. Connection failures are shown in the window.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(MainWindowOptions options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Resolves the host as the docker CLI would (honouring the request) and scans it.
    void scanDefault();
    void scanHost(const HostEndpoint &endpoint);
    // Scans the last candidates again, or the default host if there were none.
    void rescan();
    void showConnectDialog();

    [[nodiscard]] ScanController *scanController() const { return m_scan; }
    [[nodiscard]] ContainerTableModel *containerModel() const { return m_containers; }
    [[nodiscard]] HostListModel *hostModel() const { return m_hosts; }
    [[nodiscard]] FindingsModel *findingsModel() const { return m_findings; }
    [[nodiscard]] ImageTableModel *imageModel() const { return m_images; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] HistoryPanel *historyPanel() const { return m_historyPanel; }
    [[nodiscard]] LogPanel *logPanel() const { return m_logPanel; }
    [[nodiscard]] EventPanel *eventPanel() const { return m_eventPanel; }
    [[nodiscard]] EventFeed *eventFeed() const { return m_eventFeed; }
    // Switches to the containers tab and selects the container.
    void showContainer(const QString &id);
    // Switches to the Logs tab and follows the container's log there.
    void followLogs(const QString &id);
    // Review mode on the latest stored scan of the connected host (asks for the reviewer's name).
    void startReview();
    // Starts a review without asking: for tests and for the name given on the command line.
    void startReviewAs(const QString &reviewer);
    void showExportDialog();
    void showRemediationPlan();
    // "Fix this…": the guided remediation wizard for a finding of the scan on show.
    void fixFinding(const Finding &finding);
    [[nodiscard]] qint64 storedScanId() const { return m_storedScanId; }
    [[nodiscard]] const HostSnapshot &snapshot() const { return m_snapshot; }
    // The host of the snapshot on show; empty url when not connected.
    [[nodiscard]] HostEndpoint connectedEndpoint() const { return m_connected; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void refreshHosts();
    void startScan(const QList<HostEndpoint> &candidates);
    void onScanFinished(const HostSnapshot &snapshot);
    void onScanFailed(const EngineError &error, const QList<ConnectAttempt> &attempts);
    void onScanCancelled();
    void onScanStored(qint64 scanId, qint64 hostId);
    void onStoreFailed(const store::StoreError &error);
    void showCurrentContainer();
    void onContainerDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void addUserHost(const HostEndpoint &endpoint);
    void removeUserHost(int row);
    void saveUserHosts();
    void showAbout();
    void updateReviewActions();
    [[nodiscard]] bool requireStoredScan();
    void restoreLayout();
    [[nodiscard]] HostEndpoint endpointForUrl(const QString &url, bool tls) const;

    MainWindowOptions m_options;
    ContainerTableModel *m_containers;
    FindingsModel *m_findings;
    ImageTableModel *m_images;
    HostListModel *m_hosts;
    ScanController *m_scan;
    HostsSidebar *m_sidebar;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    ContainersPanel *m_containersPanel;
    FindingsPanel *m_findingsPanel;
    ImagesPanel *m_imagesPanel;
    HistoryLoader *m_historyLoader;
    HistoryPanel *m_historyPanel;
    LogPanel *m_logPanel = nullptr;
    ConnectionErrorPanel *m_errorPanel;
    DetailPane *m_detail;
    ConnectionStatusBar *m_status;
    QSplitter *m_splitter;
    HostEndpoint m_connected;
    qint64 m_storedHostId = 0; // the database's id of the connected host, once a scan of it is stored
    qint64 m_storedScanId = 0; // the stored id of the scan on show
    HostSnapshot m_snapshot;   // the scan on show, for review, remediation and verify
    QAction *m_reviewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_planAction = nullptr;
    EventFeed *m_eventFeed = nullptr; // follows the connected host's /events into the Events tab and the journal
    EventPanel *m_eventPanel = nullptr;
};

} // namespace bulwark
