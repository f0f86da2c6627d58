#include "ContainerDetailModel.h"
#include "Fixtures.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using bulwark::ContainerDetailModel;
using bulwark::ContainerInfo;
using bulwark::test::fixtureContainer;

class TestContainerDetailModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void values_data();
    void values();
    void risksAreMarked_data();
    void risksAreMarked();
    void toolTipsExplain();
    void sectionsInOrder();
    void environmentValuesNeverShown();
    void sameContainerUpdatesInPlace();
    void otherContainerReplacesRows();

private:
    // The index of the row reached by following setting labels from the top.
    [[nodiscard]] QModelIndex find(const QStringList &path) const;
    [[nodiscard]] QString valueAt(const QStringList &path) const;

    std::unique_ptr<ContainerDetailModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContainerDetailModel::init()
{
    m_model = std::make_unique<ContainerDetailModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerDetailModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QModelIndex TestContainerDetailModel::find(const QStringList &path) const
{
    QModelIndex index;
    for (const QString &setting : path) {
        index = m_model->findSetting(setting, index);
        if (!index.isValid())
            return {};
    }
    return index;
}

QString TestContainerDetailModel::valueAt(const QStringList &path) const
{
    const QModelIndex index = find(path);
    if (!index.isValid())
        return QStringLiteral("<no row %1>").arg(path.join(QLatin1Char('/')));
    return index.siblingAtColumn(ContainerDetailModel::ValueColumn).data().toString();
}

void TestContainerDetailModel::values_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("value");

    QTest::addRow("general id") << "c0" << QStringList{"General", "ID"}
                                << "4456c2782ca9c6f74b731be272947699bafd8ef3d01e033b9825a03e86484c42";
    QTest::addRow("general command") << "c0" << QStringList{"General", "Command"} << "sleep 3600";
    QTest::addRow("general started") << "c0" << QStringList{"General", "Started"} << "2026-11-28 09:36:42";
    QTest::addRow("general never started") << "c1" << QStringList{"General", "Started"} << "never";
    QTest::addRow("user unset") << "c0" << QStringList{"User"} << "image default";
    QTest::addRow("user set") << "web-ports" << QStringList{"User"} << "101:101";
    QTest::addRow("privileged") << "c2" << QStringList{"Privileged"} << "Yes";
    QTest::addRow("not privileged") << "c0" << QStringList{"Privileged"} << "No";
    QTest::addRow("cap added") << "web-ports" << QStringList{"Capabilities", "Added"} << "NET_BIND_SERVICE";
    QTest::addRow("cap dropped") << "web-ports" << QStringList{"Capabilities", "Dropped"} << "ALL";
    QTest::addRow("cap summary") << "c4" << QStringList{"Capabilities"} << "1 added, 0 dropped";
    QTest::addRow("network host") << "c7" << QStringList{"Namespaces", "Network"} << "host";
    QTest::addRow("pid host") << "c7" << QStringList{"Namespaces", "PID"} << "host";
    QTest::addRow("pid private") << "c0" << QStringList{"Namespaces", "PID"} << "private (default)";
    QTest::addRow("mount") << "web-ports" << QStringList{"Mounts", "/data"}
                           << QStringLiteral("/tmp/bwgui/srv-data (read-only, rprivate, bind)");
    QTest::addRow("seccomp option") << "c4" << QStringList{"Security", "Security options", "seccomp"} << "unconfined";
    QTest::addRow("no-new-privileges option") << "c4" << QStringList{"Security", "Security options", "no-new-privileges"}
                                              << "enabled";
    QTest::addRow("published port, one address") << "web-ports" << QStringList{"Ports", "80/tcp"}
                                                  << QStringLiteral("127.0.0.1:8080");
    QTest::addRow("published port, every address") << "web-ports" << QStringList{"Ports", "443/tcp"}
                                                    << QStringLiteral("0.0.0.0:8443 (all interfaces)");
    QTest::addRow("ports summary") << "web-ports" << QStringList{"Ports"} << "2 published";
    QTest::addRow("read-only rootfs") << "c1" << QStringList{"Security", "Read-only root filesystem"} << "Yes";
    QTest::addRow("memory") << "web-ports" << QStringList{"Limits", "Memory"} << "512 MiB";
    QTest::addRow("memory small") << "c3" << QStringList{"Limits", "Memory"} << "64 MiB";
    QTest::addRow("memory unlimited") << "c0" << QStringList{"Limits", "Memory"} << "unlimited";
    QTest::addRow("cpus") << "web-ports" << QStringList{"Limits", "CPUs"} << "1.5 CPUs";
    QTest::addRow("cpus half") << "c3" << QStringList{"Limits", "CPUs"} << "0.5 CPUs";
    QTest::addRow("pids") << "c3" << QStringList{"Limits", "PIDs"} << "100";
    QTest::addRow("pids unlimited") << "c0" << QStringList{"Limits", "PIDs"} << "unlimited";
    QTest::addRow("restart on-failure") << "web-ports" << QStringList{"Restart policy"} << "on-failure (retry limit 3)";
    QTest::addRow("restart no") << "c0" << QStringList{"Restart policy"} << "no";
    QTest::addRow("logging") << "c0" << QStringList{"Logging driver"} << "json-file";
    QTest::addRow("health test") << "web-ports" << QStringList{"Health check", "Test"}
                                 << QStringLiteral("CMD-SHELL wget -q -O- http://localhost/ || exit 1");
    QTest::addRow("no health check") << "c0" << QStringList{"Health check"} << "none";
    QTest::addRow("networks") << "web-ports" << QStringList{"Networks", "testnet"} << QString();
    QTest::addRow("label") << "web-ports" << QStringList{"Labels", "tier"} << "frontend";
    QTest::addRow("env name listed") << "web-ports" << QStringList{"Environment variables", "DB_PASSWORD"} << QString();
}

