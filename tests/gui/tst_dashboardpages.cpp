// The dashboard's pages fed an assessed snapshot, offscreen and without a daemon.
#include "ContainerDetailModel.h"
#include "ContainerTableModel.h"
#include "FindingDetailView.h"
#include "FindingsModel.h"
#include "Fixtures.h"
#include "ImageTableModel.h"
#include "MainWindow.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "ScanController.h"
#include "SeverityStyle.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace bulwark;

class TestDashboardPages : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void containersSortedByRiskDescending();
    void overviewShowsHostScore();
    void overviewWorstContainerSelectsIt();
    void privilegedContainerShowsC001InFindings();
    void permissionsAndScoreTabs();
    void imagesShowEndOfLife();
    void noSecretValueAnywhere();

private:
    static const ContainerInfo &named(const HostSnapshot &snapshot, const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    HostSnapshot m_snapshot;
};

void TestDashboardPages::init()
{
    registerMetaTypes();
    MainWindowOptions options;
    options.autoScan = false;
    options.request.host = QStringLiteral("unix:///run/fixture/docker.sock");
    options.environment = Environment({{QStringLiteral("HOME"), m_home.path()}}, m_home.path());
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    m_snapshot = test::assessedSnapshot();
    QVERIFY(m_snapshot.assessed);
    // What a finished scan delivers, without a daemon.
    emit m_window->scanController()->finished(m_snapshot);
}

void TestDashboardPages::cleanup()
{
    m_window.reset();
}

const ContainerInfo &TestDashboardPages::named(const HostSnapshot &snapshot, const QString &name)
{
    for (const ContainerInfo &c : snapshot.containers) {
        if (c.name == name)
            return c;
    }
    qFatal("no container %s", qPrintable(name));
}

void TestDashboardPages::containersSortedByRiskDescending()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("containersView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), m_snapshot.containers.size());
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    QList<int> expected;
    for (const ContainerInfo &c : std::as_const(m_snapshot.containers))
        expected << c.risk.score;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QList<int> shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, ContainerTableModel::RiskColumn).data(SortRole).toInt();
    QCOMPARE(shown, expected);
    QVERIFY(expected.first() > expected.last()); // the fixtures really differ
    // c2 (privileged, host network) and c4 (unconfined seccomp + SYS_ADMIN) lead, both critical.
    QVERIFY(named(m_snapshot, QStringLiteral("c2")).risk.score >= 90);
    QCOMPARE(table->model()->index(0, ContainerTableModel::NameColumn).data().toString(), QStringLiteral("c4"));
    QCOMPARE(table->model()->index(1, ContainerTableModel::NameColumn).data().toString(), QStringLiteral("c2"));
}

void TestDashboardPages::overviewShowsHostScore()
{
    auto *tabs = m_window->tabs();
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Overview"));
    auto *score = m_window->findChild<QLabel *>(QStringLiteral("hostScoreLabel"));
    QVERIFY(score && score->isVisible());
    QCOMPARE(score->text(), QString::number(m_snapshot.hostScore));
    QVERIFY(m_snapshot.hostScore >= 90);
    QCOMPARE(m_snapshot.hostScore, named(m_snapshot, QStringLiteral("c4")).risk.score); // the worst part of the host
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("hostScoreBand"))->text(), QStringLiteral("Critical risk"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("hostInfoLabel"))->text().contains(QStringLiteral("20.10.24+dfsg1")));
}

void TestDashboardPages::overviewWorstContainerSelectsIt()
{
    auto *worst = m_window->findChild<QTableView *>(QStringLiteral("worstContainersView"));
    QVERIFY(worst);
    QCOMPARE(worst->model()->rowCount(), 5);
    QCOMPARE(worst->model()->index(0, 0).data(RiskScoreRole).toInt(), m_snapshot.hostScore);
    const QModelIndex third = worst->model()->index(2, 1);
    const QString name = third.data().toString();
    QTest::mouseClick(worst->viewport(), Qt::LeftButton, {}, worst->visualRect(third).center());
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("containersPanel"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("containersView"));
    QCOMPARE(table->currentIndex().siblingAtColumn(ContainerTableModel::NameColumn).data().toString(), name);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().startsWith(name));
}

