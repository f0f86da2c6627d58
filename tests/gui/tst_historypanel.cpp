// The History panel rendered offscreen over a seeded database: charts drawn,
// hover and click on points, the diff of two selected scans, the read-only view.
#include "ContainerTableModel.h"
#include "EventModel.h"
#include "HistoryCharts.h"
#include "HistoryLoader.h"
#include "HistoryPanel.h"
#include "HistorySeed.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "ScanController.h"
#include "ScanDiffModel.h"
#include "ScanHistoryModel.h"
#include "StoredContainerModel.h"
#include "StoredFindingModel.h"
#include "StoredScanView.h"
#include "TrendChartView.h"
#include "store/EventJournal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStyle>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace bulwark;

class TestHistoryPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rendersCharts();
    void clickingPointOpensScanReadOnly();
    void selectingTwoScansShowsDiff();
    void journaledEventsBetweenScans();
    void oneScanDiffsAgainstPrevious();
    void emptyDatabaseSaysSo();
    void storeErrorShowsBanner();
    void mainWindowStoresNothingWithoutDatabase();
    void mainWindowShowsSparklinesAfterStore();
    void niceCeiling_data();
    void niceCeiling();
    void durationAndDateFormat();

private:
    void waitShown();

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids;
    std::unique_ptr<HistoryLoader> m_loader;
    std::unique_ptr<HistoryPanel> m_panel;
};

void TestHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history.db"));
    m_ids = test::seedDatabase(m_path, test::threeScans());
    QCOMPARE(m_ids.size(), 3);
    // Daemon events around the scans (10:00, 11:00, 12:00): one before them all,
    // a root exec between the first two, an image deleted between the last two.
    auto db = store::ScanDatabase::open(m_path);
    QVERIFY(db);
    store::EventJournal journal(**db);
    auto host = journal.hostId(QStringLiteral("unix:///run/seed/docker.sock"), QStringLiteral("SEED:ENGINE:0001"));
    QVERIFY(host);
    const auto at = [](int hour, int minute) {
        return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch() * 1'000'000;
    };
    EngineEvent before;
    before.timeNs = at(9, 0);
    before.type = QStringLiteral("container");
    before.action = QStringLiteral("start");
    before.attributes.insert(QStringLiteral("name"), QStringLiteral("web"));
    EngineEvent exec = before;
    exec.timeNs = at(10, 30);
    exec.action = QStringLiteral("exec_create: sh");
    exec.securityFlags = RootExec;
    exec.severity = Severity::High;
    EngineEvent deleted = before;
    deleted.timeNs = at(11, 30);
    deleted.type = QStringLiteral("image");
    deleted.action = QStringLiteral("delete");
    deleted.securityFlags = ImageDeleted;
    deleted.severity = Severity::Medium;
    QVERIFY(journal.append(*host, {before, exec, deleted}));
}

