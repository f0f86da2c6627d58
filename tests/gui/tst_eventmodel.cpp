// EventModel and EventFilterProxyModel: batches appended under
// QAbstractItemModelTester, eviction past the row cap, security highlighting
// and roles, and the proxy's type, security-only and text filters.
#include "EventFilterProxyModel.h"
#include "EventModel.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bulwark;

namespace {

constexpr qint64 Second = 1'000'000'000;
constexpr qint64 T0 = 1'764'000'000 * Second;

EngineEvent makeEvent(int n, const QString &type = QStringLiteral("container"), quint32 flags = 0)
{
    EngineEvent e;
    e.timeNs = T0 + n * Second;
    e.type = type;
    e.action = QStringLiteral("action%1").arg(n);
    e.actorId = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
    e.attributes.insert(QStringLiteral("name"), QStringLiteral("actor%1").arg(n));
    e.securityFlags = flags;
    e.severity = flags ? Severity::High : Severity::Info;
    return e;
}

QList<EngineEvent> batch(int from, int count)
{
    QList<EngineEvent> out;
    for (int i = from; i < from + count; ++i)
        out << makeEvent(i);
    return out;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data().toString();
    return out;
}

} // namespace

class TestEventModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void appendsBatchesInOrder();
    void evictsTheOldestPastTheCap_data();
    void evictsTheOldestPastTheCap();
    void loweringTheCapEvicts();
    void securityEventsAreHighlighted();
    void rootExecDetails();
    void setEventsSortsByTime();
    void proxyFilters();
    void proxyFollowsAppendsAndEviction();

private:
    std::unique_ptr<EventModel> m_model;
    std::unique_ptr<EventFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestEventModel::init()
{
    m_model = std::make_unique<EventModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<EventFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEventModel::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestEventModel::appendsBatchesInOrder()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendEvents(batch(0, 3));
    m_model->appendEvents({});
    m_model->appendEvents(batch(3, 2));
    QCOMPARE(inserted.size(), 2); // one insert per non-empty batch
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(EventModel::ColumnCount));
    QCOMPARE(column(*m_model, EventModel::ActionColumn),
             (QStringList{QStringLiteral("action0"), QStringLiteral("action1"), QStringLiteral("action2"),
                          QStringLiteral("action3"), QStringLiteral("action4")}));
    QCOMPARE(m_model->index(1, EventModel::ActorColumn).data().toString(), QStringLiteral("actor1"));
    QCOMPARE(m_model->index(1, EventModel::TypeColumn).data().toString(), QStringLiteral("container"));
    QCOMPARE(m_model->index(1, EventModel::TimeColumn).data(EventModel::TimeNsRole).toLongLong(), T0 + Second);
    QCOMPARE(m_model->index(1, EventModel::TimeColumn).data(SortRole).toLongLong(), T0 + Second);
    QCOMPARE(m_model->index(1, EventModel::TimeColumn).data().toString(),
             EventModel::timeText(T0 + Second)); // TZ=UTC in the test environment
    QCOMPARE(EventModel::timeText(T0 + Second + 5'000'000), QStringLiteral("2025-11-24 16:00:01.005"));
    QCOMPARE(m_model->headerData(EventModel::DetailsColumn, Qt::Horizontal).toString(), QStringLiteral("Details"));
}

void TestEventModel::evictsTheOldestPastTheCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<int>("firstKept");
    QTest::addColumn<int>("evicted");
    QTest::addRow("under the cap") << 10 << QList<int>{3, 4} << 0 << 0;
    QTest::addRow("exactly the cap") << 7 << QList<int>{3, 4} << 0 << 0;
    QTest::addRow("second batch evicts") << 5 << QList<int>{3, 4} << 2 << 2;
    QTest::addRow("batch larger than the cap") << 4 << QList<int>{2, 9} << 7 << 7;
    QTest::addRow("cap of one") << 1 << QList<int>{1, 1, 1} << 2 << 2;
}

void TestEventModel::evictsTheOldestPastTheCap()
{
    QFETCH(int, cap);
    QFETCH(QList<int>, batches);
    QFETCH(int, firstKept);
    QFETCH(int, evicted);
    m_model->setMaxRows(cap);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    int next = 0;
    int total = 0;
    for (int n : std::as_const(batches)) {
        m_model->appendEvents(batch(next, n));
        next += n;
        total += n;
    }
    QCOMPARE(m_model->rowCount(), std::min(cap, total));
    QCOMPARE(m_model->evictedCount(), qint64(evicted));
    QCOMPARE(m_model->index(0, EventModel::ActionColumn).data().toString(), QStringLiteral("action%1").arg(firstKept));
    QCOMPARE(m_model->index(m_model->rowCount() - 1, EventModel::ActionColumn).data().toString(),
             QStringLiteral("action%1").arg(total - 1));
    for (const QList<QVariant> &args : std::as_const(removed))
        QCOMPARE(args.at(1).toInt(), 0); // always the oldest, from the top
}