void TestDashboardPages::privilegedContainerShowsC001InFindings()
{
    m_window->tabs()->setCurrentIndex(2);
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findingsView"));
    QVERIFY(view && view->isVisible());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("findingsFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("c2"));
    const QAbstractItemModel *model = view->model();
    QModelIndex c2;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QLatin1String("c2"))
            c2 = model->index(row, 0);
    }
    QVERIFY(c2.isValid());
    QVERIFY(view->isExpanded(c2));
    const QModelIndex first = model->index(0, 0, c2);
    QCOMPARE(first.data(RuleIdRole).toString(), QStringLiteral("BW-C001"));
    view->setCurrentIndex(first);
    auto *detail = m_window->findChild<FindingDetailView *>(QStringLiteral("findingDetail"));
    QCOMPARE(detail->ruleId(), QStringLiteral("BW-C001"));
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("CIS Docker Benchmark 5.5")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Why it matters")));
    QVERIFY(text.contains(QStringLiteral("Fix with docker run")));
    QVERIFY(text.contains(QStringLiteral("Fix in Compose")));
    QVERIFY(text.contains(QStringLiteral("Remove --privileged")));

    // The severity filter hides everything below it.
    auto *severity = m_window->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    severity->setCurrentIndex(severity->findData(int(Severity::Critical)));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        for (int child = 0; child < model->rowCount(group); ++child)
            QCOMPARE(model->index(child, 0, group).data(SeverityRole).toInt(), int(Severity::Critical));
    }

    // A filter that hides the selected finding takes its explanation and "Fix this…" along.
    auto *fix = m_window->findChild<QPushButton *>(QStringLiteral("fixFindingButton"));
    QVERIFY(fix);
    view->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    QVERIFY(!detail->ruleId().isEmpty());
    QVERIFY(fix->isEnabled());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no finding says this"));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(detail->ruleId(), QString());
    QVERIFY(!fix->isEnabled());
    filter->clear();
    severity->setCurrentIndex(0);
}

void TestDashboardPages::permissionsAndScoreTabs()
{
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("containersView")));
    m_window->showContainer(named(m_snapshot, QStringLiteral("c2")).id);
    auto *permissions = m_window->findChild<QTreeView *>(QStringLiteral("permissionsView"));
    auto *score = m_window->findChild<QTreeView *>(QStringLiteral("scoreView"));
    QVERIFY(permissions && score);
    const auto *model = qobject_cast<const ContainerDetailModel *>(permissions->model());
    const QModelIndex caps = model->findSetting(QStringLiteral("Capabilities"));
    QVERIFY(caps.isValid());
    QVERIFY(caps.data(RiskRole).toBool());
    QVERIFY(caps.siblingAtColumn(1).data().toString().contains(QStringLiteral("privileged")));
    const QModelIndex confinement = model->findSetting(QStringLiteral("Confinement"));
    QCOMPARE(model->findSetting(QStringLiteral("Privileged"), confinement).siblingAtColumn(1).data().toString(), QStringLiteral("Yes"));
    const QModelIndex ns = model->findSetting(QStringLiteral("Namespaces"));
    QVERIFY(ns.data(RiskRole).toBool()); // host network

    const ContainerInfo &c2 = named(m_snapshot, QStringLiteral("c2"));
    const auto *scoreModel = qobject_cast<const ContainerDetailModel *>(score->model());
    QCOMPARE(scoreModel->findSetting(QStringLiteral("Risk score")).siblingAtColumn(1).data().toString(),
             QStringLiteral("%1 of 100 (Critical)").arg(c2.risk.score));
    const QModelIndex contributions = scoreModel->findSetting(QStringLiteral("Contributions"));
    QCOMPARE(scoreModel->rowCount(contributions), c2.risk.breakdown.size());
    QVERIFY(scoreModel->index(0, 0, contributions).data().toString().startsWith(c2.risk.breakdown.first().ruleId));
}

void TestDashboardPages::imagesShowEndOfLife()
{
    m_window->tabs()->setCurrentIndex(3);
    auto *images = m_window->findChild<QTableView *>(QStringLiteral("imagesView"));
    QVERIFY(images && images->isVisible());
    QCOMPARE(images->model()->rowCount(), 1);
    const QString os = images->model()->index(0, ImageTableModel::BaseOsColumn).data().toString();
    QVERIFY2(os.startsWith(QStringLiteral("Debian 9 (stretch) — end of life since 2022-06-30")), qPrintable(os));
    QCOMPARE(images->model()->index(0, ImageTableModel::UsedByColumn).data().toInt(), 10);
}

void TestDashboardPages::noSecretValueAnywhere()
{
    // web-ports has DB_PASSWORD=hunter2 in its environment: no model of the window may show it.
    const QList<QAbstractItemModel *> models = m_window->findChildren<QAbstractItemModel *>();
    QVERIFY(models.size() >= 5);
    std::function<void(const QAbstractItemModel *, const QModelIndex &)> walk = [&](const QAbstractItemModel *model, const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QVERIFY(!index.data(role).toString().contains(QStringLiteral("hunter2")));
            }
            walk(model, model->index(row, 0, parent));
        }
    };
    for (const QAbstractItemModel *model : models)
        walk(model, {});
}

QTEST_MAIN(TestDashboardPages)
#include "tst_dashboardpages.moc"