void TestHistoryPanel::init()
{
    m_loader = std::make_unique<HistoryLoader>();
    m_loader->setDatabasePath(m_path);
    m_panel = std::make_unique<HistoryPanel>(m_loader.get());
    m_panel->resize(1400, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestHistoryPanel::cleanup()
{
    m_panel.reset();
    m_loader.reset();
}

void TestHistoryPanel::waitShown()
{
    QSignalSpy shown(m_panel.get(), &HistoryPanel::historyShown);
    m_panel->reload();
    QVERIFY(shown.wait(10000));
    // New series lay the chart out again on the next pass of the event loop.
    QTest::qWait(50);
}

void TestHistoryPanel::rendersCharts()
{
    QAbstractItemModelTester historyTester(m_panel->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diffTester(m_panel->diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitShown();
    QCOMPARE(m_panel->hostCombo()->count(), 1);
    QVERIFY(m_panel->hostCombo()->currentText().contains(QStringLiteral("unix:///run/seed/docker.sock")));
    QCOMPARE(m_panel->historyModel()->rowCount(), 3);

    QChart *score = m_panel->scoreView()->chart();
    // The marks of journaled security events (journaledEventsBetweenScans) are a series of their own.
    QList<QAbstractSeries *> drawn = score->series();
    drawn.removeIf([](QAbstractSeries *s) { return s->objectName() == QLatin1String("securityEventMarkers"); });
    QCOMPARE(drawn.size(), 1); // three single-scan points: no band
    auto *line = qobject_cast<QLineSeries *>(drawn.constFirst());
    QVERIFY(line);
    QCOMPARE(line->count(), 3);
    QCOMPARE(line->at(0).y(), 70.0);
    QCOMPARE(line->at(2).y(), 20.0);
    QCOMPARE(score->axes(Qt::Horizontal).size(), 1);
    QVERIFY(!score->title().isEmpty());

    QChart *severity = m_panel->severityView()->chart();
    QCOMPARE(severity->series().size(), 5); // one band per severity
    for (QAbstractSeries *series : severity->series())
        QVERIFY(qobject_cast<QAreaSeries *>(series));
    QCOMPARE(m_panel->severityView()->targetCount(), 3);

    QCOMPARE(m_panel->fixTimeView()->chart()->series().size(), 1);
    // C001 and L001 were fixed at the second scan, C020 at the third: each an hour after it appeared.
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("fixTimeSummary"))->text(),
             QStringLiteral("Median time to fix: Critical 1.0 h (1 fixed) · High 1.0 h (1 fixed) · Low 1.0 h (1 fixed)"));
    QCOMPARE(m_panel->imageAgeView()->chart()->series().size(), 1);
    QVERIFY(m_panel->imageAgeView()->chart()->title().contains(QStringLiteral("#%1").arg(m_ids.constLast())));
    QVERIFY(m_panel->scoreView()->placeholderText().isEmpty());

    for (int tab = 0; tab < m_panel->chartTabs()->count(); ++tab) {
        m_panel->chartTabs()->setCurrentIndex(tab);
        const QPixmap pixmap = m_panel->grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), m_panel->size());
    }
    // The chart is really drawn: the line's pixels differ from the plot background.
    m_panel->chartTabs()->setCurrentWidget(m_panel->scoreView());
    const QImage image = m_panel->scoreView()->grab().toImage();
    const QPoint point = m_panel->scoreView()->targetPosition(1);
    QVERIFY(image.rect().contains(point));
    QVERIFY(image.pixelColor(point) != image.pixelColor(point.x(), point.y() - 40));
}

void TestHistoryPanel::clickingPointOpensScanReadOnly()
{
    waitShown();
    m_panel->chartTabs()->setCurrentWidget(m_panel->scoreView());
    TrendChartView *view = m_panel->scoreView();
    QCOMPARE(view->targetCount(), 3);
    QCOMPARE(view->targetScanId(0), m_ids.at(0));

    QSignalSpy requested(m_panel.get(), &HistoryPanel::openScanRequested);
    QSignalSpy scanLoaded(m_loader.get(), &HistoryLoader::scanLoaded);
    const QPoint at = view->targetPosition(0);
    // Hovering a little off the point still snaps to it and names the scan and its value.
    QTest::mouseMove(view->viewport(), at + QPoint(3, -30));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Scan #%1 — ").arg(m_ids.at(0))), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Host risk 70 (High)")), qPrintable(QToolTip::text()));
    // It stays while the mouse rests, past the point where Qt asks the scene for tooltips.
    QTest::qWait(QApplication::style()->styleHint(QStyle::SH_ToolTip_WakeUpDelay) + 400);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Scan #%1").arg(m_ids.at(0))));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_ids.at(0));

    QVERIFY(scanLoaded.wait(10000));
    StoredScanView *stored = nullptr;
    QTRY_VERIFY((stored = m_panel->findChild<StoredScanView *>()) != nullptr);
    QCOMPARE(stored->scanId(), m_ids.at(0));
    QVERIFY2(stored->headingText().startsWith(QStringLiteral("Scan #%1 of ").arg(m_ids.at(0))), qPrintable(stored->headingText()));
    QVERIFY(stored->headingText().contains(QStringLiteral("unix:///run/seed/docker.sock")));
    QVERIFY(stored->headingText().endsWith(QStringLiteral("— read-only")));

    QAbstractItemModelTester containerTester(stored->containerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingTester(stored->findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(stored->containerModel()->rowCount(), 3);
    QCOMPARE(stored->findingModel()->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << stored->containerModel()->index(row, StoredContainerModel::NameColumn).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("cache"), QStringLiteral("db"), QStringLiteral("web")}));
    bool sawCritical = false;
    for (int row = 0; row < 4; ++row) {
        const QModelIndex severity = stored->findingModel()->index(row, StoredFindingModel::SeverityColumn);
        if (severity.data(RuleIdRole).toString() == QLatin1String("BW-C001")) {
            sawCritical = true;
            QCOMPARE(severity.data(SeverityRole).toInt(), int(Severity::Critical));
            QCOMPARE(severity.siblingAtColumn(StoredFindingModel::TargetColumn).data().toString(), QStringLiteral("web"));
            QCOMPARE(severity.siblingAtColumn(StoredFindingModel::EvidenceColumn).data().toString(), QStringLiteral("BW-C001 seen on web"));
        }
    }
    QVERIFY(sawCritical);

    // Clicking outside the plot opens nothing.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(requested.count(), 1);
}

