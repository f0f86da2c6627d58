// The event journal (core/store/EventJournal): appending batches of daemon
// events for a host, reading a time range back newest first, limits, counts
// of security-relevant events, and its place next to the stored scans.

#include "StoreFixtures.h"
#include "store/EventJournal.h"
#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::store;

namespace {

constexpr qint64 Second = 1'000'000'000;
constexpr qint64 T0 = 1'764'000'000 * Second; // 2025-11-24

EngineEvent makeEvent(qint64 timeNs, const QString &action, const QString &actor, quint32 flags = 0)
{
    EngineEvent e;
    e.timeNs = timeNs;
    e.type = QStringLiteral("container");
    e.action = action;
    e.actorId = QStringLiteral("c0ffee%1").arg(actor);
    e.attributes.insert(QStringLiteral("name"), actor);
    e.attributes.insert(QStringLiteral("image"), QStringLiteral("local/busybox:1"));
    e.securityFlags = flags;
    e.severity = flags & PrivilegedExec ? Severity::Critical : flags ? Severity::High : Severity::Info;
    if (flags)
        e.reasons << QStringLiteral("reason for %1").arg(action);
    return e;
}

EngineEvent rootExec(qint64 timeNs, const QString &actor)
{
    EngineEvent e = makeEvent(timeNs, QStringLiteral("exec_create: id"), actor, RootExec);
    e.attributes.insert(QStringLiteral("execID"), QStringLiteral("e1"));
    e.exec.known = true;
    e.exec.id = QStringLiteral("e1");
    e.exec.user = QStringLiteral("root");
    e.exec.command = QStringLiteral("id");
    return e;
}

QStringList actions(const QList<EngineEvent> &events)
{
    QStringList out;
    for (const EngineEvent &e : events)
        out << e.action;
    return out;
}

} // namespace

class TestEventJournal : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hostRowIsSharedWithScans();
    void appendAndReadBack();
    void newestFirstWithLimit_data();
    void newestFirstWithLimit();
    void rangeIsHalfOpen();
    void countsSecurityRelevant();
    void hostsAreKeptApart();
    void failedBatchWritesNothing();
    void emptyBatchIsNoTransaction();
    void pruneKeepsHostsWithEventsAndDropsOldEvents();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScanDatabase> m_db;
    int m_files = 0;
};

void TestEventJournal::init()
{
    QVERIFY(m_dir.isValid());
    // One file per test and data row: rows of a data-driven test must not see each other's events.
    auto db =
        ScanDatabase::open(m_dir.filePath(QStringLiteral("%1-%2.db").arg(++m_files).arg(QTest::currentTestFunction())));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(db).value();
}

void TestEventJournal::cleanup() { m_db.reset(); }

void TestEventJournal::hostRowIsSharedWithScans()
{
    EventJournal journal(*m_db);
    const HostSnapshot snap = test::realisticHost();
    auto first = journal.hostId(snap.engine.url, snap.engine.engineId, QStringLiteral("events-first"));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(journal.hostId(snap.engine.url, snap.engine.engineId).value(), *first);
    // A scan of the same engine stored afterwards lands on the same host row.
    ScanStore scans(*m_db);
    auto scanId = scans.save(snap);
    QVERIFY2(scanId, qPrintable(scanId ? QString() : scanId.error().toString()));
    QCOMPARE(scans.summary(*scanId)->hostId, *first);
    // Another engine behind the same URL is another host.
    auto other = journal.hostId(snap.engine.url, QStringLiteral("OTHER:ENGINE"));
    QVERIFY(other);
    QVERIFY(*other != *first);
    QCOMPARE(journal.hostId({}, QStringLiteral("X")).error().kind, StoreErrorKind::InvalidArgument);
}

