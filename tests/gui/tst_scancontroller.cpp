#include "MetaTypes.h"
#include "ScanController.h"
#include "TestDaemon.h"

#include "store/ScanDatabase.h"
#include "store/ScanStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
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
    void storesScanAfterReportingIt();
    void storeFailureKeepsScan();
    void noDatabaseStoresNothing();
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

void TestScanController::storesScanAfterReportingIt()
{
    BULWARK_REQUIRE_DAEMON();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.db"));
    ScanController controller;
    controller.setDatabasePath(path);
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy stored(&controller, &ScanController::stored);
    QSignalSpy storeFailed(&controller, &ScanController::storeFailed);
    QStringList order;
    connect(&controller, &ScanController::finished, this, [&order] { order << QStringLiteral("finished"); });
    connect(&controller, &ScanController::stored, this, [&order] { order << QStringLiteral("stored"); });
    controller.start({HostEndpoint::parse(bulwark::test::testDockerHost()).value()});
    QVERIFY(finished.wait(60000));
    QVERIFY(stored.count() == 1 || stored.wait(20000));
    QCOMPARE(storeFailed.count(), 0);
    // The scan is reported before it is stored: a slow or failing store never delays it.
    QCOMPARE(order, (QStringList{QStringLiteral("finished"), QStringLiteral("stored")}));
    const auto snapshot = finished.at(0).at(0).value<HostSnapshot>();
    const qint64 scanId = stored.at(0).at(0).toLongLong();
    const qint64 hostId = stored.at(0).at(1).toLongLong();

    auto db = bulwark::store::ScanDatabase::open(path, bulwark::store::ScanDatabase::Mode::ReadOnly);
    QVERIFY(db.ok());
    auto summary = bulwark::store::ScanStore(**db).summary(scanId);
    QVERIFY(summary.ok());
    QCOMPARE(summary->hostId, hostId);
    QCOMPARE(summary->hostUrl, snapshot.engine.url);
    QCOMPARE(summary->hostScore, snapshot.hostScore);
    QCOMPARE(summary->containerCount, snapshot.containers.size());
}

void TestScanController::storeFailureKeepsScan()
{
    BULWARK_REQUIRE_DAEMON();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScanController controller;
    controller.setDatabasePath(dir.path()); // a directory: cannot be a database
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy stored(&controller, &ScanController::stored);
    QSignalSpy storeFailed(&controller, &ScanController::storeFailed);
    controller.start({HostEndpoint::parse(bulwark::test::testDockerHost()).value()});
    QVERIFY(finished.wait(60000));
    QVERIFY(storeFailed.count() == 1 || storeFailed.wait(20000));
    QCOMPARE(stored.count(), 0);
    QCOMPARE(finished.count(), 1);
    const auto error = storeFailed.at(0).at(0).value<bulwark::store::StoreError>();
    QVERIFY(error.isError());
    QVERIFY2(error.toString().contains(dir.path()), qPrintable(error.toString()));
}

void TestScanController::noDatabaseStoresNothing()
{
    ScanController controller;
    QVERIFY(controller.databasePath().isEmpty());
    QSignalSpy stored(&controller, &ScanController::stored);
    QSignalSpy storeFailed(&controller, &ScanController::storeFailed);
    QSignalSpy failed(&controller, &ScanController::failed);
    controller.setDatabasePath(QStringLiteral("/nonexistent/dir/history.db"));
    controller.start({socket(QStringLiteral("/nonexistent/x.sock"))});
    QVERIFY(failed.wait(20000));
    QTest::qWait(200);
    // A failed scan has nothing to store, and says nothing about the store.
    QCOMPARE(stored.count(), 0);
    QCOMPARE(storeFailed.count(), 0);
}

QTEST_GUILESS_MAIN(TestScanController)
#include "tst_scancontroller.moc"
