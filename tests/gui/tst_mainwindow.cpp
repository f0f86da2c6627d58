#include "ConnectDialog.h"
#include "ConnectionErrorPanel.h"
#include "ContainerDetailModel.h"
#include "ContainerTableModel.h"
#include "EventFeed.h"
#include "EventModel.h"
#include "EventPanel.h"
#include "HistoryPanel.h"
#include "HostListModel.h"
#include "HostScanner.h"
#include "MainWindow.h"
#include "ScanController.h"
#include "ScanDiffModel.h"
#include "ScanHistoryModel.h"
#include "TrendChartView.h"
#include "ModelRoles.h"
#include "TestDaemon.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bulwark;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void connectionErrorWithoutDaemon();
    void connectDialogAddsAndRemovesHost();
    void scansRealDaemon();
    void historyOfThreeScans();

private:
    [[nodiscard]] MainWindowOptions options(const QString &host) const;
    static QStringList names(const QTableView *view);
    static int rowOfName(const QTableView *view, const QString &name);
    static QString detailValue(const QTreeView *view, const QStringList &path);
    void createContainer(const QString &name, const QStringList &options);

    QTemporaryDir m_home; // no docker configuration: only the requested host is offered
    QStringList m_created;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestMainWindow::cleanup()
{
    if (!m_created.isEmpty()) {
        bulwark::test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
        m_created.clear();
    }
}

MainWindowOptions TestMainWindow::options(const QString &host) const
{
    MainWindowOptions options;
    options.request.host = host;
    options.environment = Environment({{QStringLiteral("HOME"), m_home.path()}}, m_home.path());
    return options;
}

QStringList TestMainWindow::names(const QTableView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, ContainerTableModel::NameColumn).data().toString();
    return names;
}

int TestMainWindow::rowOfName(const QTableView *view, const QString &name)
{
    return int(names(view).indexOf(name));
}

QString TestMainWindow::detailValue(const QTreeView *view, const QStringList &path)
{
    const auto *model = qobject_cast<const ContainerDetailModel *>(view->model());
    QModelIndex index;
    for (const QString &setting : path)
        index = model->findSetting(setting, index);
    return index.isValid() ? index.siblingAtColumn(1).data().toString() : QStringLiteral("<missing>");
}

void TestMainWindow::createContainer(const QString &name, const QStringList &options)
{
    int exitCode = -1;
    QString stdErr;
    bulwark::test::docker(QStringList{QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"),
                                      QStringLiteral("--name"), name}
                              + options + QStringList{QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("100")},
                          &exitCode, &stdErr);
    if (exitCode == 0)
        m_created << name;
    QVERIFY2(exitCode == 0, qPrintable(stdErr));
}

void TestMainWindow::connectionErrorWithoutDaemon()
{
    const QString url = QStringLiteral("unix:///nonexistent/docker.sock");
    MainWindow window(options(url));
    window.show();

    auto *panel = window.findChild<ConnectionErrorPanel *>(QStringLiteral("errorPanel"));
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 20000);

    // What the core says about this socket is what the window must show.
    QList<ConnectAttempt> expected;
    QVERIFY(!HostScanner().scanFirstReachable({HostEndpoint::parse(url).value()}, &expected));
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.at(0).error.kind, ErrorKind::SocketMissing);

    QCOMPARE(panel->attempts().size(), 1);
    QCOMPARE(panel->attempts().at(0).error.kind, ErrorKind::SocketMissing);
    const QString text = panel->detailText();
    QVERIFY2(text.contains(QStringLiteral("/nonexistent/docker.sock")), qPrintable(text));
    QVERIFY2(text.contains(expected.at(0).error.message), qPrintable(text));
    QVERIFY2(text.contains(expected.at(0).error.hint), qPrintable(text));

    QCOMPARE(window.windowTitle(), QStringLiteral("Bulwark — not connected"));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("containersView"))->model()->rowCount(), 0);
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("scanProgress"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), QStringLiteral("Not connected"));

    // Retry scans again and ends up in the same place.
    QSignalSpy failed(window.scanController(), &ScanController::failed);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->attempts().at(0).endpoint.url, url);
}

