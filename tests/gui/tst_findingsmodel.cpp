#include "FindingsFilterProxyModel.h"
#include "FindingsModel.h"
#include "Fixtures.h"
#include "MetaTypes.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bulwark;

class TestFindingsModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsAndFindingsWorstFirst();
    void privilegedContainerHasC001();
    void mergeKeepsUnchangedRowsAndRemovesVanished();
    void mergeOfSameSnapshotIsSilent();
    void clearRemovesWithoutReset();
    void proxyFilters_data();
    void proxyFilters();
    void proxySortsWorstFirst();

private:
    static int total(const QAbstractItemModel *model);
    static QModelIndex groupNamed(const QAbstractItemModel *model, const QString &name);

    std::unique_ptr<FindingsModel> m_model;
    std::unique_ptr<FindingsFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    HostSnapshot m_snapshot;
};

void TestFindingsModel::init()
{
    registerMetaTypes();
    // The testers watch every change from the empty models on.
    m_model = std::make_unique<FindingsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<FindingsFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_snapshot = test::assessedSnapshot();
}

void TestFindingsModel::cleanup()
{
    m_proxyTester.reset();
    m_proxy.reset();
    m_tester.reset();
    m_model.reset();
}

int TestFindingsModel::total(const QAbstractItemModel *model)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->rowCount(model->index(row, 0));
    return count;
}

QModelIndex TestFindingsModel::groupNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, 0);
    }
    return {};
}

void TestFindingsModel::groupsAndFindingsWorstFirst()
{
    m_model->setSnapshot(m_snapshot);
    int expected = int(m_snapshot.daemonFindings.size());
    int groups = m_snapshot.daemonFindings.isEmpty() ? 0 : 1;
    for (const ContainerInfo &c : std::as_const(m_snapshot.containers)) {
        expected += int(c.findings.size());
        groups += c.findings.isEmpty() ? 0 : 1;
    }
    for (const ImageInfo &i : std::as_const(m_snapshot.images)) {
        expected += int(i.findings.size());
        groups += i.findings.isEmpty() ? 0 : 1;
    }
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), groups);
    QCOMPARE(total(m_model.get()), expected);
    QCOMPARE(m_model->findingCount(), expected);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        QCOMPARE(m_model->parent(group), QModelIndex());
        int previous = int(Severity::Critical);
        for (int child = 0; child < m_model->rowCount(group); ++child) {
            const QModelIndex finding = m_model->index(child, 0, group);
            QCOMPARE(m_model->parent(finding), group);
            const int severity = finding.data(SeverityRole).toInt();
            QVERIFY2(severity <= previous, qPrintable(group.data().toString()));
            previous = severity;
            QVERIFY(!finding.data(RuleIdRole).toString().isEmpty());
        }
    }
}

