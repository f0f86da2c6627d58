#include "HistoryPanel.h"

#include "EventModel.h"
#include "Format.h"
#include "HistoryChartData.h"
#include "HistoryCharts.h"
#include "ModelRoles.h"
#include "ScanDiffModel.h"
#include "ScanHistoryModel.h"
#include "SeverityDelegate.h"
#include "SeverityStyle.h"
#include "StoredScanView.h"
#include "TableStyle.h"
#include "TrendChartView.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark {

namespace {

const QString SecurityMarkersName = QStringLiteral("securityEventMarkers");

// Security-relevant journaled events as marks on the risk chart's baseline. The
// chart redraws its own series from scratch, so the marks are replaced each
// time events arrive rather than kept in sync.
void markSecurityEvents(QChart *chart, const QList<EngineEvent> &events, const QString &name)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *old : series) {
        if (old->objectName() == SecurityMarkersName) {
            chart->removeSeries(old);
            delete old;
        }
    }
    QAbstractAxis *x = chart->axes(Qt::Horizontal).value(0);
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!x || !y)
        return; // no scan drawn: nothing to place the marks against
    auto *marks = new QScatterSeries;
    marks->setObjectName(SecurityMarkersName);
    marks->setName(name);
    marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks->setMarkerSize(8);
    marks->setColor(SeverityStyle::color(Severity::High));
    marks->setBorderColor(Qt::transparent);
    for (const EngineEvent &e : events) {
        if (e.securityRelevant())
            marks->append(double(e.timeNs / 1'000'000), y->min());
    }
    if (marks->count() == 0) {
        delete marks;
        return;
    }
    chart->addSeries(marks);
    marks->attachAxis(x);
    marks->attachAxis(y);
}

// The diff tree's second column holds a severity for findings and a risk score
// for containers: each painted by the matching SeverityDelegate.
class DiffSeverityDelegate : public QStyledItemDelegate {
public:
    explicit DiffSeverityDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
        , m_severity(SeverityDelegate::Mode::Severity)
        , m_risk(SeverityDelegate::Mode::RiskScore)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room for the pills, which are a little taller than text.
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(SeverityRole).isValid())
            m_severity.paint(painter, option, index);
        else if (index.data(RiskScoreRole).isValid())
            m_risk.paint(painter, option, index);
        else
            QStyledItemDelegate::paint(painter, option, index);
    }

private:
    SeverityDelegate m_severity;
    SeverityDelegate m_risk;
};

TrendChartView *createChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart; // owned by the view
    HistoryCharts::style(chart);
    auto *view = new TrendChartView(chart, parent);
    view->setObjectName(objectName);
    view->setMinimumSize(360, 260);
    return view;
}

} // namespace

