// The list of stored scans, read from a seeded database.
#include "HistorySeed.h"
#include "ModelRoles.h"
#include "ScanHistoryModel.h"
#include "store/ScanStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class TestScanHistoryModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newestFirstFromDatabase();
    void mergeKeepsRowsAndAddsOnTop();
    void prunedScansDisappear();
    void headers();

private:
    QList<store::ScanSummary> storedScans() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QList<qint64> m_ids;
    std::unique_ptr<ScanHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScanHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.db"));
    m_ids = test::seedDatabase(m_path, test::threeScans());
    QCOMPARE(m_ids.size(), 3);
    m_model = std::make_unique<ScanHistoryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScanHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_dir.reset();
}

QList<store::ScanSummary> TestScanHistoryModel::storedScans() const
{
    auto db = store::ScanDatabase::open(m_path, store::ScanDatabase::Mode::ReadOnly);
    if (!db)
        return {};
    auto scans = store::ScanStore(**db).scans();
    return scans ? scans.value() : QList<store::ScanSummary>{};
}

void TestScanHistoryModel::newestFirstFromDatabase()
{
    QList<store::ScanSummary> scans = storedScans();
    QCOMPARE(scans.size(), 3);
    std::reverse(scans.begin(), scans.end()); // the model sorts whatever it gets
    m_model->setScans(scans);
    QCOMPARE(m_model->rowCount(), 3);
    const QList<test::SeedScan> seeds = test::threeScans();
    for (int row = 0; row < 3; ++row) {
        const test::SeedScan &seed = seeds.at(2 - row);
        const QModelIndex started = m_model->index(row, ScanHistoryModel::StartedColumn);
        QCOMPARE(started.data(ScanIdRole).toLongLong(), m_ids.at(2 - row));
        QCOMPARE(started.data(SortRole).toDateTime(), seed.at);
        QCOMPARE(m_model->index(row, ScanHistoryModel::ScoreColumn).data(RiskScoreRole).toInt(), seed.hostScore);
        QCOMPARE(m_model->index(row, ScanHistoryModel::ContainersColumn).data().toString(),
                 QString::number(seed.containers.size()));
        QCOMPARE(m_model->index(row, ScanHistoryModel::ImagesColumn).data(SortRole).toInt(), seed.imagesBuilt.size());
        // Severity counts add up the seeded findings.
        std::array<int, 5> expected{};
        for (const test::SeedContainer &c : seed.containers) {
            for (const test::SeedFinding &f : c.findings)
                ++expected[std::size_t(f.severity)];
        }
        const QVariantList counts = m_model->index(row, ScanHistoryModel::FindingsColumn).data(SeverityCountsRole).toList();
        QCOMPARE(counts.size(), 5);
        for (int s = 0; s < 5; ++s)
            QCOMPARE(counts.at(s).toInt(), expected.at(std::size_t(s)));
    }
    // The oldest scan: one critical, two medium, one low.
    QCOMPARE(m_model->index(2, ScanHistoryModel::FindingsColumn).data().toString(), QStringLiteral("1 crit · 2 med · 1 low"));
}

void TestScanHistoryModel::mergeKeepsRowsAndAddsOnTop()
{
    m_model->setScans(storedScans());
    const QPersistentModelIndex oldest = m_model->index(2, 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    test::SeedScan fourth = test::threeScans().constLast();
    fourth.at = fourth.at.addSecs(3600);
    fourth.hostScore = 15;
    const QList<qint64> added = test::seedDatabase(m_path, {fourth});
    QCOMPARE(added.size(), 1);
    m_model->setScans(storedScans());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, 0).data(ScanIdRole).toLongLong(), added.constFirst());
    QCOMPARE(m_model->index(0, ScanHistoryModel::ScoreColumn).data(RiskScoreRole).toInt(), 15);
    QVERIFY(oldest.isValid());
    QCOMPARE(oldest.row(), 3);
    QCOMPARE(oldest.data(ScanIdRole).toLongLong(), m_ids.constFirst());

    // The same list again changes nothing.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setScans(storedScans());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 1);
}

void TestScanHistoryModel::prunedScansDisappear()
{
    m_model->setScans(storedScans());
    {
        auto db = store::ScanDatabase::open(m_path);
        QVERIFY(db.ok());
        store::PrunePolicy policy;
        policy.keepPerHost = 1;
        auto pruned = store::ScanStore(**db).prune(policy);
        QVERIFY2(pruned.ok(), qPrintable(pruned ? QString() : pruned.error().toString()));
        QCOMPARE(pruned->scansRemoved, 2);
    }
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setScans(storedScans());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(ScanIdRole).toLongLong(), m_ids.constLast());
    QCOMPARE(removed.count(), 1); // one contiguous run
    QCOMPARE(m_model->rowOf(m_ids.constFirst()), -1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestScanHistoryModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(ScanHistoryModel::ColumnCount));
    QCOMPARE(m_model->headerData(ScanHistoryModel::StartedColumn, Qt::Horizontal).toString(), QStringLiteral("Scanned"));
    QCOMPARE(m_model->headerData(ScanHistoryModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Host risk"));
}

QTEST_GUILESS_MAIN(TestScanHistoryModel)
#include "tst_scanhistorymodel.moc"