void TestMainWindow::connectDialogAddsAndRemovesHost()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bulwark.ini")), QSettings::IniFormat);
    MainWindowOptions opts = options(QStringLiteral("unix:///nonexistent/docker.sock"));
    opts.autoScan = false;
    opts.settings = &settings;
    MainWindow window(opts);
    window.show();

    window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("unix:///nonexistent/mine.sock"));
    QSignalSpy failed(window.scanController(), &ScanController::failed);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    const int row = window.hostModel()->rowOfUrl(QStringLiteral("unix:///nonexistent/mine.sock"));
    QVERIFY(row >= 0);
    QVERIFY(window.hostModel()->isUserAdded(row));
    QCOMPARE(settings.value(QStringLiteral("hosts/1/url")).toString(), QStringLiteral("unix:///nonexistent/mine.sock"));
    // Adding a host scans it.
    QVERIFY(failed.wait(20000));
    QCOMPARE(window.findChild<ConnectionErrorPanel *>()->attempts().at(0).endpoint.url,
             QStringLiteral("unix:///nonexistent/mine.sock"));

    auto *hosts = window.findChild<QAbstractItemView *>(QStringLiteral("hostsView"));
    hosts->setCurrentIndex(hosts->model()->index(row, 0));
    auto *remove = window.findChild<QPushButton *>(QStringLiteral("removeHostButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(window.hostModel()->rowOfUrl(QStringLiteral("unix:///nonexistent/mine.sock")), -1);
    QCOMPARE(settings.value(QStringLiteral("hosts/size")).toInt(), 0);
}

void TestMainWindow::scansRealDaemon()
{
    BULWARK_REQUIRE_DAEMON();
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString alpha = QStringLiteral("bulwark-gui-alpha-") + suffix;
    const QString beta = QStringLiteral("bulwark-gui-beta-") + suffix;
    createContainer(alpha, {QStringLiteral("--user"), QStringLiteral("1234:1234"), QStringLiteral("--cap-add"),
                            QStringLiteral("NET_ADMIN"), QStringLiteral("--read-only")});
    createContainer(beta, {QStringLiteral("--memory"), QStringLiteral("256m")});

    const QString host = bulwark::test::testDockerHost();
    MainWindow window(options(host));
    window.show();
    window.tabs()->setCurrentIndex(1); // Containers
    auto *table = window.findChild<QTableView *>(QStringLiteral("containersView"));
    auto *detail = window.findChild<QTreeView *>(QStringLiteral("detailView"));
    QVERIFY(table && detail);
    QTRY_VERIFY_WITH_TIMEOUT(names(table).contains(alpha) && names(table).contains(beta), 60000);

    QCOMPARE(window.windowTitle(), QStringLiteral("Bulwark — %1").arg(host));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text(), host);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("transportLabel"))->text(), QStringLiteral("Unix socket"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("engineLabel"))->text().contains(QStringLiteral("API 1.")));
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("scanProgress"))->isVisible());

    // Select alpha as a user would and read its settings in the detail tree.
    const QModelIndex alphaIndex = table->model()->index(rowOfName(table, alpha), ContainerTableModel::NameColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(alphaIndex).center());
    QTRY_COMPARE(detailValue(detail, {QStringLiteral("General")}), alpha);
    QVERIFY(detail->isVisible());
    QCOMPARE(detailValue(detail, {QStringLiteral("User")}), QStringLiteral("1234:1234"));
    QCOMPARE(detailValue(detail, {QStringLiteral("Capabilities"), QStringLiteral("Added")}), QStringLiteral("NET_ADMIN"));
    QCOMPARE(detailValue(detail, {QStringLiteral("Security"), QStringLiteral("Read-only root filesystem")}), QStringLiteral("Yes"));
    QCOMPARE(detailValue(detail, {QStringLiteral("Namespaces"), QStringLiteral("Network")}), QStringLiteral("none"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("detailTitle"))->text().startsWith(alpha));

    // A re-scan merges: the selection stays on alpha.
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    window.findChild<QAction *>(QStringLiteral("rescanAction"))->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(table->selectionModel()->currentIndex().siblingAtColumn(ContainerTableModel::NameColumn).data().toString(), alpha);
    QVERIFY(table->selectionModel()->isRowSelected(table->selectionModel()->currentIndex().row(), {}));
    QCOMPARE(detailValue(detail, {QStringLiteral("General")}), alpha);

    // The filter narrows the table; the other container's limits show when selected.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, beta);
    QCOMPARE(names(table), QStringList{beta});
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(detailValue(detail, {QStringLiteral("Limits"), QStringLiteral("Memory")}), QStringLiteral("256 MiB"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("containerCountLabel"))->text(),
             QStringLiteral("1 of %1 containers shown").arg(window.containerModel()->rowCount()));
}