HistoryPanel::HistoryPanel(HistoryLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_history(new ScanHistoryModel(this))
    , m_diff(new ScanDiffModel(this))
    , m_hostCombo(new QComboBox(this))
    , m_rangeCombo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_scansView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_scoreView(createChartView(QStringLiteral("scoreChartView"), this))
    , m_severityView(createChartView(QStringLiteral("severityChartView"), this))
    , m_imageAgeView(createChartView(QStringLiteral("imageAgeChartView"), this))
    , m_fixTimeView(createChartView(QStringLiteral("fixTimeChartView"), this))
    , m_fixSummary(new QLabel(this))
    , m_diffLabel(new QLabel(this))
    , m_diffView(new QTreeView(this))
    , m_resizeTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_hostCombo->setObjectName(QStringLiteral("historyHostCombo"));
    m_hostCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hostCombo->setMinimumContentsLength(24);
    m_rangeCombo->setObjectName(QStringLiteral("historyRangeCombo"));
    m_rangeCombo->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::Day));
    m_rangeCombo->addItem(tr("Last 7 days"), QVariant::fromValue(Range::Week));
    m_rangeCombo->addItem(tr("Last 30 days"), QVariant::fromValue(Range::Month));
    m_rangeCombo->addItem(tr("Last 90 days"), QVariant::fromValue(Range::Quarter));
    m_rangeCombo->addItem(tr("Last 12 months"), QVariant::fromValue(Range::Year));
    m_rangeCombo->addItem(tr("All time"), QVariant::fromValue(Range::All));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->count() - 1);

    auto *reloadButton = new QToolButton(this);
    reloadButton->setObjectName(QStringLiteral("historyReloadButton"));
    reloadButton->setText(tr("Reload"));
    reloadButton->setToolTip(tr("Read the scan database again"));

    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1b13; border: 1px solid #d33f2f; }"));
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Host:"), this));
    bar->addWidget(m_hostCombo);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeCombo);
    bar->addWidget(reloadButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(createListSide());
    splitter->addWidget(createChartSide());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(400);
    connect(m_resizeTimer, &QTimer::timeout, this, &HistoryPanel::onResizeSettled);

    connect(reloadButton, &QToolButton::clicked, this, &HistoryPanel::reload);
    connect(m_hostCombo, &QComboBox::activated, this, [this] {
        m_hostId = m_hostCombo->currentData().toLongLong();
        m_wantedHostId = 0;
        loadCurrentHost();
    });
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &HistoryPanel::loadCurrentHost);
    connect(m_scoreView, &TrendChartView::scanActivated, this, &HistoryPanel::openScan);
    connect(m_severityView, &TrendChartView::scanActivated, this, &HistoryPanel::openScan);

    connect(m_loader, &HistoryLoader::hostsLoaded, this, &HistoryPanel::onHostsLoaded);
    connect(m_loader, &HistoryLoader::hostLoaded, this, &HistoryPanel::onHostLoaded);
    connect(m_loader, &HistoryLoader::imageAgesLoaded, this, &HistoryPanel::onImageAgesLoaded);
    connect(m_loader, &HistoryLoader::diffLoaded, this, &HistoryPanel::onDiffLoaded);
    connect(m_loader, &HistoryLoader::scanLoaded, this, &HistoryPanel::onScanLoaded);
    connect(m_loader, &HistoryLoader::failed, this, &HistoryPanel::onLoadFailed);
    connect(m_loader, &HistoryLoader::eventsLoaded, this, &HistoryPanel::onEventsLoaded);
    connect(m_loader, &HistoryLoader::loadingChanged, this,
            [this](bool loading) { m_status->setText(loading ? tr("Loading…") : m_statusText); });

    showEmpty(m_loader->databasePath().isEmpty()
                  ? tr("Scans are not being stored, so there is no history to show. Start Bulwark with --db FILE or "
                       "set BULWARK_DB to keep them.")
                  : tr("Loading the scan history…"));
}

HistoryPanel::~HistoryPanel() = default;

QWidget *HistoryPanel::createListSide()
{
    auto *side = new QWidget(this);
    m_scansView->setObjectName(QStringLiteral("historyScansView"));
    m_scansView->setModel(m_history);
    TableStyle::apply(m_scansView);
    m_scansView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_scansView->horizontalHeader()->setHighlightSections(false);
    m_scansView->setItemDelegateForColumn(ScanHistoryModel::ScoreColumn,
                                          new SeverityDelegate(SeverityDelegate::Mode::RiskScore, m_scansView));
    m_scansView->setItemDelegateForColumn(ScanHistoryModel::FindingsColumn,
                                          new SeverityDelegate(SeverityDelegate::Mode::SeverityCounts, m_scansView));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_scansView->setColumnWidth(ScanHistoryModel::StartedColumn, charWidth * 17);
    m_scansView->setColumnWidth(ScanHistoryModel::ScoreColumn, charWidth * 15);
    m_scansView->setColumnWidth(ScanHistoryModel::ContainersColumn, charWidth * 11);
    // The findings pills take what is left: an old, bad scan has five of them.
    m_scansView->horizontalHeader()->setSectionResizeMode(ScanHistoryModel::FindingsColumn, QHeaderView::Stretch);
    // The image count is in the model; the charts need the width more.
    m_scansView->setColumnHidden(ScanHistoryModel::ImagesColumn, true);
    connect(m_scansView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    connect(m_scansView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openScan(index.data(ScanIdRole).toLongLong()); });

    auto *hint = new QLabel(tr("Select a scan to see what changed since the one before it, or two scans to compare "
                               "them. Double-click a scan to open it."),
                            side);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scansView, 1);
    layout->addWidget(hint);
    return side;
}

