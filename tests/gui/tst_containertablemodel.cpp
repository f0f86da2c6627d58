#include "ContainerTableModel.h"
#include "Fixtures.h"
#include "MetaTypes.h"
#include "ModelRoles.h"
#include "SeverityStyle.h"
#include "store/ContainerIdentity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using bulwark::ContainerInfo;
using bulwark::ContainerTableModel;
using bulwark::test::fixtureContainer;

class TestContainerTableModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void displayAndSortRoles_data();
    void displayAndSortRoles();
    void headers();
    void mergeAddsRemovesAndChanges();
    void mergeOfSameDataIsSilent();
    void clearRemovesRowsWithoutReset();
    void containerAtAndRoles();
    void riskAndFindingsColumns_data();
    void riskAndFindingsColumns();
    void reassessmentChangesRiskInPlace();
    void sparklinesByIdentity();

private:
    std::unique_ptr<ContainerTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContainerTableModel::init()
{
    // The tester watches every change from the empty model on.
    m_model = std::make_unique<ContainerTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestContainerTableModel::displayAndSortRoles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sort");

    using C = ContainerTableModel;
    QTest::addRow("name") << "c0" << int(C::NameColumn) << "c0" << QVariant(QStringLiteral("c0"));
    QTest::addRow("image") << "c1" << int(C::ImageColumn) << "local/busybox:1" << QVariant(QStringLiteral("local/busybox:1"));
    QTest::addRow("state running") << "c0" << int(C::StateColumn) << "running" << QVariant(QStringLiteral("running"));
    QTest::addRow("state created") << "c2" << int(C::StateColumn) << "created" << QVariant(QStringLiteral("created"));
    QTest::addRow("user unset") << "c0" << int(C::UserColumn) << "image default" << QVariant(QString());
    QTest::addRow("user set") << "c1" << int(C::UserColumn) << "1000:1000" << QVariant(QStringLiteral("1000:1000"));
    QTest::addRow("privileged") << "c2" << int(C::PrivilegedColumn) << "Yes" << QVariant(true);
    QTest::addRow("unprivileged") << "c0" << int(C::PrivilegedColumn) << "No" << QVariant(false);
    QTest::addRow("published ports") << "web-ports" << int(C::PortsColumn)
                                     << QStringLiteral("127.0.0.1:8080→80/tcp, 0.0.0.0:8443→443/tcp") << QVariant(8080);
    QTest::addRow("exposed only") << "c9" << int(C::PortsColumn) << QString() << QVariant(0);
    // The raw value is the parsed timestamp itself ("Created": "2026-11-28T09:34:58.036812225Z" in c0).
    QTest::addRow("created") << "c0" << int(C::CreatedColumn) << "2026-11-28 09:34"
                             << QVariant(bulwark::InspectParser::parseTimestamp("2026-11-28T09:34:58.036812225Z"));
}

void TestContainerTableModel::displayAndSortRoles()
{
    QFETCH(QString, fixture);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sort);

    m_model->setContainers({fixtureContainer(fixture)});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    const QVariant actual = index.data(bulwark::SortRole);
    QCOMPARE(actual.metaType(), sort.metaType());
    QCOMPARE(actual, sort);
    if (column == ContainerTableModel::CreatedColumn) // and it is the right time, not just any parse result
        QCOMPARE(actual.toDateTime().toSecsSinceEpoch(), QDateTime(QDate(2026, 11, 28), QTime(9, 34, 58), Qt::UTC).toSecsSinceEpoch());
}

