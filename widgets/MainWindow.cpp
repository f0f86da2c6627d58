#include "MainWindow.h"

#include "ConnectDialog.h"
#include "ConnectionErrorPanel.h"
#include "ConnectionStatusBar.h"
#include "ContainerTableModel.h"
#include "ContainersPanel.h"
#include "DetailPane.h"
#include "EventFeed.h"
#include "EventPanel.h"
#include "ExportReportDialog.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "HistoryLoader.h"
#include "HistoryPanel.h"
#include "ImageTableModel.h"
#include "ImagesPanel.h"
#include "LogPanel.h"
#include "OverviewPage.h"
#include "RemediationPlanDialog.h"
#include "RemediationWizard.h"
#include "ReviewSession.h"
#include "ReviewWindow.h"
#include "HostListModel.h"
#include "HostSettings.h"
#include "HostsSidebar.h"
#include "ScanController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bulwark {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");
} // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_containers(new ContainerTableModel(this))
    , m_findings(new FindingsModel(this))
    , m_images(new ImageTableModel(this))
    , m_hosts(new HostListModel(this))
    , m_scan(new ScanController(this))
    , m_sidebar(new HostsSidebar(m_hosts, this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(this))
    , m_containersPanel(new ContainersPanel(m_containers, this))
    , m_findingsPanel(new FindingsPanel(m_findings, this))
    , m_imagesPanel(new ImagesPanel(m_images, this))
    , m_historyLoader(new HistoryLoader(this))
    , m_historyPanel(nullptr)
    , m_errorPanel(new ConnectionErrorPanel(this))
    , m_detail(new DetailPane(this))
    , m_status(new ConnectionStatusBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("Bulwark"));
    resize(1400, 860); // overridden by the saved geometry, if any
    setStatusBar(m_status);

    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_errorPanel);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_containersPanel->setObjectName(QStringLiteral("containersPanel"));
    m_findingsPanel->setObjectName(QStringLiteral("findingsPanel"));
    m_imagesPanel->setObjectName(QStringLiteral("imagesPanel"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_containersPanel, tr("Containers"));
    m_tabs->addTab(m_findingsPanel, tr("Findings"));
    m_tabs->addTab(m_imagesPanel, tr("Images"));
    m_logPanel = new LogPanel(m_containers, this);
    m_logPanel->setObjectName(QStringLiteral("logPanel"));
    m_tabs->addTab(m_logPanel, tr("Logs"));
    m_scan->setDatabasePath(m_options.databasePath);
    m_historyLoader->setDatabasePath(m_options.databasePath);
    m_historyPanel = new HistoryPanel(m_historyLoader, this);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_tabs->addTab(m_historyPanel, tr("History"));
    m_eventFeed = new EventFeed(this);
    m_eventFeed->setDatabasePath(m_options.databasePath);
    m_eventPanel = new EventPanel(m_eventFeed, this);
    connect(m_eventFeed, &EventFeed::journaled, m_historyPanel, &HistoryPanel::eventsJournaled);
    m_eventPanel->setObjectName(QStringLiteral("eventPanel"));
    m_tabs->addTab(m_eventPanel, tr("Events"));
    centreLayout->addWidget(m_tabs, 1);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({190, 820, 420});
    m_splitter->setContentsMargins(8, 8, 8, 0);
    setCentralWidget(m_splitter);

    createMenus();

    connect(m_sidebar, &HostsSidebar::scanRequested, this, &MainWindow::scanHost);
    connect(m_sidebar, &HostsSidebar::addRequested, this, &MainWindow::showConnectDialog);
    connect(m_sidebar, &HostsSidebar::removeRequested, this, &MainWindow::removeUserHost);
    connect(m_errorPanel, &ConnectionErrorPanel::retryRequested, this, &MainWindow::rescan);
    connect(m_errorPanel, &ConnectionErrorPanel::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_status, &ConnectionStatusBar::cancelRequested, m_scan, &ScanController::cancel);
    connect(m_containersPanel, &ContainersPanel::currentContainerChanged, this, &MainWindow::showCurrentContainer);
    auto *followLogsAction = new QAction(tr("Follow Logs"), m_containersPanel->view());
    followLogsAction->setObjectName(QStringLiteral("followLogsAction"));
    m_containersPanel->view()->addAction(followLogsAction);
    m_containersPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(followLogsAction, &QAction::triggered, this,
            [this] { followLogs(m_containersPanel->currentContainerId()); });
    connect(m_containersPanel, &ContainersPanel::countsChanged, this, [this](int shown, int total) {
        if (!m_connected.url.isEmpty())
            m_status->setContainerCount(shown, total);
    });
    connect(m_containers, &QAbstractItemModel::dataChanged, this, &MainWindow::onContainerDataChanged);
    // The detail pane describes a container of the live scan; the History tab needs the width more.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_detail->setVisible(m_tabs->currentWidget() != m_historyPanel); });
    connect(m_findingsPanel, &FindingsPanel::fixRequested, this, &MainWindow::fixFinding);
    connect(m_overview, &OverviewPage::containerActivated, this, &MainWindow::showContainer);
    connect(m_overview, &OverviewPage::imageActivated, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_imagesPanel);
        m_imagesPanel->selectImage(id);
    });
    connect(m_overview, &OverviewPage::daemonFindingsActivated, this, [this] {
        m_tabs->setCurrentWidget(m_findingsPanel);
        m_findingsPanel->showTarget(RuleScope::Daemon, QString());
    });

    connect(m_scan, &ScanController::progressChanged, m_status, &ConnectionStatusBar::showProgress);
    connect(m_scan, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_scan, &ScanController::failed, this, &MainWindow::onScanFailed);
    connect(m_scan, &ScanController::cancelled, this, &MainWindow::onScanCancelled);
    connect(m_scan, &ScanController::stored, this, &MainWindow::onScanStored);
    connect(m_scan, &ScanController::storeFailed, this, &MainWindow::onStoreFailed);
    connect(m_historyLoader, &HistoryLoader::sparklinesLoaded, this,
            [this](qint64 hostId, const QHash<QString, QList<int>> &sparklines) {
                if (hostId == m_storedHostId)
                    m_containers->setSparklines(sparklines);
            });
    if (!m_options.databasePath.isEmpty())
        m_historyPanel->reload();

    if (m_options.settings)
        m_hosts->setUserHosts(HostSettings(m_options.settings).loadHosts());
    refreshHosts();
    restoreLayout();

    if (m_options.autoScan)
        QTimer::singleShot(0, this, &MainWindow::scanDefault);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *rescanAction = file->addAction(tr("&Rescan"), this, &MainWindow::rescan);
    rescanAction->setObjectName(QStringLiteral("rescanAction"));
    rescanAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *connectAction = file->addAction(tr("&Connect to Host…"), this, &MainWindow::showConnectDialog);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_exportAction = file->addAction(tr("&Export Report…"), this, &MainWindow::showExportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->insertAction(quit, m_exportAction);
    file->insertSeparator(quit);

    QMenu *review = menuBar()->addMenu(tr("Re&view"));
    m_reviewAction = review->addAction(tr("&Start Review of This Scan…"), this, &MainWindow::startReview);
    m_reviewAction->setObjectName(QStringLiteral("startReviewAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_planAction = review->addAction(tr("Remediation &Plan…"), this, &MainWindow::showRemediationPlan);
    m_planAction->setObjectName(QStringLiteral("remediationPlanAction"));
    updateReviewActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bulwark"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::refreshHosts()
{
    // Reading the docker configuration is a few small local files: cheap enough for the UI thread.
    QList<EngineError> errors;
    m_hosts->setConfiguredHosts(HostResolver(m_options.environment).listAll(m_options.request, &errors));
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(m_hosts->selectedRow());
    if (!errors.isEmpty())
        m_status->showMessage(tr("Some docker contexts could not be read: %1").arg(errors.constFirst().toString()));
}

void MainWindow::scanDefault()
{
    Expected<HostResolution> resolution = HostResolver(m_options.environment).resolve(m_options.request);
    if (!resolution) {
        onScanFailed(resolution.error(), {});
        return;
    }
    startScan(resolution->candidates);
}

void MainWindow::scanHost(const HostEndpoint &endpoint)
{
    startScan({endpoint});
}

void MainWindow::rescan()
{
    if (m_scan->candidates().isEmpty())
        scanDefault();
    else
        startScan(m_scan->candidates());
}

void MainWindow::startScan(const QList<HostEndpoint> &candidates)
{
    m_errorPanel->clearError();
    m_status->showProgress(0, 0, candidates.size() == 1 ? tr("Connecting to %1…").arg(candidates.constFirst().url)
                                                        : tr("Looking for a Docker host…"));
    m_scan->start(candidates);
}

void MainWindow::onScanFinished(const HostSnapshot &snapshot)
{
    m_status->hideProgress();
    if (snapshot.engine.url != m_connected.url) {
        // Trends of another host's containers would be wrong here, even under the same names.
        m_storedHostId = 0;
        m_containers->setSparklines({});
    }
    m_connected = endpointForUrl(snapshot.engine.url, snapshot.engine.tls);
    // A rescan of the host being followed keeps its feed (and the events on screen).
    const QString feedUrl = snapshot.engine.url.isEmpty() ? snapshot.endpoint.url : snapshot.engine.url;
    if (!m_eventFeed->isRunning() || m_eventFeed->hostUrl() != feedUrl
        || m_eventFeed->engineId() != snapshot.engine.engineId) {
        m_eventFeed->stop(); // the last events of the previous host go to its table, not the new one
        m_eventPanel->setHost(m_connected.displayName());
        m_eventFeed->start(m_connected, feedUrl, snapshot.engine.engineId, snapshot.engine.name);
    }
    m_snapshot = snapshot;
    m_storedScanId = 0; // until ScanController::stored names it
    updateReviewActions();
    m_containers->setContainers(snapshot.containers);
    m_findings->setSnapshot(snapshot);
    m_logPanel->setEndpoint(m_connected);
    m_images->setImages(snapshot.images, snapshot.containers);
    m_overview->setSnapshot(snapshot);

    setWindowTitle(tr("Bulwark — %1").arg(m_connected.displayName()));
    m_status->setConnection(m_connected, snapshot.engine);
    m_status->setContainerCount(m_containersPanel->shownCount(), m_containersPanel->totalCount());
    if (snapshot.warnings.isEmpty())
        m_status->showMessage(tr("Scan finished"), 5000);
    else
        m_status->showMessage(tr("Scan finished with warnings: %1").arg(snapshot.warnings.join(QStringLiteral("; "))));

    const int hostRow = m_hosts->rowOfUrl(m_connected.url);
    if (hostRow >= 0)
        m_sidebar->setCurrentRow(hostRow);

    // Show something useful in the detail pane straight away.
    QTableView *view = m_containersPanel->view();
    if (!view->selectionModel()->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    showCurrentContainer();
}

void MainWindow::onScanFailed(const EngineError &error, const QList<ConnectAttempt> &attempts)
{
    m_status->hideProgress();
    m_status->setDisconnected();
    // The panel explains; the status line only says what happened.
    m_status->showMessage(error.kind == ErrorKind::Cancelled ? tr("Scan cancelled") : tr("Could not connect to Docker"));
    m_connected = {};
    m_eventFeed->stop();
    m_eventPanel->setHost({});
    m_containers->clear();
    m_findings->clear();
    m_images->clear();
    m_logPanel->setEndpoint({});
    m_overview->clear();
    m_detail->clear();
    setWindowTitle(tr("Bulwark — not connected"));
    m_errorPanel->showError(error, attempts);
}

void MainWindow::onScanCancelled()
{
    m_status->hideProgress();
    m_status->showMessage(tr("Scan cancelled"), 5000);
}

void MainWindow::onScanStored(qint64 scanId, qint64 hostId)
{
    m_storedHostId = hostId;
    m_storedScanId = scanId;
    updateReviewActions();
    m_historyPanel->scanStored(hostId);
    m_historyLoader->loadSparklines(hostId);
}

void MainWindow::onStoreFailed(const store::StoreError &error)
{
    // The scan stays on screen; only its place in the history is missing.
    m_status->showMessage(tr("Scan finished, but it could not be stored: %1").arg(error.toString()));
    m_historyPanel->showStoreError(error);
}

void MainWindow::showCurrentContainer()
{
    const int row = m_containers->rowOf(m_containersPanel->currentContainerId());
    if (row < 0)
        m_detail->clear();
    else
        m_detail->showContainer(m_containers->containerAt(row));
}

void MainWindow::followLogs(const QString &id)
{
    if (id.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_logPanel);
    m_logPanel->follow(id);
}

void MainWindow::showContainer(const QString &id)
{
    m_tabs->setCurrentWidget(m_containersPanel);
    m_containersPanel->selectContainer(id);
}

void MainWindow::onContainerDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A re-scan changed the container on show (state, health, ...): refresh in place.
    const int row = m_containers->rowOf(m_containersPanel->currentContainerId());
    if (row >= topLeft.row() && row <= bottomRight.row())
        m_detail->showContainer(m_containers->containerAt(row));
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addUserHost(dialog->endpoint()); });
    dialog->open();
}

void MainWindow::addUserHost(const HostEndpoint &endpoint)
{
    const int row = m_hosts->addUserHost(endpoint);
    saveUserHosts();
    m_sidebar->setCurrentRow(row);
    scanHost(endpoint);
}

void MainWindow::removeUserHost(int row)
{
    if (m_hosts->removeUserHost(row))
        saveUserHosts();
}

void MainWindow::saveUserHosts()
{
    if (m_options.settings)
        HostSettings(m_options.settings).saveHosts(m_hosts->userHosts());
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Bulwark"),
                                tr("<h3>Bulwark %1</h3>"
                                   "<p>A read-only security dashboard for Docker hosts.</p>"
                                   "<p>Bulwark only reads from the Docker Engine API: a scan never changes the host.</p>")
                                    .arg(QStringLiteral(BULWARK_VERSION)),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

HostEndpoint MainWindow::endpointForUrl(const QString &url, bool tls) const
{
    for (const HostEndpoint &candidate : m_scan->candidates()) {
        if (candidate.url == url)
            return candidate;
    }
    Expected<HostEndpoint> parsed = HostEndpoint::parse(url, tls);
    return parsed ? parsed.value() : HostEndpoint{};
}

void MainWindow::restoreLayout()
{
    if (!m_options.settings)
        return;
    restoreGeometry(m_options.settings->value(geometryKey).toByteArray());
    m_splitter->restoreState(m_options.settings->value(splitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.settings) {
        m_options.settings->setValue(geometryKey, saveGeometry());
        m_options.settings->setValue(splitterKey, m_splitter->saveState());
    }
    m_scan->cancel();
    m_logPanel->stopAll();
    m_eventFeed->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateReviewActions()
{
    if (!m_reviewAction)
        return;
    const bool scanned = m_snapshot.assessed;
    const bool stored = m_storedScanId > 0 && !m_options.databasePath.isEmpty();
    m_reviewAction->setEnabled(stored);
    m_exportAction->setEnabled(stored);
    m_planAction->setEnabled(scanned);
    const QString why = m_options.databasePath.isEmpty() ? tr("Scans are not stored (no database): reviews and reports need the history.")
                                                         : tr("Scan a host first: reviews and reports work on a stored scan.");
    m_reviewAction->setStatusTip(stored ? QString() : why);
    m_exportAction->setStatusTip(stored ? QString() : why);
}

bool MainWindow::requireStoredScan()
{
    if (m_storedScanId > 0 && !m_options.databasePath.isEmpty())
        return true;
    QMessageBox::information(this, tr("No stored scan"), m_reviewAction->statusTip());
    return false;
}

void MainWindow::startReview()
{
    if (!requireStoredScan())
        return;
    bool ok = false;
    const QString defaultName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString reviewer = QInputDialog::getText(this, tr("Start Review"),
                                                   tr("Reviewer (recorded with every decision):"), QLineEdit::Normal,
                                                   defaultName, &ok)
                                 .trimmed();
    if (!ok)
        return;
    if (reviewer.isEmpty()) {
        QMessageBox::warning(this, tr("Start Review"), tr("A review needs the reviewer's name."));
        return;
    }
    startReviewAs(reviewer);
}

void MainWindow::startReviewAs(const QString &reviewer)
{
    if (!requireStoredScan())
        return;
    auto session = std::make_unique<ReviewSession>(m_options.databasePath);
    QString error;
    if (!session->start(m_storedHostId, m_storedScanId, reviewer, &error)) {
        QMessageBox::warning(this, tr("Start Review"), tr("The review could not be started: %1").arg(error));
        return;
    }
    auto *window = new ReviewWindow(std::move(session), m_snapshot, this);
    window->setObjectName(QStringLiteral("reviewWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Waivers apply from the next scan on: rescan so the dashboard shows them at once.
    connect(window, &ReviewWindow::reviewFinished, this, &MainWindow::rescan);
    window->show();
}

void MainWindow::showExportDialog()
{
    if (!requireStoredScan())
        return;
    auto *dialog = new ExportReportDialog(m_options.databasePath, m_storedHostId, m_storedScanId, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showRemediationPlan()
{
    if (!m_snapshot.assessed)
        return;
    // The GUI scans with the shipped policy; waived findings are already marked in the snapshot.
    auto *dialog = new RemediationPlanDialog(m_snapshot, Policy{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::fixFinding(const Finding &finding)
{
    auto *wizard = new RemediationWizard(finding, m_snapshot, m_connected, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // A verified fix is worth a full rescan: scores, history and the finding list catch up.
    connect(wizard, &RemediationWizard::verified, this, [this](bool resolved) {
        if (resolved)
            rescan();
    });
    wizard->show();
}

} // namespace bulwark