QWidget *HistoryPanel::createChartSide()
{
    m_tabs->setObjectName(QStringLiteral("historyChartTabs"));
    m_tabs->addTab(m_scoreView, tr("Risk"));
    m_tabs->addTab(m_severityView, tr("Findings"));
    m_tabs->addTab(m_imageAgeView, tr("Image age"));
    auto *fixPage = new QWidget(m_tabs);
    auto *fixLayout = new QVBoxLayout(fixPage);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    fixLayout->addWidget(m_fixTimeView, 1);
    m_fixSummary->setObjectName(QStringLiteral("fixTimeSummary"));
    m_fixSummary->setWordWrap(true);
    m_fixSummary->setContentsMargins(8, 0, 8, 6);
    fixLayout->addWidget(m_fixSummary);
    m_tabs->addTab(fixPage, tr("Time to fix"));

    auto *changes = new QWidget(m_tabs);
    changes->setObjectName(QStringLiteral("historyChangesPage"));
    m_diffLabel->setObjectName(QStringLiteral("historyDiffLabel"));
    m_diffLabel->setWordWrap(true);
    m_diffLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffView->setObjectName(QStringLiteral("historyDiffView"));
    m_diffView->setModel(m_diff);
    m_diffView->setUniformRowHeights(true);
    m_diffView->setAlternatingRowColors(true);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setItemDelegateForColumn(ScanDiffModel::SeverityColumn, new DiffSeverityDelegate(m_diffView));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_diffView->setColumnWidth(ScanDiffModel::ItemColumn, charWidth * 40);
    m_diffView->setColumnWidth(ScanDiffModel::SeverityColumn, charWidth * 15);
    m_diffView->setColumnWidth(ScanDiffModel::TargetColumn, charWidth * 16);
    auto *layout = new QVBoxLayout(changes);
    layout->addWidget(m_diffLabel);
    layout->addWidget(m_diffView, 1);
    m_tabs->addTab(changes, tr("Changes"));

    auto *eventsPage = new QWidget(m_tabs);
    eventsPage->setObjectName(QStringLiteral("historyEventsPage"));
    m_events = new EventModel(this);
    m_eventsLabel = new QLabel(eventsPage);
    m_eventsLabel->setObjectName(QStringLiteral("historyEventsLabel"));
    m_eventsLabel->setWordWrap(true);
    m_eventsView = new QTableView(eventsPage);
    m_eventsView->setObjectName(QStringLiteral("historyEventsView"));
    m_eventsView->setModel(m_events);
    TableStyle::apply(m_eventsView);
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    m_eventsView->setColumnWidth(EventModel::TimeColumn, charWidth * 25);
    m_eventsView->setColumnWidth(EventModel::ActionColumn, charWidth * 30);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->addWidget(m_eventsLabel);
    eventsLayout->addWidget(m_eventsView, 1);
    m_tabs->addTab(eventsPage, tr("Events"));
    return m_tabs;
}

void HistoryPanel::reload()
{
    m_loader->loadHosts();
}

void HistoryPanel::scanStored(qint64 hostId)
{
    if (!m_readError)
        clearError(); // the store works again
    m_wantedHostId = hostId;
    reload();
}

void HistoryPanel::setRange(Range range)
{
    const int index = m_rangeCombo->findData(QVariant::fromValue(range));
    if (index >= 0)
        m_rangeCombo->setCurrentIndex(index);
}

void HistoryPanel::showStoreError(const store::StoreError &error)
{
    m_error->setText(tr("The last scan is shown but could not be added to the history: %1").arg(error.toString()));
    m_error->show();
    m_readError = false;
}

void HistoryPanel::clearError()
{
    m_readError = false;
    m_error->clear();
    m_error->hide();
}

QString HistoryPanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void HistoryPanel::openScan(qint64 scanId)
{
    if (scanId <= 0)
        return;
    emit openScanRequested(scanId);
    m_loader->loadScan(scanId);
}