void TestFindingsModel::privilegedContainerHasC001()
{
    m_model->setSnapshot(m_snapshot);
    const ContainerInfo *c2 = nullptr;
    for (const ContainerInfo &c : std::as_const(m_snapshot.containers)) {
        if (c.name == QLatin1String("c2"))
            c2 = &c;
    }
    QVERIFY(c2 && c2->privileged);
    const QModelIndex group = m_model->groupIndex(RuleScope::Container, c2->id);
    QVERIFY(group.isValid());
    QCOMPARE(group.data().toString(), QStringLiteral("c2"));
    QCOMPARE(group.data(ContainerIdRole).toString(), c2->id);
    const QModelIndex first = m_model->index(0, 0, group);
    QCOMPARE(first.data(RuleIdRole).toString(), QStringLiteral("BW-C001")); // critical, so first
    QCOMPARE(first.data(SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(first.siblingAtColumn(FindingsModel::RuleColumn).data().toString(), QStringLiteral("BW-C001 (CIS 5.5)"));
    const auto finding = first.data(FindingRole).value<Finding>();
    QCOMPARE(finding.targetId, c2->id);
    QCOMPARE(finding.title, QStringLiteral("Container runs privileged"));
}

void TestFindingsModel::mergeKeepsUnchangedRowsAndRemovesVanished()
{
    m_model->setSnapshot(m_snapshot);
    const int groupsBefore = m_model->rowCount();
    const QPersistentModelIndex c2 = m_model->groupIndex(RuleScope::Container, m_snapshot.containers.at(2).id);
    const QPersistentModelIndex c2First = m_model->index(0, 0, c2);
    QVERIFY(c2First.isValid());

    HostSnapshot next = m_snapshot;
    next.containers.removeAt(0);                 // c0 vanished
    next.containers[1].findings.removeLast();    // c2 (now at 1) lost its least severe finding
    const int c2Count = int(next.containers.at(1).findings.size());

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setSnapshot(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->rowCount(), groupsBefore - 1);
    QVERIFY(!m_model->groupIndex(RuleScope::Container, m_snapshot.containers.at(0).id).isValid());
    // Persistent indexes (selection, expansion) follow their rows.
    QVERIFY(c2.isValid() && c2First.isValid());
    QCOMPARE(c2.data().toString(), QStringLiteral("c2"));
    QCOMPARE(c2First.data(RuleIdRole).toString(), QStringLiteral("BW-C001"));
    QCOMPARE(m_model->rowCount(c2), c2Count);

    // And back: the finding and the group come back as inserts.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setSnapshot(m_snapshot);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_model->rowCount(), groupsBefore);
    QCOMPARE(reset.count(), 0);
}

void TestFindingsModel::mergeOfSameSnapshotIsSilent()
{
    m_model->setSnapshot(m_snapshot);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setSnapshot(m_snapshot);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestFindingsModel::clearRemovesWithoutReset()
{
    m_model->setSnapshot(m_snapshot);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(reset.count(), 0);
    m_model->clear(); // clearing an empty model is a no-op
    m_model->setSnapshot(m_snapshot);
    QVERIFY(m_model->rowCount() > 0);
}

void TestFindingsModel::proxyFilters_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");

    QTest::addRow("everything") << int(Severity::Info) << QString() << QString();
    QTest::addRow("critical only") << int(Severity::Critical) << QString() << QString();
    QTest::addRow("high and worse") << int(Severity::High) << QString() << QString();
    QTest::addRow("one rule") << int(Severity::Info) << QStringLiteral("BW-C001") << QString();
    QTest::addRow("rule, lower case") << int(Severity::Info) << QStringLiteral("bw-c001") << QString();
    QTest::addRow("text in title") << int(Severity::Info) << QString() << QStringLiteral("privileged");
    QTest::addRow("text is a container") << int(Severity::Info) << QString() << QStringLiteral("web");
    QTest::addRow("text is a rule id") << int(Severity::Info) << QString() << QStringLiteral("BW-C00");
    QTest::addRow("nothing matches") << int(Severity::Info) << QString() << QStringLiteral("no such thing anywhere");
    QTest::addRow("combined") << int(Severity::Medium) << QString() << QStringLiteral("c2");
}

void TestFindingsModel::proxyFilters()
{
    QFETCH(int, minimum);
    QFETCH(QString, rule);
    QFETCH(QString, text);

    m_model->setSnapshot(m_snapshot);
    m_proxy->setMinimumSeverity(Severity(minimum));
    m_proxy->setRuleFilter(rule);
    m_proxy->setFilterText(text);

    // The expectation is computed from the snapshot independently of the proxy.
    const auto matches = [&](const Finding &f, const QString &group) {
        if (int(f.severity) < minimum)
            return false;
        if (!rule.isEmpty() && f.ruleId.compare(rule, Qt::CaseInsensitive) != 0)
            return false;
        if (text.isEmpty())
            return true;
        for (const QString &t : {f.title, f.evidence, f.ruleId, f.cis, f.targetName, group}) {
            if (t.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    int expected = 0;
    int expectedGroups = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        int inGroup = 0;
        for (int child = 0; child < m_model->rowCount(group); ++child)
            inGroup += matches(m_model->index(child, 0, group).data(FindingRole).value<Finding>(), group.data().toString()) ? 1 : 0;
        expected += inGroup;
        expectedGroups += inGroup > 0 ? 1 : 0;
    }
    QCOMPARE(total(m_proxy.get()), expected);
    QCOMPARE(m_proxy->rowCount(), expectedGroups);
    if (rule == QLatin1String("BW-C001"))
        QVERIFY(expected >= 1); // c2 is privileged
}

void TestFindingsModel::proxySortsWorstFirst()
{
    m_model->setSnapshot(m_snapshot);
    QVERIFY(m_proxy->rowCount() > 1);
    // The first group holds the worst findings of the host; c2 (privileged) has a critical one.
    const QModelIndex first = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->index(0, 0, first).data(SeverityRole).toInt(), int(Severity::Critical));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 key = m_proxy->index(row, FindingsModel::SeverityColumn).data(SortRole).toLongLong();
        QVERIFY(key <= previous);
        previous = key;
    }
    QVERIFY(groupNamed(m_proxy.get(), QStringLiteral("c2")).isValid());
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