void TestContainerDetailModel::values()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, path);
    QFETCH(QString, value);
    m_model->setContainer(fixtureContainer(fixture));
    QCOMPARE(valueAt(path), value);
}

void TestContainerDetailModel::risksAreMarked_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<bool>("risk");
    QTest::addRow("privileged") << "c2" << QStringList{"Privileged"} << true;
    QTest::addRow("not privileged") << "c0" << QStringList{"Privileged"} << false;
    QTest::addRow("host pid") << "c7" << QStringList{"Namespaces", "PID"} << true;
    QTest::addRow("namespaces summary") << "c7" << QStringList{"Namespaces"} << true;
    QTest::addRow("private namespaces") << "c0" << QStringList{"Namespaces"} << false;
    QTest::addRow("host cgroupns is not flagged") << "c0" << QStringList{"Namespaces", "Cgroup"} << false;
    QTest::addRow("SYS_ADMIN added") << "c4" << QStringList{"Capabilities", "Added"} << true;
    QTest::addRow("seccomp unconfined") << "c4" << QStringList{"Security", "Security options", "seccomp"} << true;
    QTest::addRow("nothing dropped") << "web-ports" << QStringList{"Capabilities", "Dropped"} << false;
    QTest::addRow("default cap re-added") << "web-ports" << QStringList{"Capabilities", "Added"} << false;
    QTest::addRow("published on all interfaces") << "web-ports" << QStringList{"Ports", "443/tcp"} << true;
    QTest::addRow("published on loopback") << "web-ports" << QStringList{"Ports", "80/tcp"} << false;
}

void TestContainerDetailModel::risksAreMarked()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, path);
    QFETCH(bool, risk);
    m_model->setContainer(fixtureContainer(fixture));
    const QModelIndex index = find(path);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(bulwark::RiskRole).toBool(), risk);
}

