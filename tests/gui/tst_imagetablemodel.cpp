#include "Fixtures.h"
#include "ImageTableModel.h"
#include "MetaTypes.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace bulwark;

class TestImageTableModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void baseOsText_data();
    void baseOsText();
    void columns_data();
    void columns();
    void mergeAndClear();
    void proxySortsByRawValues();

private:
    std::unique_ptr<ImageTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<ContainerInfo> m_containers;
    ImageInfo m_stretch;
};

void TestImageTableModel::init()
{
    registerMetaTypes();
    m_model = std::make_unique<ImageTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setToday(QDate(2026, 12, 1));
    m_containers = test::allFixtureContainers();
    m_stretch = test::fixtureStretchImage(m_containers);
}

void TestImageTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestImageTableModel::baseOsText_data()
{
    QTest::addColumn<bool>("detected");
    QTest::addColumn<QDate>("eol");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("expected");

    QTest::addRow("past end of life") << true << QDate(2022, 6, 30) << QString()
                                      << "Debian 9 (stretch) — end of life since 2022-06-30";
    QTest::addRow("supported") << true << QDate(2028, 6, 30) << QString() << "Debian 9 (stretch) — supported until 2028-06-30";
    QTest::addRow("eol unknown") << true << QDate() << QString() << "Debian 9 (stretch) — end of life unknown";
    QTest::addRow("not detected") << false << QDate() << "no os-release" << "unknown (no os-release)";
}

void TestImageTableModel::baseOsText()
{
    QFETCH(bool, detected);
    QFETCH(QDate, eol);
    QFETCH(QString, problem);
    QFETCH(QString, expected);
    OsRelease os = m_stretch.baseOs;
    os.detected = detected;
    os.eolKnown = eol.isValid();
    os.eolDate = eol;
    os.problem = problem;
    QCOMPARE(ImageTableModel::baseOsText(os, QDate(2026, 12, 1)), expected);
}

void TestImageTableModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sort");

    using M = ImageTableModel;
    QTest::addRow("tags") << int(M::TagsColumn) << "legacy/app:stretch" << QVariant(QStringLiteral("legacy/app:stretch"));
    // Built 2026-01-02, today 2026-12-01.
    QTest::addRow("age") << int(M::AgeColumn) << "333 days" << QVariant(333);
    QTest::addRow("used by") << int(M::UsedByColumn) << "10" << QVariant(10);
    QTest::addRow("size") << int(M::SizeColumn) << "5 MiB" << QVariant(qint64(5 * 1024 * 1024));
}

void TestImageTableModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sort);
    m_model->setImages({m_stretch}, m_containers);
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(SortRole), sort);
    QCOMPARE(index.data(ImageIdRole).toString(), m_stretch.id);
    if (column == ImageTableModel::UsedByColumn)
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("c0\nc1\nc2\n")));
    const QModelIndex os = m_model->index(0, ImageTableModel::BaseOsColumn);
    QCOMPARE(os.data().toString(), QStringLiteral("Debian 9 (stretch) — end of life since 2022-06-30"));
    QVERIFY(os.data(Qt::ForegroundRole).isValid()); // shown in the warning colour
}

void TestImageTableModel::mergeAndClear()
{
    ImageInfo other;
    other.id = QStringLiteral("sha256:0123");
    other.tags = {QStringLiteral("local/busybox:1")};
    other.created = QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
    m_model->setImages({m_stretch, other}, m_containers);
    QCOMPARE(m_model->rowCount(), 2);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setImages({m_stretch, other}, m_containers);
    QCOMPARE(changed.count(), 0);

    const QPersistentModelIndex kept = m_model->index(m_model->rowOf(other.id), 0);
    other.tags << QStringLiteral("local/busybox:latest");
    m_model->setImages({other}, m_containers);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(kept.row(), 0);
    QCOMPARE(kept.data().toString(), QStringLiteral("local/busybox:1, local/busybox:latest"));

    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestImageTableModel::proxySortsByRawValues()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(SortRole);
    proxy.sort(ImageTableModel::AgeColumn, Qt::DescendingOrder);
    ImageInfo young;
    young.id = QStringLiteral("sha256:young");
    young.tags = {QStringLiteral("young:1")};
    young.created = QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC); // 9 days: "9" > "333" as text
    m_model->setImages({young, m_stretch}, m_containers);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("legacy/app:stretch"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("young:1"));
}

QTEST_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
