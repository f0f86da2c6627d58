// The dashboard's event feed against the private test daemon (fixture
// docker_daemon): a `docker exec -u root` into a running container reaches the
// feed classified as exec-as-root and lands in the event journal.
#include "EventFeed.h"
#include "HostEndpoint.h"
#include "TestDaemon.h"
#include "store/EventJournal.h"
#include "store/ScanDatabase.h"
#include "stream/LogTimestamp.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {

const QString Image = QStringLiteral("local/busybox:1");
const QString Prefix = QStringLiteral("bw-events-");

bool isRootExecOf(const EngineEvent &e, const QString &name)
{
    return e.actorName() == name && e.actionName() == QLatin1String("exec_create") && (e.securityFlags & RootExec);
}

} // namespace

class TestEventsIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rootExecReachesFeedAndJournal();

private:
    static void removeOurContainers();
    HostEndpoint m_endpoint;
    QString m_engineId;
};

void TestEventsIntegration::removeOurContainers()
{
    const QStringList ids = test::docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                          QStringLiteral("name=") + Prefix})
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
}

void TestEventsIntegration::initTestCase()
{
    BULWARK_REQUIRE_DAEMON();
    Expected<HostEndpoint> ep = HostEndpoint::parse(test::testDockerHost());
    QVERIFY(ep);
    m_endpoint = *ep;
    int code = -1;
    m_engineId = test::docker({QStringLiteral("info"), QStringLiteral("-f"), QStringLiteral("{{.ID}}")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(!m_engineId.isEmpty());
    removeOurContainers();
}

void TestEventsIntegration::cleanupTestCase()
{
    if (test::daemonUnavailableReason().isEmpty())
        removeOurContainers();
}

void TestEventsIntegration::rootExecReachesFeedAndJournal()
{
    const QString name = Prefix + QStringLiteral("exec");
    int code = -1;
    QString err;
    test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                  QStringLiteral("--name"), name, Image, QStringLiteral("sleep"), QStringLiteral("60")},
                 &code, &err);
    QVERIFY2(code == 0, qPrintable(err));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("history.db"));
    EventFeed feed;
    feed.setDatabasePath(dbPath);
    QList<EngineEvent> received;
    connect(&feed, &EventFeed::eventsReceived, this, [&](const QList<EngineEvent> &events) { received += events; });
    QSignalSpy statuses(&feed, &EventFeed::statusChanged);
    QSignalSpy journaled(&feed, &EventFeed::journaled);
    QSignalSpy journalFailed(&feed, &EventFeed::journalFailed);
    QSignalSpy failed(&feed, &EventFeed::failed);
    feed.start(m_endpoint, m_endpoint.url, m_engineId, QStringLiteral("test-daemon"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(statuses)) {
                if (args.at(0).value<StreamStatus>().kind == StreamStatus::Kind::Connected)
                    return true;
            }
            return !failed.isEmpty();
        },
        20000));
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.constFirst().constFirst().value<EngineError>().toString()));

    test::docker({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("root"), name, QStringLiteral("true")},
                 &code, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const auto seen = [&] {
        return std::any_of(received.cbegin(), received.cend(),
                           [&](const EngineEvent &e) { return isRootExecOf(e, name); });
    };
    QVERIFY2(
        QTest::qWaitFor(seen, 30000),
        qPrintable(QStringLiteral("%1 events received, none a root exec_create of %2").arg(received.size()).arg(name)));
    const EngineEvent feedEvent =
        *std::find_if(received.cbegin(), received.cend(), [&](const EngineEvent &e) { return isRootExecOf(e, name); });
    QVERIFY(feedEvent.exec.known);
    QCOMPARE(feedEvent.exec.user, QStringLiteral("root"));
    QCOMPARE(feedEvent.severity, Severity::High);

    // Journaled off the UI thread; stopping lets the journal write what it still holds.
    QVERIFY(QTest::qWaitFor([&] { return !journaled.isEmpty() || !journalFailed.isEmpty(); }, 10000));
    QVERIFY2(journalFailed.isEmpty(),
             qPrintable(journalFailed.isEmpty()
                            ? QString()
                            : journalFailed.constFirst().constFirst().value<store::StoreError>().toString()));
    const qint64 hostId = journaled.constFirst().at(0).toLongLong();
    QVERIFY(hostId > 0);
    QCOMPARE(feed.journalHostId(), hostId);
    feed.stop();
    QVERIFY(!feed.isRunning());
    feed.waitForStopped();

    auto db = store::ScanDatabase::open(dbPath, store::ScanDatabase::Mode::ReadOnly);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    store::EventJournal journal(**db);
    auto events = journal.events(hostId);
    QVERIFY(events);
    // Everything the UI got is journaled (an event arriving during stop() may be journaled only).
    QVERIFY2(events->size() >= received.size(),
             qPrintable(QStringLiteral("%1 journaled, %2 shown").arg(events->size()).arg(received.size())));
    const auto stored =
        std::find_if(events->cbegin(), events->cend(), [&](const EngineEvent &e) { return isRootExecOf(e, name); });
    QVERIFY(stored != events->cend());
    QCOMPARE(stored->timeNs, feedEvent.timeNs);
    QCOMPARE(stored->exec.user, QStringLiteral("root"));
    QCOMPARE(stored->attributes.value(QStringLiteral("execID")), feedEvent.attributes.value(QStringLiteral("execID")));
    QVERIFY(journal.countSecurityRelevant(hostId).value() >= 1);
}

QTEST_GUILESS_MAIN(TestEventsIntegration)
#include "tst_events_integration.moc"