void TestContainerTableModel::headers()
{
    QCOMPARE(m_model->columnCount(), 10);
    QCOMPARE(m_model->headerData(ContainerTableModel::TrendColumn, Qt::Horizontal).toString(), QStringLiteral("Trend"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Risk"));
    QCOMPARE(m_model->headerData(ContainerTableModel::FindingsColumn, Qt::Horizontal).toString(), QStringLiteral("Findings"));
    QCOMPARE(m_model->headerData(ContainerTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(ContainerTableModel::PortsColumn, Qt::Horizontal).toString(), QStringLiteral("Published ports"));
    QCOMPARE(m_model->headerData(ContainerTableModel::CreatedColumn, Qt::Horizontal).toString(), QStringLiteral("Created"));
}

void TestContainerTableModel::mergeAddsRemovesAndChanges()
{
    const ContainerInfo c0 = fixtureContainer(QStringLiteral("c0"));
    const ContainerInfo c1 = fixtureContainer(QStringLiteral("c1"));
    const ContainerInfo c2 = fixtureContainer(QStringLiteral("c2"));
    const ContainerInfo c3 = fixtureContainer(QStringLiteral("c3"));
    const ContainerInfo c4 = fixtureContainer(QStringLiteral("c4"));
    m_model->setContainers({c0, c1, c2, c3});
    QCOMPARE(m_model->rowCount(), 4);

    const QPersistentModelIndex c2Index = m_model->index(m_model->rowOf(c2.id), ContainerTableModel::StateColumn);
    const QPersistentModelIndex c0Index = m_model->index(m_model->rowOf(c0.id), ContainerTableModel::NameColumn);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    ContainerInfo c2Started = c2;
    c2Started.state = QStringLiteral("running");
    c2Started.inspect["State"]["Status"] = "running";
    m_model->setContainers({c2Started, c4, c0});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(c1.id), -1);
    QCOMPARE(m_model->rowOf(c3.id), -1);
    QVERIFY(m_model->rowOf(c4.id) >= 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(removed.count() >= 1);
    // Only the changed container's row reported a change.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), m_model->rowOf(c2.id));

    // Persistent indexes (what selection models hold) follow their containers.
    QVERIFY(c2Index.isValid());
    QCOMPARE(c2Index.data(bulwark::ContainerIdRole).toString(), c2.id);
    QCOMPARE(c2Index.data().toString(), QStringLiteral("running"));
    QVERIFY(c0Index.isValid());
    QCOMPARE(c0Index.data().toString(), QStringLiteral("c0"));
}

void TestContainerTableModel::mergeOfSameDataIsSilent()
{
    const QList<ContainerInfo> all = bulwark::test::allFixtureContainers();
    m_model->setContainers(all);
    QCOMPARE(m_model->rowCount(), int(all.size()));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QList<ContainerInfo> reversed(all.crbegin(), all.crend());
    m_model->setContainers(reversed);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestContainerTableModel::clearRemovesRowsWithoutReset()
{
    m_model->setContainers(bulwark::test::allFixtureContainers());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    m_model->clear(); // clearing an empty model is a no-op
    QCOMPARE(removed.count(), 1);
    m_model->setContainers({fixtureContainer(QStringLiteral("c5"))});
    QCOMPARE(m_model->rowCount(), 1);
}

void TestContainerTableModel::containerAtAndRoles()
{
    const ContainerInfo web = fixtureContainer(QStringLiteral("web-ports"));
    m_model->setContainers({fixtureContainer(QStringLiteral("c0")), web});
    const int row = m_model->rowOf(web.id);
    QCOMPARE(m_model->containerAt(row).name, QStringLiteral("web"));
    QCOMPARE(m_model->containerAt(row).user, QStringLiteral("101:101"));
    QVERIFY(m_model->containerAt(99).id.isEmpty());
    const QModelIndex index = m_model->index(row, ContainerTableModel::ImageColumn);
    QCOMPARE(index.data(bulwark::ContainerIdRole).toString(), web.id);
    QCOMPARE(index.data(bulwark::ContainerStateRole).toString(), QStringLiteral("created"));
    QCOMPARE(index.data(bulwark::ContainerRole).value<ContainerInfo>().id, web.id);
    QVERIFY(!m_model->index(row, ContainerTableModel::PrivilegedColumn).data(Qt::DecorationRole).isValid());
    // The table shows minutes; the tooltip has the full time.
    QCOMPARE(m_model->index(row, ContainerTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-28 10:34:40"));
}

void TestContainerTableModel::riskAndFindingsColumns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<int>("band");
    // c2 is privileged on the host network: critical whatever else it does.
    QTest::addRow("privileged") << "c2" << 90 << int(bulwark::Severity::Critical);
    QTest::addRow("hardened") << "c1" << 0 << -2; // any band; checked against the score below
}

void TestContainerTableModel::riskAndFindingsColumns()
{
    QFETCH(QString, name);
    QFETCH(int, minimumScore);
    QFETCH(int, band);

    const bulwark::HostSnapshot snapshot = bulwark::test::assessedSnapshot();
    m_model->setContainers(snapshot.containers);
    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->containers().at(r).name == name)
            row = r;
    }
    QVERIFY(row >= 0);
    const ContainerInfo &container = m_model->containers().at(row);

    const QModelIndex risk = m_model->index(row, ContainerTableModel::RiskColumn);
    QCOMPARE(risk.data(bulwark::SortRole).typeId(), QMetaType::Int); // sorts as a number, not text
    QCOMPARE(risk.data(bulwark::SortRole).toInt(), container.risk.score);
    QCOMPARE(risk.data(bulwark::RiskScoreRole).toInt(), container.risk.score);
    QVERIFY(container.risk.score >= minimumScore);
    const std::optional<bulwark::Severity> expectedBand = bulwark::SeverityStyle::riskBand(container.risk.score);
    QCOMPARE(risk.data(bulwark::SeverityRole).toInt(), expectedBand ? int(*expectedBand) : -1);
    if (band != -2)
        QCOMPARE(risk.data(bulwark::SeverityRole).toInt(), band);
    QVERIFY(risk.data(Qt::ToolTipRole).toString().contains(bulwark::SeverityStyle::riskBandLabel(container.risk.score)));

    const QModelIndex findings = m_model->index(row, ContainerTableModel::FindingsColumn);
    const std::array<int, 5> counts = bulwark::countBySeverity(container.findings);
    QCOMPARE(findings.data().toString(), bulwark::SeverityStyle::countsText(counts));
    QCOMPARE(findings.data(bulwark::SeverityCountsRole).toList().size(), 5);
    QCOMPARE(findings.data(bulwark::SeverityCountsRole).toList().at(int(bulwark::Severity::High)).toInt(),
             counts[size_t(bulwark::Severity::High)]);
    QVERIFY(findings.data(bulwark::SortRole).canConvert<qint64>());
}

void TestContainerTableModel::reassessmentChangesRiskInPlace()
{
    bulwark::HostSnapshot snapshot = bulwark::test::assessedSnapshot();
    m_model->setContainers(snapshot.containers);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    snapshot.containers[3].risk.score = (snapshot.containers.at(3).risk.score + 1) % 101;
    m_model->setContainers(snapshot.containers);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(3, ContainerTableModel::RiskColumn).data(bulwark::SortRole).toInt(), snapshot.containers.at(3).risk.score);
}

void TestContainerTableModel::sparklinesByIdentity()
{
    const ContainerInfo c0 = fixtureContainer(QStringLiteral("c0"));
    const ContainerInfo c1 = fixtureContainer(QStringLiteral("c1"));
    m_model->setContainers({c0, c1});
    const QModelIndex trend0 = m_model->index(m_model->rowOf(c0.id), ContainerTableModel::TrendColumn);
    QVERIFY(trend0.data(bulwark::SparklineRole).value<QList<int>>().isEmpty());
    QVERIFY(trend0.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No stored scan")));

    // Keyed by the store's identity, so a re-created container keeps its line.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSparklines({{bulwark::store::containerIdentity(c0), {40, 55, 90}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(ContainerTableModel::TrendColumn));
    QCOMPARE(trend0.data(bulwark::SparklineRole).value<QList<int>>(), (QList<int>{40, 55, 90}));
    QCOMPARE(trend0.data(Qt::ToolTipRole).toString(), QStringLiteral("Risk in the last 3 stored scans, oldest first: 40 → 55 → 90"));
    QVERIFY(m_model->index(m_model->rowOf(c1.id), ContainerTableModel::TrendColumn).data(bulwark::SparklineRole).value<QList<int>>().isEmpty());
    // Only the trend column carries the role.
    QVERIFY(!m_model->index(m_model->rowOf(c0.id), ContainerTableModel::NameColumn).data(bulwark::SparklineRole).isValid());

    m_model->setSparklines({{bulwark::store::containerIdentity(c0), {40, 55, 90}}}); // the same again: silent
    QCOMPARE(changed.count(), 1);

    // Runs of one score read as one entry with its length.
    m_model->setSparklines({{bulwark::store::containerIdentity(c0), {51, 51, 51, 32, 32, 40}}});
    QCOMPARE(trend0.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Risk in the last 6 stored scans, oldest first: 51 ×3 → 32 ×2 → 40"));
}

QTEST_MAIN(TestContainerTableModel)
#include "tst_containertablemodel.moc"