void TestContainerDetailModel::toolTipsExplain()
{
    m_model->setContainer(fixtureContainer(QStringLiteral("web-ports")));
    const QModelIndex mount = find({QStringLiteral("Mounts"), QStringLiteral("/data")});
    QCOMPARE(mount.siblingAtColumn(1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/tmp/bwgui/srv-data → /data (read-only, rprivate, bind)"));
    m_model->setContainer(fixtureContainer(QStringLiteral("c0")));
    QVERIFY(find({QStringLiteral("User")}).siblingAtColumn(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("root unless")));
    QVERIFY(find({QStringLiteral("User")}).data(bulwark::RiskRole).toBool());
}

void TestContainerDetailModel::sectionsInOrder()
{
    m_model->setContainer(fixtureContainer(QStringLiteral("c8")));
    QStringList sections;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sections << m_model->index(row, 0).data().toString();
    const QStringList expected{"General", "User", "Privileged", "Capabilities", "Namespaces", "Mounts",
                               "Ports", "Devices", "Security", "Limits", "Restart policy", "Logging driver",
                               "Health check", "Networks", "Environment variables", "Labels"};
    QCOMPARE(sections, expected);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Setting"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    // c8 maps a device and sets a ulimit.
    QVERIFY(m_model->rowCount(find({QStringLiteral("Devices")})) > 0);
    QVERIFY(find({QStringLiteral("Devices")}).data(bulwark::RiskRole).toBool());
}

void TestContainerDetailModel::environmentValuesNeverShown()
{
    const ContainerInfo web = fixtureContainer(QStringLiteral("web-ports"));
    QFile raw(bulwark::test::dataFile(QStringLiteral("container-inspect-web-ports.json")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().contains("DB_PASSWORD=hunter2")); // the recorded document has the secret
    m_model->setContainer(web);
    const QModelIndex env = find({QStringLiteral("Environment variables")});
    QCOMPARE(m_model->rowCount(env), 2);
    QStringList names;
    for (int row = 0; row < m_model->rowCount(env); ++row)
        names << m_model->index(row, 0, env).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{"DB_PASSWORD", "LOG_LEVEL"}));

    // Nowhere in the tree, in any column or role we show.
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), Qt::DisplayRole, QStringLiteral("hunter2"), -1,
                                                Qt::MatchContains | Qt::MatchRecursive);
    QVERIFY(hits.isEmpty());
    const QModelIndexList valueHits = m_model->match(m_model->index(0, 1), Qt::DisplayRole, QStringLiteral("hunter2"), -1,
                                                     Qt::MatchContains | Qt::MatchRecursive);
    QVERIFY(valueHits.isEmpty());
}

void TestContainerDetailModel::sameContainerUpdatesInPlace()
{
    ContainerInfo c0 = fixtureContainer(QStringLiteral("c0"));
    m_model->setContainer(c0);
    const QPersistentModelIndex state = find({QStringLiteral("General"), QStringLiteral("State")});
    const QPersistentModelIndex limits = find({QStringLiteral("Limits")});
    QVERIFY(state.isValid());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    c0.state = QStringLiteral("exited");
    m_model->setContainer(c0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(state.isValid());
    QCOMPARE(QModelIndex(state).siblingAtColumn(1).data().toString(), QStringLiteral("exited"));
    QVERIFY(limits.isValid());
    QVERIFY(changed.count() >= 1);

    // Unchanged data emits nothing.
    changed.clear();
    m_model->setContainer(c0);
    QCOMPARE(changed.count(), 0);
}

void TestContainerDetailModel::otherContainerReplacesRows()
{
    m_model->setContainer(fixtureContainer(QStringLiteral("web-ports")));
    QCOMPARE(m_model->containerId(), fixtureContainer(QStringLiteral("web-ports")).id);
    m_model->setContainer(fixtureContainer(QStringLiteral("c0")));
    QCOMPARE(valueAt({QStringLiteral("General")}), QStringLiteral("c0"));
    QCOMPARE(m_model->rowCount(find({QStringLiteral("Ports")})), 0);
    QCOMPARE(m_model->rowCount(find({QStringLiteral("Labels")})), 0);
    m_model->clearContainer();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->containerId().isEmpty());
    QCOMPARE(m_model->columnCount(), 2);
}

QTEST_MAIN(TestContainerDetailModel)
#include "tst_containerdetailmodel.moc"