QDateTime HistoryPanel::rangeStart() const
{
    const QDateTime now = m_clock();
    switch (m_rangeCombo->currentData().value<Range>()) {
    case Range::Day:
        return now.addDays(-1);
    case Range::Week:
        return now.addDays(-7);
    case Range::Month:
        return now.addDays(-30);
    case Range::Quarter:
        return now.addDays(-90);
    case Range::Year:
        return now.addYears(-1);
    case Range::All:
        break;
    }
    return {};
}

int HistoryPanel::wantedPoints() const
{
    return HistoryChartData::maxPointsForWidth(m_scoreView->width());
}

void HistoryPanel::loadCurrentHost()
{
    if (m_hostId <= 0)
        return;
    m_requestedPoints = wantedPoints();
    m_loader->loadHost(m_hostId, rangeStart(), m_requestedPoints);
}

void HistoryPanel::onHostsLoaded(const QList<store::HostRecord> &hosts)
{
    const qint64 previous = m_hostId;
    m_hostCombo->clear();
    for (const store::HostRecord &host : hosts) {
        const QString name = host.name.isEmpty() || host.name == host.url ? host.url
                                                                            : tr("%1 — %2").arg(host.name, host.url);
        m_hostCombo->addItem(tr("%1 (scans: %2)").arg(name, QLocale().toString(host.scanCount)), host.id);
        m_hostCombo->setItemData(m_hostCombo->count() - 1,
                                 tr("Engine id %1, last scanned %2").arg(host.engineId, Format::dateTime(host.lastScanAt)),
                                 Qt::ToolTipRole);
    }
    if (hosts.isEmpty()) {
        m_hostId = 0;
        showEmpty(tr("No scans are stored yet. Every scan Bulwark runs is added here."));
        return;
    }
    qint64 wanted = m_wantedHostId > 0 ? m_wantedHostId : previous;
    if (m_hostCombo->findData(wanted) < 0)
        wanted = hosts.constFirst().id;
    m_wantedHostId = 0;
    m_hostCombo->setCurrentIndex(m_hostCombo->findData(wanted));
    m_hostId = wanted;
    loadCurrentHost();
}

void HistoryPanel::showEmpty(const QString &why)
{
    m_history->clear();
    m_diff->clear();
    m_latestAges.clear();
    m_scoreView->setTargets(HistoryCharts::showScore(m_scoreView->chart(), {}));
    m_severityView->setTargets(HistoryCharts::showSeverity(m_severityView->chart(), {}));
    HistoryCharts::showImageAges(m_imageAgeView->chart(), {}, {});
    HistoryCharts::showFixTime(m_fixTimeView->chart(), {});
    for (TrendChartView *view : {m_scoreView, m_severityView, m_imageAgeView, m_fixTimeView})
        view->setPlaceholderText(why);
    m_diffLabel->setText(why);
    m_events->clear();
    m_eventsLabel->setText(why);
    m_fixSummary->clear();
    m_statusText.clear();
    m_status->clear();
}

void HistoryPanel::onHostLoaded(const HostHistory &history)
{
    if (history.hostId != m_hostId)
        return; // the user picked another host meanwhile
    if (m_readError)
        clearError(); // the database reads again; a store error stays until the next scan is stored
    m_history->setScans(history.scans);

    m_scoreView->setTargets(HistoryCharts::showScore(m_scoreView->chart(), HistoryChartData::scoreSeries(history.score)));
    m_severityView->setTargets(
        HistoryCharts::showSeverity(m_severityView->chart(), HistoryChartData::severityStack(history.severity)));
    const QString noScans = history.from.isValid() ? tr("No scan of this host in the selected range.")
                                                   : tr("No scan of this host is stored.");
    const int points = m_scoreView->targetCount();
    m_scoreView->setPlaceholderText(points == 0 ? noScans : QString());
    m_severityView->setPlaceholderText(m_severityView->targetCount() == 0 ? noScans : QString());

    const FixTimeData fixes = HistoryChartData::fixTime(history.fixes);
    HistoryCharts::showFixTime(m_fixTimeView->chart(), fixes);
    m_fixTimeView->setPlaceholderText(fixes.total == 0 ? tr("No finding was resolved in the selected range.")
                                                       : QString());
    m_fixSummary->setText(HistoryCharts::fixTimeSummary(fixes));

    m_latestAges = history.imageAges;

    const QLocale locale;
    QStringList status{tr("Scans stored: %1").arg(locale.toString(history.totalScans))};
    if (history.scans.size() < history.totalScans)
        status << tr("the list shows the newest %1").arg(locale.toString(history.scans.size()));
    if (points > 0 && points < history.totalScans)
        status << tr("charts group scans by time into %1 points").arg(locale.toString(points));
    m_statusText = status.join(QStringLiteral(" · "));
    m_status->setText(m_statusText);

    onSelectionChanged();
    emit historyShown(history.hostId);
}

