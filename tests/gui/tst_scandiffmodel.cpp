// What changed between two stored scans, as a tree, from a seeded database.
#include "HistorySeed.h"
#include "ModelRoles.h"
#include "ScanDiffModel.h"
#include "store/ScanDiff.h"
#include "store/ScanStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class TestScanDiffModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyUntilDiffSet();
    void sections_data();
    void sections();
    void firstToSecondItems();
    void clearResets();

private:
    store::ScanDiff diff(int from, int to) const;
    QStringList itemTexts(ScanDiffModel::Section section, int column = ScanDiffModel::ItemColumn) const;

    QTemporaryDir m_dir;
    QList<store::StoredScan> m_scans;
    std::unique_ptr<ScanDiffModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScanDiffModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("history.db"));
    const QList<qint64> ids = test::seedDatabase(path, test::threeScans());
    QCOMPARE(ids.size(), 3);
    auto db = store::ScanDatabase::open(path, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db.ok());
    for (qint64 id : ids) {
        auto scan = store::ScanStore(**db).load(id);
        QVERIFY(scan.ok());
        m_scans << scan.value();
    }
}

void TestScanDiffModel::init()
{
    m_model = std::make_unique<ScanDiffModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScanDiffModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

store::ScanDiff TestScanDiffModel::diff(int from, int to) const
{
    return store::ScanDiff::compute(m_scans.at(from), m_scans.at(to));
}

QStringList TestScanDiffModel::itemTexts(ScanDiffModel::Section section, int column) const
{
    const QModelIndex parent = m_model->sectionIndex(section);
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        texts << m_model->index(row, column, parent).data().toString();
    texts.sort();
    return texts;
}

void TestScanDiffModel::emptyUntilDiffSet()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasDiff());
    m_model->setDiff(diff(0, 1));
    QCOMPARE(m_model->rowCount(), int(ScanDiffModel::SectionCount));
    QCOMPARE(m_model->columnCount(), int(ScanDiffModel::ColumnCount));
}

void TestScanDiffModel::sections_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QList<int>>("counts"); // per section, in Section order
    // 1 → 2: web swaps C001 for C020, cache (L001) leaves, worker (L002) arrives; web 70 → 50.
    QTest::addRow("first to second") << 0 << 1 << QList<int>{2, 2, 2, 1, 1, 1};
    // 2 → 3: web fixes C020; nothing else moves; web 50 → 20.
    QTest::addRow("second to third") << 1 << 2 << QList<int>{0, 1, 3, 0, 0, 1};
    // 1 → 3 skips the middle: C020 came and went, so it is in neither list.
    QTest::addRow("first to third") << 0 << 2 << QList<int>{1, 2, 2, 1, 1, 1};
}

void TestScanDiffModel::sections()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QList<int>, counts);
    m_model->setDiff(diff(from, to));
    for (int s = 0; s < ScanDiffModel::SectionCount; ++s) {
        const auto section = ScanDiffModel::Section(s);
        const QModelIndex index = m_model->sectionIndex(section);
        QCOMPARE(index.data(ScanDiffModel::SectionRole).toInt(), s);
        QCOMPARE(m_model->rowCount(index), counts.at(s));
        QCOMPARE(index.data().toString(),
                 QStringLiteral("%1 (%2)").arg(ScanDiffModel::sectionTitle(section)).arg(counts.at(s)));
    }
}

void TestScanDiffModel::firstToSecondItems()
{
    m_model->setDiff(diff(0, 1));
    QCOMPARE(itemTexts(ScanDiffModel::NewFindings, ScanDiffModel::TargetColumn), (QStringList{QStringLiteral("web"), QStringLiteral("worker")}));
    QCOMPARE(itemTexts(ScanDiffModel::ResolvedFindings, ScanDiffModel::TargetColumn), (QStringList{QStringLiteral("cache"), QStringLiteral("web")}));
    QCOMPARE(itemTexts(ScanDiffModel::AddedContainers), QStringList{QStringLiteral("worker")});
    QCOMPARE(itemTexts(ScanDiffModel::RemovedContainers), QStringList{QStringLiteral("cache")});

    // Finding rows carry their severity and rule for the delegate and for filtering.
    const QModelIndex newFindings = m_model->sectionIndex(ScanDiffModel::NewFindings);
    QSet<QString> rules;
    for (int row = 0; row < m_model->rowCount(newFindings); ++row) {
        const QModelIndex item = m_model->index(row, ScanDiffModel::SeverityColumn, newFindings);
        rules << item.data(RuleIdRole).toString();
        if (item.data(RuleIdRole).toString() == QLatin1String("BW-C020"))
            QCOMPARE(item.data(SeverityRole).toInt(), int(Severity::High));
        QVERIFY(item.siblingAtColumn(ScanDiffModel::DetailsColumn).data().toString().contains(QStringLiteral("seen on")));
    }
    QCOMPARE(rules, (QSet<QString>{QStringLiteral("BW-C020"), QStringLiteral("BW-L002")}));

    // Score changes: web 70 → 50, a drop of 20, shown as better.
    const QModelIndex change = m_model->index(0, 0, m_model->sectionIndex(ScanDiffModel::ScoreChanges));
    QCOMPARE(change.data().toString(), QStringLiteral("web"));
    QCOMPARE(change.siblingAtColumn(ScanDiffModel::TargetColumn).data().toString(), QStringLiteral("70 → 50"));
    QCOMPARE(change.siblingAtColumn(ScanDiffModel::DetailsColumn).data().toString(), QStringLiteral("\u221220 (better)"));
    QCOMPARE(change.siblingAtColumn(ScanDiffModel::SeverityColumn).data(RiskScoreRole).toInt(), 50);
    QCOMPARE(m_model->sectionIndex(ScanDiffModel::ScoreChanges).siblingAtColumn(ScanDiffModel::DetailsColumn).data().toString(),
             QStringLiteral("host 70 → 50"));

    // Containers carry their score.
    const QModelIndex added = m_model->index(0, ScanDiffModel::SeverityColumn, m_model->sectionIndex(ScanDiffModel::AddedContainers));
    QCOMPARE(added.data(RiskScoreRole).toInt(), 20);
    QVERIFY(!added.data(SeverityRole).isValid());
    QCOMPARE(added.parent(), m_model->sectionIndex(ScanDiffModel::AddedContainers));
    QVERIFY(!m_model->index(0, 0, added).isValid()); // items have no children
}

void TestScanDiffModel::clearResets()
{
    m_model->setDiff(diff(0, 1));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->clear(); // nothing to clear: no reset
    QCOMPARE(reset.count(), 1);
}

QTEST_GUILESS_MAIN(TestScanDiffModel)
#include "tst_scandiffmodel.moc"