void TestEventModel::loweringTheCapEvicts()
{
    m_model->appendEvents(batch(0, 10));
    m_model->setMaxRows(4);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, EventModel::ActionColumn).data().toString(), QStringLiteral("action6"));
    QCOMPARE(m_model->evictedCount(), 6);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestEventModel::securityEventsAreHighlighted()
{
    m_model->setMaxRows(3);
    m_model->appendEvents(
        {makeEvent(0), makeEvent(1, QStringLiteral("image"), ImageDeleted),
         makeEvent(2, QStringLiteral("container"), PrivilegedContainerStarted | DaemonSocketContainerStarted)});
    QCOMPARE(m_model->securityCount(), 2);
    const QModelIndex routine = m_model->index(0, EventModel::ActionColumn);
    const QModelIndex deleted = m_model->index(1, EventModel::ActionColumn);
    QVERIFY(!routine.data(Qt::BackgroundRole).isValid());
    QCOMPARE(routine.data(SeverityRole).toInt(), -1);
    QCOMPARE(routine.data(EventModel::SecurityFlagsRole).toUInt(), 0u);
    QVERIFY(deleted.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY(m_model->index(1, EventModel::DetailsColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(deleted.data(SeverityRole).toInt(), int(Severity::High));
    QCOMPARE(deleted.data(EventModel::SecurityFlagsRole).toUInt(), quint32(ImageDeleted));
    QCOMPARE(m_model->index(1, EventModel::DetailsColumn).data().toString(), QStringLiteral("image deleted"));
    QCOMPARE(m_model->index(2, EventModel::DetailsColumn).data().toString(),
             QStringLiteral("privileged container started, container started with the Docker socket"));
    // Evicting a security event lowers the count.
    m_model->appendEvents({makeEvent(3)});
    QCOMPARE(m_model->securityCount(), 2);
    m_model->appendEvents({makeEvent(4)});
    QCOMPARE(m_model->securityCount(), 1);
}

void TestEventModel::rootExecDetails()
{
    EngineEvent e = makeEvent(0, QStringLiteral("container"), RootExec);
    e.action = QStringLiteral("exec_create: id -u");
    e.exec.known = true;
    e.exec.user = QStringLiteral("root");
    e.exec.command = QStringLiteral("id -u");
    e.reasons << QStringLiteral("exec as root in actor0");
    m_model->appendEvents({e});
    const QString details = m_model->index(0, EventModel::DetailsColumn).data().toString();
    QCOMPARE(details, QStringLiteral("exec as root · user root · command id -u"));
    QVERIFY(
        m_model->index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("exec as root in actor0\n")));
}

void TestEventModel::setEventsSortsByTime()
{
    // The journal answers newest first; the table reads oldest first like the live feed.
    QList<EngineEvent> newestFirst = batch(0, 5);
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_model->setMaxRows(3);
    m_model->setEvents(newestFirst);
    QCOMPARE(column(*m_model, EventModel::ActionColumn),
             (QStringList{QStringLiteral("action2"), QStringLiteral("action3"), QStringLiteral("action4")}));
}

void TestEventModel::proxyFilters()
{
    m_model->appendEvents({makeEvent(0), makeEvent(1, QStringLiteral("image"), ImageDeleted),
                           makeEvent(2, QStringLiteral("network")),
                           makeEvent(3, QStringLiteral("container"), RootExec)});
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setSecurityOnly(true);
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn),
             (QStringList{QStringLiteral("action1"), QStringLiteral("action3")}));
    m_proxy->setTypeFilter(QStringLiteral("container"));
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn), QStringList{QStringLiteral("action3")});
    m_proxy->setSecurityOnly(false);
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn),
             (QStringList{QStringLiteral("action0"), QStringLiteral("action3")}));
    m_proxy->setTypeFilter({});
    m_proxy->setFilterText(QStringLiteral("  ACTOR2 "));
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn), QStringList{QStringLiteral("action2")});
    // The full actor id is searchable though only its name is shown.
    m_proxy->setFilterText(QStringLiteral("%1").arg(1, 64, 10, QLatin1Char('0')));
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn), QStringList{QStringLiteral("action1")});
    m_proxy->setFilterText(QStringLiteral("no such thing"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestEventModel::proxyFollowsAppendsAndEviction()
{
    m_model->setMaxRows(5);
    m_proxy->setSecurityOnly(true);
    for (int i = 0; i < 12; ++i)
        m_model->appendEvents({makeEvent(i, QStringLiteral("container"), i % 3 == 0 ? RootExec : 0u)});
    // Kept: 7..11; security among them: 9.
    QCOMPARE(column(*m_proxy, EventModel::ActionColumn), QStringList{QStringLiteral("action9")});
    m_proxy->setSecurityOnly(false);
    m_proxy->sort(EventModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, EventModel::ActionColumn).data().toString(), QStringLiteral("action11"));
    m_model->appendEvents(batch(20, 2));
    QCOMPARE(m_proxy->index(0, EventModel::ActionColumn).data().toString(), QStringLiteral("action21"));
    QCOMPARE(m_proxy->rowCount(), 5);
}

QTEST_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