void TestMainWindow::historyOfThreeScans()
{
    BULWARK_REQUIRE_DAEMON();
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString gamma = QStringLiteral("bulwark-gui-gamma-") + suffix;
    const QString delta = QStringLiteral("bulwark-gui-delta-") + suffix;
    const QString epsilon = QStringLiteral("bulwark-gui-epsilon-") + suffix;
    createContainer(gamma, {QStringLiteral("--privileged")});
    createContainer(delta, {QStringLiteral("--memory"), QStringLiteral("64m")});

    QTemporaryDir data;
    QVERIFY(data.isValid());
    MainWindowOptions opts = options(bulwark::test::testDockerHost());
    opts.databasePath = data.filePath(QStringLiteral("history.db"));
    MainWindow window(opts);
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    QSignalSpy stored(window.scanController(), &ScanController::stored);
    QSignalSpy storeFailed(window.scanController(), &ScanController::storeFailed);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
    // From the first scan on, the Events tab follows the host; what follows must happen while it listens.
    QVERIFY(window.tabs()->indexOf(window.eventPanel()) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.eventPanel()->statusLabel()->property("streamState").toString(),
                              QStringLiteral("connected"), 20000);

    // Between the scans: the privileged container goes, one with SYS_ADMIN arrives.
    bulwark::test::docker({QStringLiteral("rm"), QStringLiteral("-f"), gamma});
    m_created.removeAll(gamma);
    createContainer(epsilon, {QStringLiteral("--cap-add"), QStringLiteral("SYS_ADMIN")});
    window.rescan();
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 2, 60000);
    window.rescan();
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 3, 60000);
    QCOMPARE(storeFailed.count(), 0);
    QCOMPARE(finished.count(), 3);

    HistoryPanel *history = window.historyPanel();
    window.tabs()->setCurrentWidget(history);
    QTRY_COMPARE_WITH_TIMEOUT(history->historyModel()->rowCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(history->scoreView()->targetCount(), 3, 10000);
    // Newest first, each with the score the dashboard showed for that scan.
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = history->historyModel()->index(row, ScanHistoryModel::ScoreColumn);
        QCOMPARE(index.data(ScanIdRole).toLongLong(), stored.at(2 - row).at(0).toLongLong());
        QCOMPARE(index.data(RiskScoreRole).toInt(), finished.at(2 - row).at(0).value<HostSnapshot>().hostScore);
    }

    // The first two scans side by side: gamma removed with its findings, epsilon added with its own.
    auto *selection = history->scansView()->selectionModel();
    selection->select(history->historyModel()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(history->historyModel()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ScanDiffModel *diff = history->diffModel();
    QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().to.id == stored.at(1).at(0).toLongLong(), 10000);
    const auto namesIn = [diff](ScanDiffModel::Section section, int column) {
        QStringList names;
        const QModelIndex parent = diff->sectionIndex(section);
        for (int row = 0; row < diff->rowCount(parent); ++row)
            names << diff->index(row, column, parent).data().toString();
        return names;
    };
    QCOMPARE(namesIn(ScanDiffModel::RemovedContainers, ScanDiffModel::ItemColumn), QStringList{gamma});
    QCOMPARE(namesIn(ScanDiffModel::AddedContainers, ScanDiffModel::ItemColumn), QStringList{epsilon});
    QVERIFY(namesIn(ScanDiffModel::ResolvedFindings, ScanDiffModel::TargetColumn).contains(gamma));
    QVERIFY(namesIn(ScanDiffModel::NewFindings, ScanDiffModel::TargetColumn).contains(epsilon));
    QVERIFY(!namesIn(ScanDiffModel::NewFindings, ScanDiffModel::TargetColumn).contains(delta));
    QVERIFY(namesIn(ScanDiffModel::UnchangedFindings, ScanDiffModel::TargetColumn).contains(delta));

    // The journal shows what happened between those two scans: gamma removed, epsilon created.
    const auto actionsOf = [history](const QString &actor) {
        QStringList actions;
        EventModel *events = history->eventsModel();
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->index(row, EventModel::ActorColumn).data().toString() == actor)
                actions << events->index(row, EventModel::ActionColumn).data().toString();
        }
        return actions;
    };
    QTRY_VERIFY_WITH_TIMEOUT(actionsOf(gamma).contains(QStringLiteral("destroy")), 10000);
    QVERIFY(actionsOf(epsilon).contains(QStringLiteral("create")));
    QVERIFY(window.eventPanel()->model()->rowCount() >= history->eventsModel()->rowCount());

    // The containers table draws each container's trend from the stored scans.
    int deltaRow = -1;
    for (int row = 0; row < window.containerModel()->rowCount(); ++row) {
        if (window.containerModel()->containerAt(row).name == delta)
            deltaRow = row;
    }
    QVERIFY(deltaRow >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.containerModel()->index(deltaRow, ContainerTableModel::TrendColumn).data(SparklineRole).value<QList<int>>().size(),
                              3, 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
