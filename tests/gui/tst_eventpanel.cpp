// The Events tab offscreen: batches from the feed land in the table, filters,
// the status line, desktop notifications (through the test seam; and no crash
// without a system tray), and a feed that cannot reach its daemon.
#include "EventFeed.h"
#include "EventFilterProxyModel.h"
#include "EventModel.h"
#include "EventPanel.h"
#include "store/EventJournal.h"
#include "store/ScanDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

namespace {

constexpr qint64 Second = 1'000'000'000;
constexpr qint64 T0 = 1'764'000'000 * Second;

EngineEvent makeEvent(int n, const QString &action, quint32 flags = 0,
                      const QString &type = QStringLiteral("container"))
{
    EngineEvent e;
    e.timeNs = T0 + n * Second;
    e.type = type;
    e.action = action;
    e.actorId = QStringLiteral("id%1").arg(n);
    e.attributes.insert(QStringLiteral("name"), QStringLiteral("web%1").arg(n));
    e.securityFlags = flags;
    e.severity = flags ? Severity::High : Severity::Info;
    return e;
}

} // namespace

class TestEventPanel : public QObject {
    Q_OBJECT
private slots:
    void batchesFillTheTable();
    void filtersDriveTheProxy();
    void statusLine_data();
    void statusLine();
    void notifiesOncePerBatchWhenAsked();
    void noTrayNoCrash();
    void newHostClearsTheTable();
    void feedWithoutDaemonFailsCleanly();
};

void TestEventPanel::batchesFillTheTable()
{
    EventFeed feed;
    EventPanel panel(&feed);
    panel.setHost(QStringLiteral("test-host"));
    emit feed.eventsReceived(
        {makeEvent(0, QStringLiteral("start")), makeEvent(1, QStringLiteral("exec_create: id"), RootExec)});
    emit feed.eventsReceived({makeEvent(2, QStringLiteral("die"))});
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.view()->model()->rowCount(), 3);
    auto *counts = panel.findChild<QLabel *>(QStringLiteral("eventCounts"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("3 event(s) · 1 security-relevant"));
}

void TestEventPanel::filtersDriveTheProxy()
{
    EventFeed feed;
    EventPanel panel(&feed);
    emit feed.eventsReceived({makeEvent(0, QStringLiteral("start")),
                              makeEvent(1, QStringLiteral("exec_create: id"), RootExec),
                              makeEvent(2, QStringLiteral("delete"), ImageDeleted, QStringLiteral("image")),
                              makeEvent(3, QStringLiteral("connect"), 0, QStringLiteral("network"))});
    auto *security = panel.findChild<QCheckBox *>(QStringLiteral("eventSecurityOnly"));
    auto *type = panel.findChild<QComboBox *>(QStringLiteral("eventTypeFilter"));
    auto *text = panel.findChild<QLineEdit *>(QStringLiteral("eventFilterEdit"));
    QVERIFY(security && type && text);
    security->setChecked(true);
    QCOMPARE(panel.proxy()->rowCount(), 2);
    type->setCurrentIndex(type->findData(QStringLiteral("image")));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    security->setChecked(false);
    type->setCurrentIndex(type->findData(QStringLiteral("network")));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    type->setCurrentIndex(0);
    text->setText(QStringLiteral("web1"));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(panel.proxy()->index(0, EventModel::ActionColumn).data().toString(), QStringLiteral("exec_create: id"));
}

void TestEventPanel::statusLine_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("state");
    QTest::addRow("connected") << int(StreamStatus::Kind::Connected) << QStringLiteral("Connected: ")
                               << QStringLiteral("connected");
    QTest::addRow("reconnecting") << int(StreamStatus::Kind::Reconnecting) << QStringLiteral("Reconnecting: ")
                                  << QStringLiteral("reconnecting");
    QTest::addRow("disconnected") << int(StreamStatus::Kind::Disconnected) << QStringLiteral("Reconnecting: ")
                                  << QStringLiteral("disconnected");
    QTest::addRow("resumed") << int(StreamStatus::Kind::Resumed) << QStringLiteral("Connected: ")
                             << QStringLiteral("resumed");
}

