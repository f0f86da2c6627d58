#include "MetaTypes.h"
#include "ScanController.h"
#include "TestDaemon.h"

#include <QSignalSpy>
#include <QTest>

using bulwark::ConnectAttempt;
using bulwark::EngineError;
using bulwark::HostEndpoint;
using bulwark::HostSnapshot;
using bulwark::ScanController;

namespace {

HostEndpoint socket(const QString &path)
{
    return HostEndpoint::parse(QStringLiteral("unix://") + path).value();
}

} // namespace

class TestScanController : public QObject {
    Q_OBJECT

private slots:
    void failureReportsEachAttempt();
    void newerScanSupersedesOlder();
    void cancelStopsReporting();
    void scansRealDaemon();
};

void TestScanController::failureReportsEachAttempt()
{
    ScanController controller;
    QSignalSpy failed(&controller, &ScanController::failed);
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy running(&controller, &ScanController::runningChanged);

    const quint64 job = controller.start({socket(QStringLiteral("/nonexistent/a.sock")), socket(QStringLiteral("/nonexistent/b.sock"))});
    QCOMPARE(job, controller.currentJob());
    QVERIFY(controller.isRunning());
    QVERIFY(failed.wait(20000));
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(running.count(), 2); // on, then off

    const auto attempts = failed.at(0).at(1).value<QList<ConnectAttempt>>();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).endpoint.socketPath, QStringLiteral("/nonexistent/a.sock"));
    QCOMPARE(attempts.at(0).error.kind, bulwark::ErrorKind::SocketMissing);
    QCOMPARE(attempts.at(1).endpoint.socketPath, QStringLiteral("/nonexistent/b.sock"));
    QVERIFY(failed.at(0).at(0).value<EngineError>().isError());
}

void TestScanController::newerScanSupersedesOlder()
{
    ScanController controller;
    QSignalSpy failed(&controller, &ScanController::failed);
    const quint64 first = controller.start({socket(QStringLiteral("/nonexistent/first.sock"))});
    const quint64 second = controller.start({socket(QStringLiteral("/nonexistent/second.sock"))});
    QVERIFY(second > first);
    QVERIFY(failed.wait(20000));
    QTest::qWait(200); // give a stale result the chance to arrive, wrongly
    QCOMPARE(failed.count(), 1);
    const auto attempts = failed.at(0).at(1).value<QList<ConnectAttempt>>();
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).endpoint.socketPath, QStringLiteral("/nonexistent/second.sock"));
}

void TestScanController::cancelStopsReporting()
{
    ScanController controller;
    QSignalSpy failed(&controller, &ScanController::failed);
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy cancelled(&controller, &ScanController::cancelled);
    controller.start({socket(QStringLiteral("/nonexistent/c.sock"))});
    controller.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!controller.isRunning());
    QTest::qWait(300);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 0);
    controller.cancel(); // nothing running: no second signal
    QCOMPARE(cancelled.count(), 1);
}

void TestScanController::scansRealDaemon()
{
    BULWARK_REQUIRE_DAEMON();
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy progress(&controller, &ScanController::progressChanged);
    controller.start({HostEndpoint::parse(bulwark::test::testDockerHost()).value()});
    QVERIFY(finished.wait(60000));
    const auto snapshot = finished.at(0).at(0).value<HostSnapshot>();
    QCOMPARE(snapshot.engine.url, bulwark::test::testDockerHost());
    QVERIFY(!snapshot.engine.apiVersion.isEmpty());
    QVERIFY(progress.count() > 0);
}

QTEST_GUILESS_MAIN(TestScanController)
#include "tst_scancontroller.moc"