QModelIndexList HistoryPanel::selectedScanRows() const
{
    QModelIndexList rows = m_scansView->selectionModel()->selectedRows(ScanHistoryModel::StartedColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

void HistoryPanel::eventsJournaled(qint64 hostId)
{
    if (hostId != m_hostId)
        return;
    if (!isVisible()) {
        m_eventsStale = true;
        return;
    }
    loadEvents(selectedScanRows());
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_eventsStale)
        loadEvents(selectedScanRows());
}

void HistoryPanel::onSelectionChanged()
{
    const QModelIndexList rows = selectedScanRows();
    loadEvents(rows);

    if (rows.isEmpty()) {
        m_diff->clear();
        m_diffLabel->setText(tr("Select a scan to see what changed since the one before it, or two scans to compare them."));
        onImageAgesLoaded(m_history->scanAt(0).id, m_latestAges);
        return;
    }
    if (rows.size() > 2) {
        m_diff->clear();
        m_diffLabel->setText(tr("Select one or two scans to see what changed."));
        return;
    }
    // Rows are newest first: the lower row is the older scan.
    const qint64 newer = rows.constFirst().data(ScanIdRole).toLongLong();
    qint64 older = 0;
    if (rows.size() == 2) {
        older = rows.constLast().data(ScanIdRole).toLongLong();
        m_tabs->setCurrentWidget(m_diffView->parentWidget());
    } else if (const int olderRow = rows.constFirst().row() + 1; olderRow < m_history->rowCount()) {
        older = m_history->scanAt(olderRow).id;
    } else {
        m_loader->loadImageAges(newer);
        m_diff->clear();
        m_diffLabel->setText(tr("%1 is the oldest scan in the list: there is nothing before it to compare with.")
                                 .arg(scanLabel(newer)));
        return;
    }
    // Reloading the list (a new scan, another range, a resize) keeps the
    // selection; unless another answer is on its way, its diff and image ages
    // are on screen already and reading two whole scans again would only fold
    // the tree the user opened.
    const store::ScanDiff &shown = m_diff->diff();
    if (m_diff->hasDiff() && !m_loader->isLoading() && shown.from.id == older && shown.to.id == newer)
        return;
    m_loader->loadImageAges(newer);
    m_loader->loadDiff(older, newer);
}

void HistoryPanel::onDiffLoaded(const store::ScanDiff &diff)
{
    m_diff->setDiff(diff);
    for (int section = 0; section < ScanDiffModel::SectionCount; ++section) {
        // Unchanged findings are usually the bulk and the least interesting: folded.
        const auto s = ScanDiffModel::Section(section);
        m_diffView->setExpanded(m_diff->sectionIndex(s), s != ScanDiffModel::UnchangedFindings && m_diff->itemCount(s) > 0);
    }
    m_diffLabel->setText(tr("From %1 to %2: host risk %3 → %4, %5 new and %6 resolved findings.")
                             .arg(scanLabel(diff.from), scanLabel(diff.to))
                             .arg(diff.from.hostScore)
                             .arg(diff.to.hostScore)
                             .arg(diff.newFindings.size())
                             .arg(diff.resolvedFindings.size()));
}

void HistoryPanel::onImageAgesLoaded(qint64 scanId, const QList<int> &ages)
{
    const HistogramData histogram = HistoryChartData::imageAgeHistogram(ages);
    HistoryCharts::showImageAges(m_imageAgeView->chart(), histogram, scanId > 0 ? scanLabel(scanId) : QString());
    m_imageAgeView->setPlaceholderText(histogram.total == 0 ? tr("No image age is known for this scan.") : QString());
}

void HistoryPanel::onScanLoaded(const store::StoredScan &scan)
{
    auto *view = new StoredScanView(scan, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void HistoryPanel::onLoadFailed(HistoryLoader::Request request, const store::StoreError &error)
{
    if (request == HistoryLoader::Request::Sparklines)
        return; // the containers table simply has no trend; the panel's own loads report problems
    m_statusText.clear();
    m_status->clear();
    m_error->setText(tr("Could not read the scan history: %1").arg(error.toString()));
    m_error->show();
    m_readError = true;
}

void HistoryPanel::loadEvents(const QModelIndexList &rows)
{
    m_eventsStale = false;
    if (m_hostId <= 0)
        return;
    constexpr qint64 NsPerMs = 1'000'000;
    store::EventTimeRange range;
    if (rows.isEmpty()) {
        const QDateTime from = rangeStart();
        if (from.isValid())
            range.fromNs = from.toMSecsSinceEpoch() * NsPerMs;
        m_eventsWhat = from.isValid() ? tr("since %1").arg(Format::dateTimeShort(from)) : tr("of all time");
    } else {
        // From the start of the older scan (the one before a single selected scan) to the end of the newer one.
        const store::ScanSummary newer = m_history->scanAt(rows.constFirst().row());
        const int olderRow = rows.size() >= 2 ? rows.constLast().row() : rows.constFirst().row() + 1;
        range.toNs = (newer.finishedAt.isValid() ? newer.finishedAt : newer.startedAt).toMSecsSinceEpoch() * NsPerMs
            + NsPerMs;
        if (olderRow < m_history->rowCount()) {
            const store::ScanSummary older = m_history->scanAt(olderRow);
            range.fromNs = older.startedAt.toMSecsSinceEpoch() * NsPerMs;
            m_eventsWhat = tr("between %1 and %2").arg(scanLabel(older), scanLabel(newer));
        } else {
            m_eventsWhat = tr("up to %1").arg(scanLabel(newer));
        }
    }
    m_loader->loadEvents(m_hostId, range);
}

void HistoryPanel::onEventsLoaded(const JournaledEvents &events)
{
    if (events.hostId != m_hostId)
        return;
    m_events->setEvents(events.events);
    markSecurityEvents(m_scoreView->chart(), events.events, tr("Security events"));
    const QLocale locale;
    QString text = events.total == 0
        ? tr("No daemon event was journaled %1. Events are journaled while Bulwark is connected to the host.")
              .arg(m_eventsWhat)
        : tr("%1 daemon events %2, %3 of them security-relevant (highlighted).")
              .arg(locale.toString(events.total), m_eventsWhat, locale.toString(events.securityRelevant));
    if (events.events.size() < events.total)
        text += QLatin1Char(' ') + tr("The newest %1 are listed.").arg(locale.toString(events.events.size()));
    m_eventsLabel->setText(text);
    m_tabs->setTabText(m_tabs->indexOf(m_eventsView->parentWidget()),
                       events.securityRelevant > 0 ? tr("Events (%1 security)").arg(events.securityRelevant)
                                                   : tr("Events"));
}

QString HistoryPanel::scanLabel(qint64 scanId) const
{
    const int row = m_history->rowOf(scanId);
    return row < 0 ? tr("scan #%1").arg(scanId) : scanLabel(m_history->scanAt(row));
}

QString HistoryPanel::scanLabel(const store::ScanSummary &scan)
{
    return tr("scan #%1 (%2)").arg(scan.id).arg(Format::dateTimeShort(scan.startedAt));
}

void HistoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_resizeTimer->start();
}

void HistoryPanel::onResizeSettled()
{
    // Ask for finer or coarser buckets only when the width changed a lot: a
    // year of hourly scans always arrives as about one point per two pixels.
    const int wanted = wantedPoints();
    if (m_requestedPoints > 0 && std::abs(wanted - m_requestedPoints) * 4 > m_requestedPoints)
        loadCurrentHost();
}

} // namespace bulwark