void TestEventJournal::appendAndReadBack()
{
    EventJournal journal(*m_db);
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    EngineEvent exec = rootExec(T0 + 5, QStringLiteral("web"));
    exec.exec.privileged = true;
    exec.securityFlags |= PrivilegedExec;
    exec.severity = Severity::Critical;
    exec.container.known = true;
    exec.container.name = QStringLiteral("web");
    exec.container.daemonSockets << QStringLiteral("/var/run/docker.sock");
    const QList<EngineEvent> batch{makeEvent(T0, QStringLiteral("start"), QStringLiteral("web")), exec};
    auto written = journal.append(host, batch);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(*written, 2);

    auto back = journal.events(host);
    QVERIFY(back);
    QCOMPARE(back->size(), 2);
    const EngineEvent &got = back->at(0); // newest first
    QCOMPARE(got.timeNs, T0 + 5);
    QCOMPARE(got.type, QStringLiteral("container"));
    QCOMPARE(got.action, QStringLiteral("exec_create: id"));
    QCOMPARE(got.actionName(), QStringLiteral("exec_create"));
    QCOMPARE(got.actorId, QStringLiteral("c0ffeeweb"));
    QCOMPARE(got.actorName(), QStringLiteral("web"));
    QCOMPARE(got.attributes, exec.attributes);
    QCOMPARE(got.securityFlags, quint32(RootExec | PrivilegedExec));
    QCOMPARE(got.severity, Severity::Critical);
    QVERIFY(got.exec.known);
    QCOMPARE(got.exec.user, QStringLiteral("root"));
    QVERIFY(got.exec.privileged);
    QCOMPARE(got.exec.command, QStringLiteral("id"));
    QCOMPARE(got.container.daemonSockets, exec.container.daemonSockets);
    QCOMPARE(got.reasons, exec.reasons);
    QCOMPARE(back->at(1).action, QStringLiteral("start"));
    QVERIFY(!back->at(1).exec.known);
    QCOMPARE(back->at(1).securityFlags, quint32(0));
}

void TestEventJournal::newestFirstWithLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("e4"), QStringLiteral("e3"), QStringLiteral("e2"), QStringLiteral("e1"),
                          QStringLiteral("e0")};
    QTest::addRow("no limit") << 0 << all;
    QTest::addRow("negative is no limit") << -3 << all;
    QTest::addRow("limit 1") << 1 << all.mid(0, 1);
    QTest::addRow("limit 3") << 3 << all.mid(0, 3);
    QTest::addRow("limit above count") << 50 << all;
}

void TestEventJournal::newestFirstWithLimit()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    EventJournal journal(*m_db);
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    // Appended out of order, in two batches: the order comes from the time.
    QVERIFY(journal.append(host,
                           {makeEvent(T0 + 2 * Second, QStringLiteral("e2"), QStringLiteral("a")),
                            makeEvent(T0, QStringLiteral("e0"), QStringLiteral("a"))}));
    QVERIFY(journal.append(host,
                           {makeEvent(T0 + 4 * Second, QStringLiteral("e4"), QStringLiteral("a")),
                            makeEvent(T0 + 1 * Second, QStringLiteral("e1"), QStringLiteral("a")),
                            makeEvent(T0 + 3 * Second, QStringLiteral("e3"), QStringLiteral("a"))}));
    auto got = journal.events(host, {}, limit);
    QVERIFY(got);
    QCOMPARE(actions(*got), expected);
}