void TestHistoryPanel::selectingTwoScansShowsDiff()
{
    waitShown();
    QTableView *scans = m_panel->scansView();
    QSignalSpy diffs(m_loader.get(), &HistoryLoader::diffLoaded);
    // Rows are newest first: row 2 is the first scan, row 1 the second.
    scans->selectionModel()->select(m_panel->historyModel()->index(2, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scans->selectionModel()->select(m_panel->historyModel()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY(m_panel->diffModel()->hasDiff() && m_panel->diffModel()->diff().to.id == m_ids.at(1));
    QCOMPARE(m_panel->diffModel()->diff().from.id, m_ids.at(0));
    QCOMPARE(m_panel->chartTabs()->currentWidget(), m_panel->diffView()->parentWidget());
    QCOMPARE(m_panel->diffModel()->itemCount(ScanDiffModel::NewFindings), 2);
    QCOMPARE(m_panel->diffModel()->itemCount(ScanDiffModel::RemovedContainers), 1);
    // Sections with changes are open; unchanged findings stay folded.
    QVERIFY(m_panel->diffView()->isExpanded(m_panel->diffModel()->sectionIndex(ScanDiffModel::NewFindings)));
    QVERIFY(!m_panel->diffView()->isExpanded(m_panel->diffModel()->sectionIndex(ScanDiffModel::UnchangedFindings)));
    // Once the loads are done the status line says what is stored again, not "Loading…".
    QTRY_COMPARE(m_panel->findChild<QLabel *>(QStringLiteral("historyStatus"))->text(), QStringLiteral("Scans stored: 3"));
    QVERIFY(!m_panel->grab().isNull());
}

void TestHistoryPanel::journaledEventsBetweenScans()
{
    waitShown();
    EventModel *events = m_panel->eventsModel();
    const auto actions = [events] {
        QStringList out;
        for (int row = 0; row < events->rowCount(); ++row)
            out << events->index(row, EventModel::ActionColumn).data().toString();
        return out;
    };
    // Nothing selected: every event of the range (all time), oldest first, two of them marked on the risk chart.
    QTRY_COMPARE(actions(), (QStringList{QStringLiteral("start"), QStringLiteral("exec_create: sh"), QStringLiteral("delete")}));
    QVERIFY(m_panel->eventsLabel()->text().startsWith(QStringLiteral("3 daemon events of all time, 2 of them")));
    const int tab = m_panel->chartTabs()->indexOf(m_panel->eventsView()->parentWidget());
    QCOMPARE(m_panel->chartTabs()->tabText(tab), QStringLiteral("Events (2 security)"));
    const auto markers = [this]() -> qsizetype {
        const QList<QAbstractSeries *> series = m_panel->scoreView()->chart()->series();
        for (QAbstractSeries *s : series) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                return scatter->count();
        }
        return 0;
    };
    QCOMPARE(markers(), 2);

    // The first two scans: only what happened between them.
    QTableView *scans = m_panel->scansView();
    scans->selectionModel()->select(m_panel->historyModel()->index(2, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scans->selectionModel()->select(m_panel->historyModel()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_COMPARE(actions(), QStringList{QStringLiteral("exec_create: sh")});
    QCOMPARE(events->index(0, 0).data(EventModel::SecurityFlagsRole).toUInt(), quint32(RootExec));
    QVERIFY(m_panel->eventsLabel()->text().contains(QStringLiteral("between scan #%1").arg(m_ids.at(0))));
    QTRY_COMPARE(markers(), 1);
    // One scan: since the one before it.
    scans->selectRow(0);
    QTRY_COMPARE(actions(), QStringList{QStringLiteral("delete")});
    // The oldest scan: everything up to its end.
    scans->selectRow(2);
    QTRY_COMPARE(actions(), QStringList{QStringLiteral("start")});
    QTRY_COMPARE(markers(), 0);
    QCOMPARE(m_panel->chartTabs()->tabText(tab), QStringLiteral("Events"));
}

void TestHistoryPanel::oneScanDiffsAgainstPrevious()
{
    waitShown();
    QTableView *scans = m_panel->scansView();
    scans->selectRow(0); // the newest: compared with the one before it
    QTRY_VERIFY(m_panel->diffModel()->hasDiff() && m_panel->diffModel()->diff().to.id == m_ids.at(2));
    QCOMPARE(m_panel->diffModel()->diff().from.id, m_ids.at(1));
    QCOMPARE(m_panel->diffModel()->itemCount(ScanDiffModel::ResolvedFindings), 1);
    // The oldest has nothing before it.
    scans->selectRow(2);
    QTRY_VERIFY(!m_panel->diffModel()->hasDiff());
}

void TestHistoryPanel::emptyDatabaseSaysSo()
{
    HistoryLoader loader;
    loader.setDatabasePath(m_dir.filePath(QStringLiteral("empty.db")));
    HistoryPanel panel(&loader);
    panel.resize(1000, 700);
    panel.show();
    QSignalSpy hosts(&loader, &HistoryLoader::hostsLoaded);
    panel.reload();
    QVERIFY(hosts.wait(10000));
    QCOMPARE(panel.historyModel()->rowCount(), 0);
    QVERIFY(panel.scoreView()->placeholderText().contains(QStringLiteral("No scans are stored yet")));
    QCOMPARE(panel.scoreView()->chart()->series().size(), 0);

    HistoryLoader off;
    HistoryPanel disabled(&off);
    QVERIFY(disabled.scoreView()->placeholderText().contains(QStringLiteral("BULWARK_DB")));
}

void TestHistoryPanel::storeErrorShowsBanner()
{
    waitShown();
    QVERIFY(m_panel->errorText().isEmpty());
    m_panel->showStoreError(store::StoreError::make(store::StoreErrorKind::DiskFull, QStringLiteral("The disk is full."),
                                                    QStringLiteral("Free some space."), m_path));
    QVERIFY(m_panel->errorText().contains(QStringLiteral("could not be added to the history")));
    QVERIFY(m_panel->errorText().contains(QStringLiteral("The disk is full.")));
    // Reading still works, and does not hide the store error.
    waitShown();
    QVERIFY(!m_panel->errorText().isEmpty());
    QCOMPARE(m_panel->historyModel()->rowCount(), 3);
}

void TestHistoryPanel::mainWindowStoresNothingWithoutDatabase()
{
    QTemporaryDir home;
    MainWindowOptions options;
    options.autoScan = false;
    options.environment = Environment({{QStringLiteral("HOME"), home.path()}}, home.path());
    MainWindow window(options);
    QVERIFY(window.scanController()->databasePath().isEmpty());
    QVERIFY(window.historyPanel());
    QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(window.historyPanel())), QStringLiteral("History"));
}

void TestHistoryPanel::mainWindowShowsSparklinesAfterStore()
{
    QTemporaryDir home;
    MainWindowOptions options;
    options.autoScan = false;
    options.environment = Environment({{QStringLiteral("HOME"), home.path()}}, home.path());
    options.databasePath = m_path;
    MainWindow window(options);
    window.show();
    QCOMPARE(window.scanController()->databasePath(), m_path);

    // What a finished and stored scan of the seeded host delivers, without a daemon.
    const HostSnapshot snapshot = test::seedSnapshot(test::threeScans().constLast());
    emit window.scanController()->finished(snapshot);
    qint64 hostId = 0;
    {
        auto db = store::ScanDatabase::open(m_path, store::ScanDatabase::Mode::ReadOnly);
        QVERIFY(db.ok());
        auto summary = store::ScanStore(**db).summary(m_ids.constLast());
        QVERIFY(summary.ok());
        hostId = summary->hostId;
    }
    QSignalSpy shown(window.historyPanel(), &HistoryPanel::historyShown);
    emit window.scanController()->stored(m_ids.constLast(), hostId);
    QVERIFY(shown.wait(10000));

    ContainerTableModel *model = window.containerModel();
    QTRY_VERIFY(!model->index(model->rowOf(snapshot.containers.constFirst().id), ContainerTableModel::TrendColumn)
                     .data(SparklineRole)
                     .value<QList<int>>()
                     .isEmpty());
    const QModelIndex web = model->index(model->rowOf(snapshot.containers.constFirst().id), ContainerTableModel::TrendColumn);
    QCOMPARE(web.data(SparklineRole).value<QList<int>>(), (QList<int>{70, 50, 20}));
    QVERIFY(web.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral(": 70 → 50 → 20")));
    QVERIFY(!window.grab().isNull());
}

void TestHistoryPanel::niceCeiling_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("ceiling");
    QTest::addRow("zero") << 0 << 5;
    QTest::addRow("five") << 5 << 5;
    QTest::addRow("six") << 6 << 10;
    QTest::addRow("eleven") << 11 << 15;
    QTest::addRow("twenty") << 20 << 20;
    QTest::addRow("thirty-seven") << 37 << 40;
    QTest::addRow("ninety-nine") << 99 << 100;
    QTest::addRow("hundred and one") << 101 << 150;
    QTest::addRow("4321") << 4321 << 5000;
}

void TestHistoryPanel::niceCeiling()
{
    QFETCH(int, value);
    QFETCH(int, ceiling);
    QCOMPARE(HistoryCharts::niceCeiling(value), ceiling);
    QCOMPARE(ceiling % 5, 0); // five whole ticks
}

void TestHistoryPanel::durationAndDateFormat()
{
    QCOMPARE(HistoryCharts::duration(-1), QStringLiteral("n/a"));
    QCOMPARE(HistoryCharts::duration(10.0 / (24 * 60)), QStringLiteral("10 min"));
    QCOMPARE(HistoryCharts::duration(0.25), QStringLiteral("6.0 h"));
    QCOMPARE(HistoryCharts::duration(3.5), QStringLiteral("3.5 d"));
    QCOMPARE(HistoryCharts::duration(45.2), QStringLiteral("45 d"));
    constexpr qint64 day = 24 * 3600 * 1000LL;
    QCOMPARE(HistoryCharts::axisDateFormat(60 * 1000), QStringLiteral("HH:mm:ss"));
    QCOMPARE(HistoryCharts::axisDateFormat(day), QStringLiteral("ddd HH:mm"));
    QCOMPARE(HistoryCharts::axisDateFormat(30 * day), QStringLiteral("dd MMM"));
    QCOMPARE(HistoryCharts::axisDateFormat(365 * day), QStringLiteral("MMM yyyy"));
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
