#include "ContainerFilterProxyModel.h"
#include "ContainerTableModel.h"
#include "Fixtures.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using bulwark::ContainerFilterProxyModel;
using bulwark::ContainerInfo;
using bulwark::ContainerTableModel;
using StateFilter = bulwark::ContainerFilterProxyModel::StateFilter;

class TestContainerFilterProxy : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void textFilter_data();
    void textFilter();
    void stateFilter_data();
    void stateFilter();
    void textAndStateCombine();
    void sortsByRawValues();
    void followsSourceMerge();

private:
    [[nodiscard]] QStringList shownNames() const;
    void feed();

    std::unique_ptr<ContainerTableModel> m_source;
    std::unique_ptr<ContainerFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContainerFilterProxy::init()
{
    m_source = std::make_unique<ContainerTableModel>();
    m_proxy = std::make_unique<ContainerFilterProxyModel>();
    m_proxy->setSourceModel(m_source.get());
    m_proxy->sort(ContainerTableModel::NameColumn, Qt::AscendingOrder);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_source.reset();
}

void TestContainerFilterProxy::feed()
{
    QList<ContainerInfo> containers = bulwark::test::allFixtureContainers();
    // One stopped container, derived from a recorded one.
    ContainerInfo exited = bulwark::test::fixtureContainer(QStringLiteral("c6"));
    exited.id = QStringLiteral("e0e0e0");
    exited.name = QStringLiteral("old-job");
    exited.state = QStringLiteral("exited");
    containers.append(exited);
    m_source->setContainers(containers);
}

QStringList TestContainerFilterProxy::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names << m_proxy->index(row, ContainerTableModel::NameColumn).data().toString();
    return names;
}

void TestContainerFilterProxy::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("name") << "c1" << QStringList{"c1"};
    QTest::addRow("name, case-insensitive") << "WEB" << QStringList{"web"};
    QTest::addRow("user") << "1000:" << QStringList{"c1"};
    QTest::addRow("user shown as image default")
        << "image default" << QStringList{"c0", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "old-job"};
    QTest::addRow("state") << "exited" << QStringList{"old-job"};
    QTest::addRow("image") << "busybox" << QStringList{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "old-job", "web"};
    QTest::addRow("surrounding blanks ignored") << "  web  " << QStringList{"web"};
    QTest::addRow("nothing") << "no-such-thing" << QStringList{};
}

void TestContainerFilterProxy::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    feed();
    QCOMPARE(m_proxy->rowCount(), 12);
    m_proxy->setFilterText(text);
    QCOMPARE(shownNames(), names);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 12);
}

void TestContainerFilterProxy::stateFilter_data()
{
    QTest::addColumn<StateFilter>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("running") << StateFilter::Running << QStringList{"c0"};
    QTest::addRow("stopped") << StateFilter::Stopped << QStringList{"old-job"};
    QTest::addRow("created") << StateFilter::Created
                             << QStringList{"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "web"};
}

void TestContainerFilterProxy::stateFilter()
{
    QFETCH(StateFilter, filter);
    QFETCH(QStringList, names);
    feed();
    m_proxy->setStateFilter(filter);
    QCOMPARE(shownNames(), names);
    m_proxy->setStateFilter(StateFilter::All);
    QCOMPARE(m_proxy->rowCount(), 12);
}

void TestContainerFilterProxy::textAndStateCombine()
{
    feed();
    m_proxy->setStateFilter(StateFilter::Created);
    m_proxy->setFilterText(QStringLiteral("c"));
    QCOMPARE(m_proxy->rowCount(), 10); // c1..c9 by name, web by its image "local/..."
    m_proxy->setFilterText(QStringLiteral("c0"));
    QCOMPARE(shownNames(), QStringList{});
    QVERIFY(ContainerFilterProxyModel::stateMatches(StateFilter::Running, QStringLiteral("paused")));
    QVERIFY(!ContainerFilterProxyModel::stateMatches(StateFilter::Stopped, QStringLiteral("running")));
}

void TestContainerFilterProxy::sortsByRawValues()
{
    feed();
    QCOMPARE(shownNames().first(), QStringLiteral("c0"));
    QCOMPARE(shownNames().last(), QStringLiteral("web"));

    // Privileged sorts by the bool, not by "Yes"/"No" text (which would be locale-dependent).
    m_proxy->sort(ContainerTableModel::PrivilegedColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, ContainerTableModel::NameColumn).data().toString(), QStringLiteral("c2"));

    // Ports sort by the lowest published host port.
    m_proxy->sort(ContainerTableModel::PortsColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, ContainerTableModel::NameColumn).data().toString(), QStringLiteral("web"));

    // Created sorts by time: each row no earlier than the previous one.
    m_proxy->sort(ContainerTableModel::CreatedColumn, Qt::AscendingOrder);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QDateTime previous = m_proxy->index(row - 1, ContainerTableModel::CreatedColumn).data(bulwark::SortRole).toDateTime();
        const QDateTime current = m_proxy->index(row, ContainerTableModel::CreatedColumn).data(bulwark::SortRole).toDateTime();
        QVERIFY2(previous <= current, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestContainerFilterProxy::followsSourceMerge()
{
    feed();
    m_proxy->setFilterText(QStringLiteral("c"));
    const int before = m_proxy->rowCount();
    m_source->setContainers({bulwark::test::fixtureContainer(QStringLiteral("c3"))});
    QCOMPARE(shownNames(), QStringList{"c3"});
    QVERIFY(before > 1);
    m_source->clear();
    QCOMPARE(m_proxy->rowCount(), 0);
}

QTEST_MAIN(TestContainerFilterProxy)
#include "tst_containerfilterproxy.moc"