void TestEventPanel::statusLine()
{
    QFETCH(int, kind);
    QFETCH(QString, prefix);
    QFETCH(QString, state);
    EventFeed feed;
    EventPanel panel(&feed);
    StreamStatus s;
    s.kind = StreamStatus::Kind(kind);
    s.message = QStringLiteral("the feed says so");
    emit feed.statusChanged(s);
    QCOMPARE(panel.statusLabel()->text(), prefix + s.message);
    QCOMPARE(panel.statusLabel()->property("streamState").toString(), state);
}

void TestEventPanel::notifiesOncePerBatchWhenAsked()
{
    EventFeed feed;
    EventPanel panel(&feed);
    panel.setHost(QStringLiteral("prod"));
    QStringList titles;
    QStringList messages;
    panel.setNotifier([&](const QString &title, const QString &message) {
        titles << title;
        messages << message;
    });
    const QList<EngineEvent> risky{makeEvent(0, QStringLiteral("exec_start: sh"), RootExec),
                                   makeEvent(1, QStringLiteral("start")),
                                   makeEvent(2, QStringLiteral("start"), PrivilegedContainerStarted)};
    emit feed.eventsReceived(risky);
    QVERIFY(titles.isEmpty()); // off by default
    panel.notifyCheck()->setChecked(true);
    emit feed.eventsReceived(risky);
    emit feed.eventsReceived({makeEvent(3, QStringLiteral("die"))}); // nothing security-relevant
    QCOMPARE(titles, QStringList{QStringLiteral("Security event on prod")});
    QCOMPARE(messages.constFirst(),
             QStringLiteral("exec_start: sh on web0: exec as root\nand 1 more security event(s)"));
    QCOMPARE(panel.notificationCount(), 1);
}

void TestEventPanel::noTrayNoCrash()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("This platform has a system tray; the test is about platforms without one (offscreen).");
    EventFeed feed;
    EventPanel panel(&feed);
    panel.notifyCheck()->setChecked(true);
    emit feed.eventsReceived({makeEvent(0, QStringLiteral("exec_start: sh"), RootExec)});
    QCOMPARE(panel.notificationCount(), 0);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(!panel.notifyCheck()->toolTip().isEmpty());
}

void TestEventPanel::newHostClearsTheTable()
{
    EventFeed feed;
    EventPanel panel(&feed);
    emit feed.eventsReceived({makeEvent(0, QStringLiteral("start"))});
    panel.setHost(QStringLiteral("other"));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("other")));
    panel.setHost({});
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Not connected")));
}

void TestEventPanel::feedWithoutDaemonFailsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("history.db"));
    EventFeed feed;
    feed.setDatabasePath(db);
    EventStreamOptions options;
    options.backoff = Backoff{1, 2};
    feed.setStreamOptions(options);
    EventPanel panel(&feed);
    QSignalSpy failed(&feed, &EventFeed::failed);
    QSignalSpy running(&feed, &EventFeed::runningChanged);
    Expected<HostEndpoint> ep =
        HostEndpoint::parse(QStringLiteral("unix://") + dir.filePath(QStringLiteral("no.sock")));
    QVERIFY(ep);
    feed.start(*ep, ep->url, QStringLiteral("ENGINE-X"), QStringLiteral("nowhere"));
    QVERIFY(feed.isRunning());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().value<EngineError>().kind, ErrorKind::SocketMissing);
    QVERIFY(!feed.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(panel.statusLabel()->property("streamState").toString(), QStringLiteral("failed"));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Rescan")));
    feed.waitForStopped();
    // The journal thread recorded the host on its way, ready for events.
    auto opened = store::ScanDatabase::open(db);
    QVERIFY(opened);
    store::EventJournal journal(**opened);
    auto host = journal.hostId(ep->url, QStringLiteral("ENGINE-X"));
    QVERIFY(host);
    QCOMPARE(journal.count(*host).value(), 0);

    // Starting again and stopping at once never blocks and leaves nothing running.
    feed.start(*ep, ep->url, QStringLiteral("ENGINE-X"));
    feed.stop();
    QVERIFY(!feed.isRunning());
    feed.waitForStopped();
}

QTEST_MAIN(TestEventPanel)
#include "tst_eventpanel.moc"