void TestEventJournal::rangeIsHalfOpen()
{
    EventJournal journal(*m_db);
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    QList<EngineEvent> batch;
    for (int i = 0; i < 10; ++i)
        batch << makeEvent(T0 + i * Second, QStringLiteral("e%1").arg(i), QStringLiteral("a"));
    QVERIFY(journal.append(host, batch));
    auto got = journal.events(host, {T0 + 3 * Second, T0 + 6 * Second});
    QVERIFY(got);
    QCOMPARE(actions(*got), (QStringList{QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e3")}));
    QCOMPARE(journal.count(host, {T0 + 3 * Second, T0 + 6 * Second}).value(), 3);
    QCOMPARE(journal.count(host, {T0 + 9 * Second + 1, T0 + 20 * Second}).value(), 0);
    QCOMPARE(journal.count(host).value(), 10);
    EventTimeRange from;
    from.fromNs = T0 + 8 * Second;
    QCOMPARE(actions(journal.events(host, from).value()), (QStringList{QStringLiteral("e9"), QStringLiteral("e8")}));
}

void TestEventJournal::countsSecurityRelevant()
{
    EventJournal journal(*m_db);
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    QVERIFY(journal.append(
        host,
        {makeEvent(T0, QStringLiteral("start"), QStringLiteral("a")), rootExec(T0 + Second, QStringLiteral("a")),
         makeEvent(T0 + 2 * Second, QStringLiteral("start"), QStringLiteral("b"),
                   PrivilegedContainerStarted | DaemonSocketContainerStarted),
         makeEvent(T0 + 3 * Second, QStringLiteral("die"), QStringLiteral("b")),
         makeEvent(T0 + 4 * Second, QStringLiteral("delete"), QStringLiteral("img"), ImageDeleted)}));
    QCOMPARE(journal.countSecurityRelevant(host).value(), 3);
    QCOMPARE(journal.countSecurityRelevant(host, {T0, T0 + 2 * Second}).value(), 1);
    QCOMPARE(journal.countSecurityRelevant(host, {T0 + 3 * Second, T0 + 4 * Second}).value(), 0);
    QCOMPARE(journal.count(host).value(), 5);
    const QList<EngineEvent> all = journal.events(host).value();
    QCOMPARE(all.at(2).securityFlags, quint32(PrivilegedContainerStarted | DaemonSocketContainerStarted));
    QCOMPARE(all.at(0).securityFlags, quint32(ImageDeleted));
}

void TestEventJournal::hostsAreKeptApart()
{
    EventJournal journal(*m_db);
    const qint64 a = journal.hostId(QStringLiteral("unix:///run/a.sock"), QStringLiteral("A")).value();
    const qint64 b = journal.hostId(QStringLiteral("tcp://b:2376"), QStringLiteral("B")).value();
    QVERIFY(journal.append(a, {makeEvent(T0, QStringLiteral("on-a"), QStringLiteral("x"))}));
    QVERIFY(journal.append(b, {makeEvent(T0, QStringLiteral("on-b"), QStringLiteral("x"), RootExec)}));
    QCOMPARE(actions(journal.events(a).value()), QStringList{QStringLiteral("on-a")});
    QCOMPARE(actions(journal.events(b).value()), QStringList{QStringLiteral("on-b")});
    QCOMPARE(journal.countSecurityRelevant(a).value(), 0);
    QCOMPARE(journal.countSecurityRelevant(b).value(), 1);
}

void TestEventJournal::failedBatchWritesNothing()
{
    EventJournal journal(*m_db);
    auto written = journal.append(4242, {makeEvent(T0, QStringLiteral("start"), QStringLiteral("a"))});
    QVERIFY(!written);
    QCOMPARE(written.error().kind, StoreErrorKind::NotFound);
    QVERIFY(written.error().message.contains(QStringLiteral("4242")));
    QVERIFY(!written.error().hint.isEmpty());
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    QCOMPARE(journal.count(host).value(), 0);
    QCOMPARE(journal.count(4242).value(), 0);
}

void TestEventJournal::emptyBatchIsNoTransaction()
{
    EventJournal journal(*m_db);
    // Even for an unknown host: nothing to write is not an error.
    auto written = journal.append(4242, {});
    QVERIFY(written);
    QCOMPARE(*written, 0);
}

void TestEventJournal::pruneKeepsHostsWithEventsAndDropsOldEvents()
{
    EventJournal journal(*m_db);
    const QDateTime now(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    const qint64 nowNs = now.toMSecsSinceEpoch() * 1'000'000;
    const qint64 host = journal.hostId(QStringLiteral("unix:///run/d.sock"), QStringLiteral("E1")).value();
    QVERIFY(journal.append(host,
                           {makeEvent(nowNs - 40LL * 86400 * Second, QStringLiteral("old"), QStringLiteral("a")),
                            makeEvent(nowNs - 2LL * 86400 * Second, QStringLiteral("recent"), QStringLiteral("a"))}));
    PrunePolicy policy;
    policy.olderThanDays = 30;
    policy.now = now;
    auto pruned = ScanStore(*m_db).prune(policy);
    QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().toString()));
    // The host has no scan but still a journal: it stays, and so do its recent events.
    QCOMPARE(pruned->hostsRemoved, 0);
    QCOMPARE(actions(journal.events(host).value()), QStringList{QStringLiteral("recent")});

    // Once neither scans nor events are left, the host goes with them.
    policy.olderThanDays = 1;
    auto last = ScanStore(*m_db).prune(policy);
    QVERIFY(last);
    QCOMPARE(last->hostsRemoved, 1);
    QCOMPARE(journal.count(host).value(), 0);
    QVERIFY(journal.append(host, {makeEvent(nowNs, QStringLiteral("late"), QStringLiteral("a"))}).error().kind
            == StoreErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestEventJournal)
#include "tst_eventjournal.moc"
